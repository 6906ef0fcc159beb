import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createQrDecoder } from '@renderer/pages/entrance/camera/qr-decoder';
import { qrImage, toImageData } from '../support/qr-image';

// In Node, the package's own `.wasm` file, as the app's build serves it in the browser.
const wasmBinary = readFileSync(
  createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
);

describe('createQrDecoder', () => {
  it('reads the member number from the QR code pdfmake draws on a member card', async () => {
    const decode = await createQrDecoder({ wasmBinary: wasmBinary.buffer as ArrayBuffer });
    const card = qrImage('A-0042', { width: 320, height: 240, size: 120 });
    expect(await decode(toImageData(card))).toBe('A-0042');
    const other = qrImage('BC-12345', { width: 640, height: 480, size: 200 });
    expect(await decode(toImageData(other))).toBe('BC-12345');
  });

  it('reads nothing from a frame without a code', async () => {
    const decode = await createQrDecoder({ wasmBinary: wasmBinary.buffer as ArrayBuffer });
    const blank = { width: 320, height: 240, luma: new Uint8Array(320 * 240).fill(200) };
    expect(await decode(toImageData(blank))).toBeUndefined();
  });
});
