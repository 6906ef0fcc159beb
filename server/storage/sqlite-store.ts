import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DeviceScope, SyncDocument } from '@shared/sync/protocol';
import { seriesForIndex } from '@server/security/series';
import { decidePushRow } from '@server/storage/push-decision';
import { DuplicatesFound, StoreError } from '@server/storage/store';
import type {
  CollectionRules,
  Device,
  DuplicateKey,
  NewEnrolmentCode,
  Organisation,
  PullPage,
  PushOutcome,
  Redemption,
  RedeemResult,
  Store,
  StoredRow,
} from '@server/storage/store';

export const SQLITE_FILE_NAME = 'tilleul.sqlite';

/** `migrations[n]` brings the file to `user_version` n + 1. Never edit a shipped step: add one. */
const MIGRATIONS = [
  `
  CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    series_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    name TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('office', 'door')),
    series TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    UNIQUE (org_id, series)
  );
  CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    scope TEXT NOT NULL CHECK (scope IN ('office', 'door')),
    name TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
  );
  CREATE TABLE documents (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (org_id, collection, id)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX documents_by_seq ON documents (org_id, collection, seq);
  `,
  `
  CREATE TABLE unique_keys (
    org_id TEXT NOT NULL REFERENCES organisations(id),
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (org_id, collection, key)
  ) WITHOUT ROWID;
  `,
];

interface DeviceRow {
  id: string;
  org_id: string;
  name: string;
  scope: DeviceScope;
  series: string;
  created_at: string;
  revoked_at: string | null;
}

interface OrganisationRow {
  id: string;
  name: string;
  created_at: string;
}

interface CodeRow {
  org_id: string;
  scope: DeviceScope;
  name: string | null;
  expires_at: string;
  used_at: string | null;
}

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  orgId: row.org_id,
  name: row.name,
  scope: row.scope,
  series: row.series,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

