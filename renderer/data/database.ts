import { addRxPlugin, createRxDatabase } from 'rxdb/plugins/core';
import type { RxCollection, RxDatabase, RxStorage } from 'rxdb/plugins/core';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { collectionSpecs } from '@shared/schema/collections';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import type { SettingsDocument } from '@shared/schema/settings';

export interface TilleulCollections {
  settings: RxCollection<SettingsDocument>;
}
export type TilleulDatabase = RxDatabase<TilleulCollections>;

export interface DatabaseOptions {
  /** IndexedDB database name in the browser. */
  name: string;
  storage: RxStorage<unknown, unknown>;
  /**
   * RxDB's dev-mode: schema checks and JSON-schema validation of every write. On in development
   * and in tests; off in production, where zod validates at the data layer's boundary.
   */
  devMode: boolean;
  /** Only for tests of migrations: replaces the collection specs. */
  specs?: Readonly<Record<string, CollectionSpec>>;
}

let pluginsAdded = false;
let devModeAdded = false;

export async function createTilleulDatabase(options: DatabaseOptions): Promise<TilleulDatabase> {
  if (!pluginsAdded) {
    addRxPlugin(RxDBMigrationSchemaPlugin);
    addRxPlugin(RxDBLocalDocumentsPlugin);
    pluginsAdded = true;
  }
  if (options.devMode && !devModeAdded) {
    const { RxDBDevModePlugin, disableWarnings } = await import('rxdb/plugins/dev-mode');
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
    devModeAdded = true;
  }
  const storage = options.devMode ? wrappedValidateAjvStorage({ storage: options.storage }) : options.storage;
  const db = await createRxDatabase<TilleulCollections>({
    name: options.name,
    storage,
    localDocuments: true,
    // Several tabs (web mode) share one IndexedDB: they must see each other's writes.
    multiInstance: true,
    closeDuplicates: true,
  });
  const specs = options.specs ?? collectionSpecs;
  await db.addCollections(
    Object.fromEntries(
      Object.values(specs).map((spec) => [
        spec.name,
        { schema: toRxJsonSchema(spec), migrationStrategies: { ...spec.migrations } },
      ]),
    ),
  );
  return db;
}
