import Dexie from 'dexie';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';

/**
 * The app's storage in a browser or the desktop window: RxDB's Dexie storage over IndexedDB.
 *
 * Dexie turns on its debug mode by itself on a page served from `http://localhost` or
 * `http://127.0.0.1` (dexie.mjs: `var debug = /^(http|https):\/\/(localhost|127\.0\.0\.1)/…`):
 * a console task (`console.createTask`, an async stack trace kept for DevTools) for every table
 * operation, its promises' callbacks run inside it, and warnings about queries. That is where a
 * browser on the sync server's own machine opens the app (`http://localhost:8787`), and where the
 * tests and the bench run; the desktop app (`app://`) and a phone on the network never had it. The built app turns it off;
 * Vite's dev server keeps it, for the async stack traces.
 *
 * Dexie is a dependency of the project at the exact version RxDB pins, so that both are one copy
 * and this setting is the one RxDB's storage reads (`test/unit/dexie-single-copy.test.ts`).
 */
export function indexedDbStorage(debug: boolean = import.meta.env.DEV): ReturnType<typeof getRxStorageDexie> {
  Dexie.debug = debug;
  return getRxStorageDexie();
}