/**
 * better-sqlite3 is synchronous, so every transaction below runs without yielding to the event
 * loop: no other request can slip a statement into it. `BEGIN IMMEDIATE` (`.immediate`) takes
 * the write lock up front, which also serialises the CLI when it runs beside the server.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens (and creates when `create` is set) `DIR/tilleul.sqlite`. */
  static open(dataDir: string, options: { create: boolean }): SqliteStore {
    if (options.create) mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, SQLITE_FILE_NAME), { fileMustExist: !options.create });
    // WAL: readers (pulls) never wait for the writer (pushes); NORMAL is durable in WAL mode
    // except for the last transactions on power loss, which clients simply push again.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const store = new SqliteStore(db);
    store.migrate();
    return store;
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    this.db
      .transaction(() => {
        for (let version = current; version < MIGRATIONS.length; version++) {
          this.db.exec(MIGRATIONS[version] as string);
          this.db.pragma(`user_version = ${version + 1}`);
        }
      })
      .immediate();
  }

  async createOrganisation(organisation: Organisation): Promise<void> {
    this.db
      .prepare('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)')
      .run(organisation.id, organisation.name, organisation.createdAt);
  }

  async getOrganisation(id: string): Promise<Organisation | undefined> {
    const row = this.db.prepare('SELECT id, name, created_at FROM organisations WHERE id = ?').get(id) as
      OrganisationRow | undefined;
    return row && toOrganisation(row);
  }

  async createEnrolmentCode(code: NewEnrolmentCode): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO enrolment_codes (code_hash, org_id, scope, name, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(code.codeHash, code.orgId, code.scope, code.name, code.createdAt, code.expiresAt);
  }

  async redeemEnrolmentCode(redemption: Redemption): Promise<RedeemResult> {
    return this.db
      .transaction((): RedeemResult => {
        const code = this.db
          .prepare('SELECT org_id, scope, name, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?')
          .get(redemption.codeHash) as CodeRow | undefined;
        if (!code) return { ok: false, reason: 'unknown' };
        if (code.used_at) return { ok: false, reason: 'used' };
        if (Date.parse(code.expires_at) <= Date.parse(redemption.now))
          return { ok: false, reason: 'expired' };
        const { series_count: index } = this.db
          .prepare(
            'UPDATE organisations SET series_count = series_count + 1 WHERE id = ? RETURNING series_count - 1 AS series_count',
          )
          .get(code.org_id) as { series_count: number };
        const device: Device = {
          id: redemption.deviceId,
          orgId: code.org_id,
          name: code.name ?? redemption.deviceName,
          scope: code.scope,
          series: seriesForIndex(index),
          createdAt: redemption.now,
          revokedAt: null,
        };
        this.db
          .prepare(
            `INSERT INTO devices (id, org_id, name, scope, series, token_hash, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            device.id,
            device.orgId,
            device.name,
            device.scope,
            device.series,
            redemption.tokenHash,
            device.createdAt,
          );
        this.db
          .prepare('UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?')
          .run(redemption.now, device.id, redemption.codeHash);
        const organisation = this.db
          .prepare('SELECT id, name, created_at FROM organisations WHERE id = ?')
          .get(code.org_id) as OrganisationRow;
        return { ok: true, device, organisation: toOrganisation(organisation) };
      })
      .immediate();
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const row = this.db.prepare('SELECT * FROM devices WHERE token_hash = ?').get(tokenHash) as
      DeviceRow | undefined;
    return row && toDevice(row);
  }

  async listDevices(orgId?: string): Promise<Device[]> {
    const rows = (
      orgId === undefined
        ? this.db.prepare('SELECT * FROM devices ORDER BY org_id, created_at, id').all()
        : this.db.prepare('SELECT * FROM devices WHERE org_id = ? ORDER BY created_at, id').all(orgId)
    ) as DeviceRow[];
    return rows.map(toDevice);
  }

  async revokeDevice(id: string, now: string): Promise<Device | undefined> {
    return this.db
      .transaction(() => {
        this.db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id);
        const row = this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
        return row && toDevice(row);
      })
      .immediate();
  }

  async pull(orgId: string, collection: string, afterSeq: number, limit: number): Promise<PullPage> {
    const rows = this.db
      .prepare(
        `SELECT seq, data FROM documents WHERE org_id = ? AND collection = ? AND seq > ?
         ORDER BY seq LIMIT ?`,
      )
      .all(orgId, collection, afterSeq, limit) as { seq: number; data: string }[];
    return {
      documents: rows.map((row) => JSON.parse(row.data) as SyncDocument),
      seq: rows.at(-1)?.seq ?? afterSeq,
    };
  }

  async push(
    orgId: string,
    collection: string,
    rows: readonly StoredRow[],
    rules: CollectionRules = {},
  ): Promise<PushOutcome> {
    const read = this.db.prepare('SELECT data FROM documents WHERE org_id = ? AND collection = ? AND id = ?');
    const write = this.db.prepare(
      `INSERT INTO documents (org_id, collection, id, seq, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (org_id, collection, id) DO UPDATE SET seq = excluded.seq, data = excluded.data`,
    );
    const holderOf = this.db.prepare(
      'SELECT doc_id FROM unique_keys WHERE org_id = ? AND collection = ? AND key = ?',
    );
    const takeKey = this.db.prepare(
      'INSERT OR IGNORE INTO unique_keys (org_id, collection, key, doc_id) VALUES (?, ?, ?, ?)',
    );
    // One writer at a time (SQLite's own lock), so reading the counter and bumping it once per
    // written row inside this transaction gives every commit a higher sequence than the last.
    try {
      return this.db
        .transaction((): PushOutcome => {
          const org = this.db.prepare('SELECT seq FROM organisations WHERE id = ?').get(orgId) as
            { seq: number } | undefined;
          if (!org) throw new StoreError('ORGANISATION_UNKNOWN', `organisation ${orgId} absente`);
          let seq = org.seq;
          const conflicts: SyncDocument[] = [];
          const duplicates: DuplicateKey[] = [];
          let forbidden = 0;
          rows.forEach((row, index) => {
            const id = row.newDocumentState.id;
            const storedRow = read.get(orgId, collection, id) as { data: string } | undefined;
            const stored = storedRow && (JSON.parse(storedRow.data) as SyncDocument);
            const decision = decidePushRow(stored, row, rules);
            if ((decision === 'conflict' || decision === 'forbidden') && stored) conflicts.push(stored);
            if (decision === 'forbidden') forbidden += 1;
            if (decision !== 'write') return;
            const key = rules.uniqueKey?.(row.newDocumentState) ?? null;
            if (key !== null) {
              const holder = holderOf.get(orgId, collection, key) as { doc_id: string } | undefined;
              if (holder && holder.doc_id !== id) {
                duplicates.push({ row: index, documentId: id, key, heldBy: holder.doc_id });
                return;
              }
              takeKey.run(orgId, collection, key, id);
            }
            seq += 1;
            write.run(orgId, collection, id, seq, JSON.stringify(row.newDocumentState));
          });
          if (duplicates.length > 0) throw new DuplicatesFound(duplicates);
          if (seq === org.seq) return { conflicts, lastSeq: null, forbidden };
          this.db.prepare('UPDATE organisations SET seq = ? WHERE id = ?').run(seq, orgId);
          return { conflicts, lastSeq: seq, forbidden };
        })
        .immediate();
    } catch (error) {
      if (error instanceof DuplicatesFound) return { duplicates: error.duplicates };
      throw error;
    }
  }

  /** SQLite's online backup API, into a temporary file renamed at the end: never half a copy. */
  async backup(outFile: string): Promise<void> {
    const partial = `${outFile}.partial-${process.pid}`;
    try {
      await this.db.backup(partial);
      renameSync(partial, outFile);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
