import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { createQrDecoder } from '@renderer/pages/entrance/camera/qr-decoder';

/**
 * The decoder with the `.wasm` file that Vite copies into the app's own build: served by the
 * desktop's `app://` handler or the association's server, cached by the web app's service worker,
 * never fetched from elsewhere. Imported lazily, when the camera opens.
 */
export const loadQrDecoder = () => createQrDecoder({ locateFile: () => wasmUrl });
