import qrEnc from 'pdfmake/src/qrEnc.js';

/** A grey picture, one byte a pixel (0 black, 255 white). */
export interface GreyImage {
  width: number;
  height: number;
  luma: Uint8Array;
}

/**
 * A member card's QR code as a picture: drawn by pdfmake's own encoder (the one that prints the
 * card, shared/pdf/member-cards.ts), black modules on a white page of `width` × `height`, the code
 * `size` pixels wide in the middle.
 */
export function qrImage(text: string, options: { width: number; height: number; size: number }): GreyImage {
  const { width, height } = options;
  const node = qrEnc.measure({ qr: text, fit: options.size });
  const left = Math.floor((width - node._width) / 2);
  const top = Math.floor((height - node._width) / 2);
  const luma = new Uint8Array(width * height).fill(255);
  // The first rectangle is the code's white background; the others are its black modules.
  for (const module of node._canvas.slice(1)) {
    for (let y = module.y; y < module.y + module.h; y++) {
      luma.fill(0, (top + y) * width + left + module.x, (top + y) * width + left + module.x + module.w);
    }
  }
  return { width, height, luma };
}

/** The same picture as the RGBA `ImageData` a canvas gives, for the decoder in Node. */
export function toImageData(image: GreyImage): ImageData {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  image.luma.forEach((value, i) => {
    data.set([value, value, value, 255], i * 4);
  });
  return { data, width: image.width, height: image.height, colorSpace: 'srgb' } as ImageData;
}
