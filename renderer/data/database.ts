import { addRxPlugin, createRxDatabase } from 'rxdb/plugins/core';
import { hasSubtleCrypto, sha256Hex } from '@shared/crypto/hashes';
import type { RxCollection, RxDatabase, RxStorage } from 'rxdb/plugins/core';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionSpecs } from '@shared/schema/collections';
import type { CollectionSpec, DerivedRxJsonSchema } from '@shared/schema/collection-spec';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import derivedSchemas from '@shared/schema/rx-json-schemas.json';
import type { SettingsDocument } from '@shared/schema/settings';
import type { AuditEntry } from '@shared/audit/audit';
import type { UserDocument } from '@shared/auth/user';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { SheetDocument } from '@shared/events/sheet';
import type { EventDocument } from '@shared/events/event';
import type { DonationDocument } from '@shared/donations/donation';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import type { DepositDocument } from '@shared/deposits/deposit';

export interface TilleulCollections {
  people: RxCollection<PersonDocument>;
  households: RxCollection<HouseholdDocument>;
  memberships: RxCollection<MembershipDocument>;
  events: RxCollection<EventDocument>;
  attendance: RxCollection<AttendanceDocument>;
  sheets: RxCollection<SheetDocument>;
  donations: RxCollection<DonationDocument>;
  receipts: RxCollection<ReceiptDocument>;
  settings: RxCollection<SettingsDocument>;
  users: RxCollection<UserDocument>;
  audit: RxCollection<AuditEntry>;
  deposits: RxCollection<DepositDocument>;
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

/** Dev-mode and its JSON-schema validator are loaded only when asked, to keep them out of production. */
async function withDevMode(storage: RxStorage<unknown, unknown>): Promise<RxStorage<unknown, unknown>> {
  const [{ RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  if (!devModeAdded) {
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
    devModeAdded = true;
  }
  return wrappedValidateAjvStorage({ storage });
}

export async function createTilleulDatabase(options: DatabaseOptions): Promise<TilleulDatabase> {
  if (!pluginsAdded) {
    addRxPlugin(RxDBMigrationSchemaPlugin);
    addRxPlugin(RxDBLocalDocumentsPlugin);
    pluginsAdded = true;
  }
  const storage = options.devMode ? await withDevMode(options.storage) : options.storage;
  const db = await createRxDatabase<TilleulCollections>({
    name: options.name,
    storage,
    localDocuments: true,
    // Several tabs (web mode) share one IndexedDB: they must see each other's writes.
    multiInstance: true,
    closeDuplicates: true,
    // Plain-http origins (a phone on the club's Wi-Fi) have no crypto.subtle, which RxDB's own
    // hash needs: the same SHA-256 in JavaScript then.
    ...(hasSubtleCrypto() ? {} : { hashFunction: sha256Hex }),
  });
  const specs = options.specs ?? collectionSpecs;
  // The app's own collections take their schemas derived at build time (`npm run schemas`, kept
  // equal to `toRxJsonSchema` by rx-json-schemas.test.ts): deriving them here took about 50 ms
  // of a cold start (issue 19). A copy, as RxDB is given a fresh object each time.
  const built = options.specs ? {} : (derivedSchemas as Record<string, DerivedRxJsonSchema>);
  const schemaOf = (spec: CollectionSpec): DerivedRxJsonSchema => {
    const derived = built[spec.name];
    return derived ? structuredClone(derived) : toRxJsonSchema(spec);
  };
  await db.addCollections(
    Object.fromEntries(
      Object.values(specs).map((spec) => [
        spec.name,
        { schema: schemaOf(spec), migrationStrategies: { ...spec.migrations } },
      ]),
    ),
  );
  return db;
}
