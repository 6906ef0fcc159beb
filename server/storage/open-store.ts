import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresStore } from '@server/storage/postgres-store';
import { SQLITE_FILE_NAME, SqliteStore } from '@server/storage/sqlite-store';
import { StoreError } from '@server/storage/store';
import type { Store, StoreLimits } from '@server/storage/store';

export type StoreLocation = { data: string } | { databaseUrl: string };

/**
 * `create` is for `init` only: every other command refuses a folder without a database, so a
 * mistyped `--data` path says so instead of quietly starting an empty server.
 */
export async function openStore(
  location: StoreLocation,
  options: { create: boolean; limits?: StoreLimits },
): Promise<Store> {
  if ('databaseUrl' in location) return PostgresStore.open(location.databaseUrl, options.limits);
  if (!options.create && !existsSync(join(location.data, SQLITE_FILE_NAME))) {
    throw new StoreError(
      'NO_DATABASE',
      `Aucune base Tilleul dans « ${location.data} ». Créez-la d’abord avec : init --data ${location.data} --org "Nom"`,
    );
  }
  return SqliteStore.open(location.data, options);
}
