import type { GreyImage } from './qr-image';

/**
 * A still picture as a short Y4M video (YUV 4:2:0), the format Chromium plays as its fake camera
 * (`--use-file-for-fake-video-capture`, which loops it). A grey picture: the chroma planes are
 * neutral (128). Width and height must be even.
 */
export function y4mVideo(image: GreyImage, frames = 10): Buffer {
  const { width, height } = image;
  if (width % 2 !== 0 || height % 2 !== 0)
    throw new RangeError(`Y4M 4:2:0 needs even sizes: ${width}×${height}`);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(image.luma), chroma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}
