import { describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { explainStartFailure } from './start-failure';
import { ID_ONLY_SCHEMA } from '../../test/support/id-only-schema';

const normal = { hasIndexedDb: true, secureContext: true };

/** RxDB wraps the storage's error, which wraps the browser's. */
function wrapped(inner: unknown) {
  const dexie = Object.assign(new Error('Dexie: open failed'), { name: 'OpenFailedError', inner });
  return Object.assign(new Error('RxDB Error-Code: DXE1'), { code: 'DXE1', parameters: { error: dexie } });
}

describe('explainStartFailure', () => {
  it('a browser without IndexedDB (private mode, site data disabled) cannot keep data', () => {
    expect(explainStartFailure(new Error('x'), { ...normal, hasIndexedDb: false })).toBe('no-storage');
    expect(explainStartFailure(wrapped(new DOMException('denied', 'InvalidStateError')), normal)).toBe(
      'no-storage',
    );
    expect(
      explainStartFailure(
        Object.assign(new Error('indexedDB API missing'), { name: 'MissingAPIError' }),
        normal,
      ),
    ).toBe('no-storage');
  });

  it('a full disk, however deep the browser’s error is wrapped', () => {
    expect(explainStartFailure(wrapped(new DOMException('full', 'QuotaExceededError')), normal)).toBe(
      'storage-full',
    );
    expect(
      explainStartFailure(new Error('x', { cause: new DOMException('full', 'QuotaExceededError') }), normal),
    ).toBe('storage-full');
  });

  it('another window has a newer Tilleul', () => {
    expect(
      explainStartFailure(
        wrapped(
          new DOMException(
            'The requested version (1) is less than the existing version (2).',
            'VersionError',
          ),
        ),
        normal,
      ),
    ).toBe('newer-version');
  });

  it('RxDB’s own error when the page has no crypto.subtle, on an insecure origin only', async () => {
    const original = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', {
      value: { getRandomValues: original.getRandomValues.bind(original) },
      configurable: true,
    });
    let error: unknown;
    try {
      const db = await createRxDatabase({ name: `ut8-${Date.now()}`, storage: getRxStorageMemory() });
      await db.addCollections({
        notes: {
          schema: ID_ONLY_SCHEMA,
        },
      });
      await db.collections.notes?.insert({ id: 'a' });
      await db.close();
    } catch (caught) {
      error = caught;
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true });
    }
    expect(error).toBeDefined();
    expect(explainStartFailure(error, { ...normal, secureContext: false })).toBe('insecure-origin');
    expect(explainStartFailure(error, normal)).toBe('unknown');
  });

  it('anything else stays « unknown », with its message shown folded', () => {
    expect(explainStartFailure(new TypeError('undefined is not a function'), normal)).toBe('unknown');
    expect(explainStartFailure('a string', normal)).toBe('unknown');
    expect(explainStartFailure(null, normal)).toBe('unknown');
  });
});
