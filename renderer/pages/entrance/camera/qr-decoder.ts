import type { ZXingModuleOverrides } from 'zxing-wasm/reader';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/** Reads the QR code of a camera frame: the text it holds, or `undefined` when there is none. */
export type QrDecoder = (frame: ImageData) => Promise<string | undefined>;

/**
 * The QR reader of zxing-cpp compiled to WebAssembly (zxing-wasm, its reader build only). Where
 * its `.wasm` file comes from is for the caller to say — the app's own build in the browser, the
 * package's file in Node — since left alone the library would fetch it from a CDN. Resolves once
 * the WebAssembly module is compiled, so that a failure shows when the camera opens.
 */
export async function createQrDecoder(overrides: ZXingModuleOverrides): Promise<QrDecoder> {
  await prepareZXingModule({ overrides, fireImmediately: true });
  return async (frame) => {
    const [found] = await readBarcodes(frame, { formats: ['QRCode'], maxNumberOfSymbols: 1 });
    return found?.isValid && found.text !== '' ? found.text : undefined;
  };
}
