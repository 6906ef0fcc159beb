/** The camera that reads member cards at the door (renderer/pages/entrance/camera/). */
export const doorCameraEn = {
  open: 'Scan a card',
  close: 'Close the camera',
  title: 'Camera: show the membership card',
  starting: 'Opening the camera…',
  ready: 'Hold the card’s QR code in front of the camera.',
  read: 'Card read: {{name}}',
  unknown: 'Card {{code}}: nobody here has this number. Search for the person by name.',
  insecure: 'Camera unavailable: this address is not secure (http). Use the search or a USB scanner.',
  errors: {
    refused:
      'The camera was refused. Allow it for this site in the browser’s settings, then open it again; the search and the USB scanner still work.',
    missing: 'No camera found on this device. Use the search or a USB scanner.',
    busy: 'The camera is already used by another application. Close it, then open the camera here again.',
    decoder: 'The QR code reader could not start. Reload the page; meanwhile, use the search.',
    failed: 'The camera could not open. Try again, or use the search or a USB scanner.',
  },
};
