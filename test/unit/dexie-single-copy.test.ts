import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { indexedDbStorage } from '@renderer/data/indexeddb-storage';

const require = createRequire(import.meta.url);

/** Where `dexie` resolves from a package's own folder (its nested copy, or the project's). */
function dexieSeenFrom(packageJson: string): string {
  return realpathSync(createRequire(packageJson).resolve('dexie'));
}

describe('one Dexie, the one RxDB uses (renderer/data/indexeddb-storage.ts)', () => {
  const before = Dexie.debug;
  afterEach(() => {
    Dexie.debug = before;
  });

  it('is the same copy for the project and for RxDB’s storage', () => {
    const rxdb = require.resolve('rxdb/package.json');
    const project = realpathSync(require.resolve('dexie'));
    // An RxDB upgrade that pins another Dexie version installs its own copy beside ours: then
    // turning Dexie's debug mode off would no longer reach RxDB's storage. Set the project's
    // `dexie` to the exact version RxDB's package.json pins.
    expect(dexieSeenFrom(rxdb), `rxdb pins another dexie than the project's (${dirname(project)})`).toBe(
      project,
    );
  });

  it('turns Dexie’s debug mode off for the built app, on for the dev server', () => {
    Dexie.debug = true;
    indexedDbStorage(false);
    expect(Dexie.debug).toBe(false);
    indexedDbStorage(true);
    expect(Dexie.debug).toBe(true);
  });
});
