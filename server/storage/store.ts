import type { RelatedReader, RelatedRef } from '@shared/sync/collection-rules';
import type { DeviceScope, SyncDocument } from '@shared/sync/protocol';

/**
 * The one storage interface of the sync server: SQLite (`sqlite-store.ts`) for a Raspberry Pi
 * or a small VPS, PostgreSQL (`postgres-store.ts`) for hosted and federation installs. Both are
 * dialects of one core (`sql-store.ts`, `push-plan.ts`, `enrolment.ts`, `schema.ts`) and pass
 * the same test suite (`store.suite.ts`). Many associations (organisations) share one store.
 */

export interface Organisation {
  id: string;
  name: string;
  createdAt: string;
}

export interface Device {
  id: string;
  orgId: string;
  name: string;
  scope: DeviceScope;
  /** Receipt series letter(s), assigned in enrolment order: A, B, C… */
  series: string;
  createdAt: string;
  revokedAt: string | null;
  /**
   * The association's sequence when the device enrolled: a deletion at or below it is of a
   * document the device cannot hold, and is never sent to it (issue 19). 0 for the devices
   * enrolled before the server kept it.
   */
  enrolledSeq: number;
}

export interface NewEnrolmentCode {
  orgId: string;
  scope: DeviceScope;
  /** The name the administrator gave the device to be ("Porte 1"); the device's own otherwise. */
  name: string | null;
  codeHash: string;
  createdAt: string;
  expiresAt: string;
}

export interface Redemption {
  codeHash: string;
  now: string;
  deviceId: string;
  deviceName: string;
  tokenHash: string;
}

export type RedeemResult =
  | { ok: true; device: Device; organisation: Organisation }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export interface StoredRow {
  assumedMasterState?: Readonly<Record<string, unknown>> | null;
  newDocumentState: SyncDocument;
}

/**
 * Rules of one collection beyond its schema (shared/sync/collection-rules.ts), applied inside
 * the push transaction so that two devices pushing at once cannot both get past them.
 */
export interface CollectionRules {
  /**
   * May `next` replace the stored document? When not, the row is not written and the stored
   * document goes back as a conflict (an issued receipt that someone edited). `read` gives the
   * documents `related` named, as stored inside the same transaction.
   */
  mayReplace?(stored: SyncDocument, next: SyncDocument, read: RelatedReader): boolean;
  /**
   * Documents of other collections `mayReplace` reads to decide about a stored document (the
   * receipt a donation points to); the store reads them in the push transaction.
   */
  related?(stored: SyncDocument): RelatedRef[];
  /**
   * A value no two documents of the collection may share in one organisation (a receipt
   * number), or null. Keys are never released: a number stays taken after its document changes
   * or is deleted.
   */
  uniqueKey?(document: SyncDocument): string | null;
  /** May `document` take a key `holderId` holds (a merged person's survivor)? The key stays recorded as the holder's. */
  keyMayPass?(document: SyncDocument, holderId: string): boolean;
  /**
   * Values a live (not deleted) document holds that no other live document of the collection
   * may hold (a cheque on a slip). A document coming to life (new, or redone from deleted) that
   * shares one with another live document refuses the whole push; deleted, it gives them back.
   */
  heldKeys?(document: SyncDocument): string[];
  /**
   * A stored document an older app version pushed, brought to the current version by the
   * collection's migrations (shared/schema/upgrade.ts), as devices read it when they pull it: a
   * push is compared with that, and a conflict answers with it. Its own value when current.
   */
  upgrade?(stored: SyncDocument): SyncDocument;
  /**
   * The pushing device reads only part of the collection (a door device): what it is shown of a
   * stored document (null: nothing), and its write merged into the stored document. Its assumed
   * state is compared with what it was shown, and a conflict answers with what it is shown.
   */
  view?: DocumentView;
}

