/** pdfmake's own QR encoder, the one that draws the QR code of a member card. */
declare module 'pdfmake/src/qrEnc.js' {
  interface QrNode {
    qr: string;
    fit?: number;
    _canvas?: { x: number; y: number; w: number; h: number }[];
    _width?: number;
  }
  const qrEnc: { measure(node: QrNode): Required<QrNode> };
  export default qrEnc;
}
