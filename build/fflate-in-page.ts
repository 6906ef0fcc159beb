import { unzipSync, zipSync } from 'fflate';
import type {
  AsyncTerminable,
  AsyncUnzipOptions,
  AsyncZipOptions,
  AsyncZippable,
  FlateError,
  FlateCallback,
  UnzipCallback,
  UnzipOptions,
  Unzipped,
  ZipOptions,
  Zippable,
} from 'fflate';

export * from 'fflate';

/**
 * fflate as the XLSX libraries see it in the renderer build (`fflateInPage` in
 * vite.renderer.config.ts). write-excel-file zips with fflate's asynchronous `zip()` and
 * read-excel-file unzips with `unzip()`; past a size (a file over 160 KB to zip, over 512 KB to
 * unzip: a journal of a few hundred entries, a workbook of a few thousand members) fflate hands
 * the work to a Web Worker made from a `blob:` URL, which the app's Content-Security-Policy rightly
 * refuses — and the export or import never ends. Here both run in the page instead, with the same
 * callbacks (a large file blocks the page for a moment, while its button shows it is busy), and
 * the policy stays as it is. Everything else is fflate's own.
 */
function inPage<T>(work: () => T, cb: (error: FlateError | null, result: T) => void): AsyncTerminable {
  let cancelled = false;
  // A callback, as fflate's: later, never during the call itself.
  setTimeout(() => {
    if (cancelled) return;
    let result: T;
    try {
      result = work();
    } catch (error) {
      // fflate's own error (its numeric `code` says the file is not a valid zip), passed on as is.
      cb(error as FlateError, null as T);
      return;
    }
    cb(null, result);
  }, 0);
  return () => {
    cancelled = true;
  };
}

export function zip(
  data: AsyncZippable,
  opts: AsyncZipOptions | FlateCallback,
  cb?: FlateCallback,
): AsyncTerminable {
  const [options, done] = typeof opts === 'function' ? [{}, opts] : [opts, cb as FlateCallback];
  return inPage(() => zipSync(data as Zippable, options as ZipOptions), done);
}

export function unzip(
  data: Uint8Array,
  opts: AsyncUnzipOptions | UnzipCallback,
  cb?: UnzipCallback,
): AsyncTerminable {
  const [options, done] = typeof opts === 'function' ? [{}, opts] : [opts, cb as UnzipCallback];
  return inPage<Unzipped>(() => unzipSync(data, options as UnzipOptions), done);
}