export interface DocumentView {
  project(document: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | null;
  merge(stored: SyncDocument, next: SyncDocument): SyncDocument;
}

/** A row whose stored document the pushing device may not read: the whole push was rolled back. */
export interface HiddenConflict {
  row: number;
  documentId: string;
}

/** A row coming to life with a value another live document holds (`CollectionRules.heldKeys`). */
export interface HeldKey {
  /** Index of the row in the push. */
  row: number;
  documentId: string;
  key: string;
  /** The live document that holds the value, as stored. */
  holder: SyncDocument;
}

/** A row whose unique key another document already holds. */
export interface DuplicateKey {
  /** Index of the row in the push. */
  row: number;
  documentId: string;
  key: string;
  /** The document that holds the key. */
  heldBy: string;
}

export type PushOutcome =
  | {
      /** The stored documents of the rows that were not written. */
      conflicts: SyncDocument[];
      /** The highest sequence written, or null when nothing was. */
      lastSeq: number | null;
      /** How many conflicts were rows refused by `mayReplace` (the rest: stale assumed states). */
      forbidden: number;
      duplicates?: undefined;
      held?: undefined;
      hidden?: undefined;
      quotaExceeded?: undefined;
    }
  | {
      /** Rows coming to life with a value another live document holds: nothing was written. */
      held: HeldKey[];
      duplicates?: undefined;
      conflicts?: undefined;
      lastSeq?: undefined;
      forbidden?: undefined;
      hidden?: undefined;
      quotaExceeded?: undefined;
    }
  | {
      /** Rows that would take a key already held: the whole push was rolled back. */
      duplicates: DuplicateKey[];
      held?: undefined;
      conflicts?: undefined;
      lastSeq?: undefined;
      forbidden?: undefined;
      hidden?: undefined;
      quotaExceeded?: undefined;
    }
  | {
      /**
       * Rows in conflict with a document the device may not read: answering with it would leak
       * it, so the whole push was rolled back and is refused.
       */
      hidden: HiddenConflict[];
      quotaExceeded?: undefined;
      duplicates?: undefined;
      held?: undefined;
      conflicts?: undefined;
      lastSeq?: undefined;
      forbidden?: undefined;
    }
  | {
      /** The association would store more than its limit: nothing of the push was written. */
      quotaExceeded: { bytes: number; max: number; of: 'association' | 'device' };
      hidden?: undefined;
      duplicates?: undefined;
      held?: undefined;
      conflicts?: undefined;
      lastSeq?: undefined;
      forbidden?: undefined;
    };

/**
 * What one association may store on the server, in bytes of documents as JSON text: 2 GiB by
 * default, about twenty times what an association of 5,000 members fills in ten years (its
 * journal included). A push that would pass it writes nothing (`quotaExceeded`).
 */
export const DEFAULT_ASSOCIATION_BYTES = 2 * 1024 ** 3;

export interface StoreLimits {
  associationBytes?: number;
  /**
   * What one enrolled device may add to its association's storage, net (what it wrote, less what
   * its writes freed): a quarter of `associationBytes` by default, so that no single device — a
   * lost phone, a door laptop gone wrong — fills the space of all the others. A push over it
   * writes nothing (`quotaExceeded` of `device`); one that frees space passes.
   */
  deviceBytes?: number;
}

export interface PullOptions {
  skipDeletionsUpTo?: number;
}

export interface PullPage {
  documents: SyncDocument[];
  /** The sequence of the last document returned, or the one asked for when there is none. */
  seq: number;
  /** For each document, the enrolled device that pushed its revision (null: written before this was kept). */
  pushedBy: (string | null)[];
  /** True when the page stopped at its byte bound before `limit`: more documents follow. */
  more: boolean;
  /**
   * The documents after this page that the same pull would return (deletions skipped alike), as
   * the store counted them: what a device's first sync shows as still to come (issue 19).
   */
  remaining: number;
}

/** A write another server process committed to the same database. */
export interface CommittedChange {
  orgId: string;
  collection: string;
  seq: number;
}

/** A row of `helloasso_links`: the secret as sealed by server/security/sealed.ts. */
export interface HelloAssoLinkRow {
  orgId: string;
  clientId: string;
  sealedSecret: string;
  organizationSlug: string;
  fetchedUntil: string;
  updatedAt: string;
}

export interface ChangeWatcher {
  /** Called for each change committed by another process (not for this store's own pushes). */
  onChange(change: CommittedChange): void;
  /**
   * Called after the watch was interrupted and is back (database restarted, connection lost):
   * changes may have been missed, so clients should pull everything from their checkpoints.
   */
  onGap(): void;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * PostgreSQL only: several server processes can share one database (a federation behind a
   * load balancer), and each must tell its own event streams of the others' writes. Resolves
   * once listening; the returned function stops. SQLite is one process, so it has none.
   */
  watchChanges?(watcher: ChangeWatcher): Promise<() => Promise<void>>;
  createOrganisation(organisation: Organisation): Promise<void>;
  getOrganisation(id: string): Promise<Organisation | undefined>;
  createEnrolmentCode(code: NewEnrolmentCode): Promise<void>;
  /** Consumes the code and creates the device in one transaction: a code serves once. */
  redeemEnrolmentCode(redemption: Redemption): Promise<RedeemResult>;
  findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined>;
  listDevices(orgId?: string): Promise<Device[]>;
  /** Returns the device (already revoked or not), or undefined when there is no such device. */
  revokeDevice(id: string, now: string): Promise<Device | undefined>;
  /**
   * At most `limit` documents and `maxBytes` of them (JSON text; at least one document).
   * `options.skipDeletionsUpTo`: leaves out the deletions at or below this sequence (those of
   * documents deleted before the pulling device enrolled, `Device.enrolledSeq`).
   */
  pull(
    orgId: string,
    collection: string,
    afterSeq: number,
    limit: number,
    maxBytes?: number,
    options?: PullOptions,
  ): Promise<PullPage>;
  /**
   * All rows in one transaction; see `decidePushRow` for what is written. A duplicate unique
   * key rolls the whole push back: nothing of it is written. `pushedBy` is the enrolled device
   * that sends the push: the store records it beside each revision it writes.
   */
  /**
   * The enrolled device that pushed the stored revision of each of `ids` (absent: not stored;
   * null: written before this was kept), for the conflict answers of a push.
   */
  pushedByOf(orgId: string, collection: string, ids: readonly string[]): Promise<Map<string, string | null>>;
  push(
    orgId: string,
    collection: string,
    rows: readonly StoredRow[],
    rules?: CollectionRules,
    pushedBy?: string | null,
  ): Promise<PushOutcome>;
  /** The association's HelloAsso connection (issue 18), its secret still sealed. */
  getHelloAssoLink(orgId: string): Promise<HelloAssoLinkRow | undefined>;
  /** Creates or replaces it; `fetchedUntil` is kept unless the account changes. */
  saveHelloAssoLink(link: Omit<HelloAssoLinkRow, 'fetchedUntil'>): Promise<void>;
  deleteHelloAssoLink(orgId: string): Promise<void>;
  /** After an import of a fetch: the next fetch starts at `fetchedUntil`. False: no connection. */
  setHelloAssoFetchedUntil(orgId: string, fetchedUntil: string, now: string): Promise<boolean>;
  /** A consistent copy of the whole store in one file, taken while it keeps serving. */
  backup(outFile: string): Promise<void>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  constructor(
    readonly code: 'BACKUP_UNSUPPORTED' | 'NO_DATABASE' | 'ORGANISATION_UNKNOWN',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
