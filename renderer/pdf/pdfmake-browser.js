// pdfmake's browser build and its Roboto fonts (the very files the package ships: nothing is
// fetched from the network). Imported only through pdfmake-browser.d.ts: see there why.
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';

export { pdfMake, vfs };
