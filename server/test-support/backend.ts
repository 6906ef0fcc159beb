import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStore } from '@server/storage/open-store';
import type { StoreLocation } from '@server/storage/open-store';
import type { Store } from '@server/storage/store';
import { findPostgresBin, startPostgresCluster } from '@server/test-support/postgres-cluster';
import type { PostgresCluster } from '@server/test-support/postgres-cluster';

export type BackendName = 'sqlite' | 'postgres';

/** One storage backend under test; `location` is valid from the suites' `beforeAll` on. */
export interface Backend {
  readonly name: BackendName;
  location: StoreLocation;
  /** A new connection to the same database (the suites share it: each test makes its own association). */
  open(): Promise<Store>;
}

/**
 * Registers the set-up of a backend in the current file and returns it, or undefined when the
 * PostgreSQL half has to be skipped (no binaries outside CI, said in one line). In CI a missing
 * PostgreSQL is a failure: the suite must run against both backends there.
 */
export function useBackend(name: BackendName): Backend | undefined {
  const backend: Backend = {
    name,
    location: { data: '' },
    open: () => openStore(backend.location, { create: false }),
  };
  if (name === 'sqlite') {
    let dir = '';
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'tilleul-sqlite-'));
      backend.location = { data: dir };
      await (await openStore(backend.location, { create: true })).close();
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    return backend;
  }

  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.CI) {
      describe('PostgreSQL', () => {
        it('is installed (CI runs the server suite against both backends)', () => {
          throw new Error(
            'PostgreSQL introuvable (/usr/lib/postgresql/*/bin ou POSTGRES_BIN) : installez le paquet Debian « postgresql » ; .ci/run le fait.',
          );
        });
      });
    } else {
      console.warn(
        'PostgreSQL absent (ni /usr/lib/postgresql/*/bin ni POSTGRES_BIN) : la moitié PostgreSQL des tests serveur est sautée.',
      );
      // A file without any test fails in vitest: leave one skipped test that says what was skipped.
      it.skip('PostgreSQL half of the server suite (binaries absent)', () => undefined);
    }
    return undefined;
  }
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    cluster = await startPostgresCluster(bin);
    backend.location = { databaseUrl: cluster.url };
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return backend;
}
