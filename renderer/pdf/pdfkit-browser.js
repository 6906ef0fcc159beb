// pdfkit's own browser build (the drawing library under pdfmake, fontkit and its other parts
// bundled in; nothing fetched) and the Roboto files pdfmake ships. Imported only through
// pdfkit-browser.d.ts: see there why.
import PDFDocument from 'pdfkit/js/pdfkit.standalone.js';
import vfs from 'pdfmake/build/vfs_fonts';

export { PDFDocument, vfs };
