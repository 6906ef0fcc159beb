import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { SyncDocument } from '@shared/sync/protocol';
import { checkCode, deviceValues, enrolment, ENROLMENT_SQL } from '@server/storage/enrolment';
import type { CodeRow, SeriesRow } from '@server/storage/enrolment';
import { relatedKey, sequenceOf } from '@server/storage/push-plan';
import type { PendingPush, PushState, PushWrites } from '@server/storage/push-plan';
import { guardPartialFiles } from '@server/storage/partial-file-guard';
import { toDocument } from '@server/storage/rows';
import { KEEP_AUDIT_AUTHOR, migrations } from '@server/storage/schema';
import type { ColumnTypes } from '@server/storage/schema';
import { SqlStore } from '@server/storage/sql-store';
import type { PushOutcome, Redemption, RedeemResult, Store, StoreLimits } from '@server/storage/store';

export const SQLITE_FILE_NAME = 'tilleul.sqlite';

/** A backup is written to `OUT.partial-PID` (and SQLite's journal beside it), then renamed. */
const PARTIAL = '.partial-';
const SIDE_FILES = ['', '-journal', '-wal', '-shm'];

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of backups to `outFile` whose process is gone (killed). */
export function removeLeftovers(outFile: string): string[] {
  const prefix = `${basename(outFile)}${PARTIAL}`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(outFile));
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)(-journal|-wal|-shm)?$/.exec(name.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(join(dirname(outFile), name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Times are the ISO text of `toISOString`, which sorts in time order. */
export const SQLITE_TYPES: ColumnTypes = {
  text: 'TEXT',
  time: 'TEXT',
  seq: 'INTEGER',
  count: 'INTEGER',
  json: 'TEXT',
  keyedTable: ' WITHOUT ROWID',
  // octet_length reads the record's header, not the text: sizes cost nothing to read.
  dataBytes: 'octet_length(data)',
  jsonText: (column, field) => `json_extract(${column}, '$.${field}')`,
  // json_extract gives JSON true as 1 and false as 0; json_type tells true from the number 1.
  jsonTrue: (column, field) => `json_type(${column}, '$.${field}') = 'true'`,
};
const MIGRATIONS = migrations(SQLITE_TYPES);

/**
 * better-sqlite3 is synchronous, so every transaction below runs without yielding to the event
 * loop: no other request can slip a statement into it. `BEGIN IMMEDIATE` (`.immediate`) takes
 * the write lock up front, which also serialises the CLI when it runs beside the server.
 */
export class SqliteStore extends SqlStore implements Store {
  readonly kind = 'sqlite';
  protected override readonly dataBytes = SQLITE_TYPES.dataBytes;
  private readonly db: Database.Database;

  private constructor(db: Database.Database, limits: StoreLimits) {
    super(limits);
    this.db = db;
  }

  /** Opens (and creates when `create` is set) `DIR/tilleul.sqlite`. */
  static open(dataDir: string, options: { create: boolean; limits?: StoreLimits }): SqliteStore {
    if (options.create) mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, SQLITE_FILE_NAME), { fileMustExist: !options.create });
    // WAL: readers (pulls) never wait for the writer (pushes); NORMAL is durable in WAL mode
    // except for the last transactions on power loss, which clients simply push again.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const store = new SqliteStore(db, options.limits ?? {});
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

  /** Synchronous, so that the transactions below can be made of it. */
  private execute<Row>(sql: string, params: unknown[] = []): Row[] {
    const statement = this.db.prepare(sql);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  }

  protected override async query<Row>(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.execute<Row>(sql, params);
  }

  async redeemEnrolmentCode(redemption: Redemption): Promise<RedeemResult> {
    return this.db
      .transaction((): RedeemResult => {
        const [code] = this.execute<CodeRow>(ENROLMENT_SQL.readCode, [redemption.codeHash]);
        const check = checkCode(code, redemption.now);
        if (!check.ok) return check;
        const [organisation] = this.execute<SeriesRow>(ENROLMENT_SQL.takeSeries, [check.code.org_id]);
        const enrolled = enrolment(check.code, organisation, redemption);
        this.execute(ENROLMENT_SQL.insertDevice, deviceValues(enrolled.device, redemption.tokenHash));
        this.execute(ENROLMENT_SQL.useCode, [redemption.now, enrolled.device.id, redemption.codeHash]);
        return enrolled;
      })
      .immediate();
  }

  protected override async pushTransaction(push: PendingPush): Promise<PushOutcome> {
    // One writer at a time (SQLite's own lock), so reading the counter and raising it inside
    // this transaction gives every commit a higher sequence than the last.
    return this.db
      .transaction((): PushOutcome => {
        const { outcome, writes } = push.plan(this.readPush(push));
        if (writes) this.writePush(push, writes);
        return outcome;
      })
      .immediate();
  }

  /** One statement per document and per key: with no network in between, a round trip costs nothing. */
  private readPush({ orgId, collection, ids, keys, relatedTo, pushedBy, readsLive }: PendingPush): PushState {
    const [org] = this.execute<{ seq: number; bytes: number }>(
      'SELECT seq, bytes FROM organisations WHERE id = ?',
      [orgId],
    );
    const seq = sequenceOf(orgId, org);
    const read = this.db.prepare('SELECT data FROM documents WHERE org_id = ? AND collection = ? AND id = ?');
    const holderOf = this.db.prepare(
      'SELECT doc_id FROM unique_keys WHERE org_id = ? AND collection = ? AND key = ?',
    );
    const stored = new Map<string, SyncDocument>();
    for (const id of ids) {
      const row = read.get(orgId, collection, id) as { data: string } | undefined;
      if (row) stored.set(id, toDocument(row.data));
    }
    const keyHolders = new Map<string, string>();
    for (const key of keys) {
      const holder = holderOf.get(orgId, collection, key) as { doc_id: string } | undefined;
      if (holder) keyHolders.set(key, holder.doc_id);
    }
    const related = new Map<string, SyncDocument>();
    for (const ref of relatedTo(stored)) {
      const row = read.get(orgId, ref.collection, ref.id) as { data: string } | undefined;
      if (row) related.set(relatedKey(ref.collection, ref.id), toDocument(row.data));
    }
    const [device] =
      pushedBy === null
        ? []
        : this.execute<{ bytes: number }>('SELECT bytes FROM devices WHERE id = ? AND org_id = ?', [
            pushedBy,
            orgId,
          ]);
    const deviceBytes = device ? { deviceBytes: Number(device.bytes) } : {};
    const live = readsLive
      ? {
          live: new Map(
            this.execute<{ id: string; data: string }>(
              'SELECT id, data FROM documents WHERE org_id = ? AND collection = ? AND deleted = 0',
              [orgId, collection],
            ).map((row) => [row.id, toDocument(row.data)]),
          ),
        }
      : {};
    return { seq, bytes: Number(org?.bytes), ...deviceBytes, stored, keyHolders, related, ...live };
  }

  private writePush({ orgId, collection, pushedBy }: PendingPush, writes: PushWrites): void {
    const takeKey = this.db.prepare(
      'INSERT OR IGNORE INTO unique_keys (org_id, collection, key, doc_id) VALUES (?, ?, ?, ?)',
    );
    const write = this.db.prepare(
      `INSERT INTO documents (org_id, collection, id, seq, data, pushed_by, deleted) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (org_id, collection, id) DO UPDATE
       SET seq = excluded.seq, data = excluded.data, pushed_by = ${KEEP_AUDIT_AUTHOR}, deleted = excluded.deleted`,
    );
    const record = this.db.prepare(
      'INSERT INTO revisions (org_id, seq, collection, doc_id, device_id) VALUES (?, ?, ?, ?, ?)',
    );
    for (const { key, docId } of writes.keys) takeKey.run(orgId, collection, key, docId);
    for (const { id, seq, document } of writes.documents) {
      write.run(orgId, collection, id, seq, JSON.stringify(document), pushedBy, document._deleted ? 1 : 0);
      if (pushedBy !== null) record.run(orgId, seq, collection, id, pushedBy);
    }
    this.execute('UPDATE organisations SET seq = ?, bytes = ? WHERE id = ?', [
      writes.seq,
      writes.bytes,
      orgId,
    ]);
    if (pushedBy !== null && writes.deviceBytes !== undefined) {
      this.execute('UPDATE devices SET bytes = ? WHERE id = ?', [writes.deviceBytes, pushedBy]);
    }
  }

  /**
   * `VACUUM INTO` a temporary file, synced, then renamed: one statement in one read transaction,
   * so the copy is the database as of one commit, and writers (the server, in WAL mode) neither
   * wait for it nor restart it, as they did the page-by-page backup API. Never half a copy:
   * a failure removes the temporary file and its journal, a watcher process removes them if this
   * one is ended mid-copy (Ctrl+C, SIGTERM), and the next backup removes any still left
   * (`removeLeftovers`).
   */
  async backup(outFile: string): Promise<void> {
    removeLeftovers(outFile);
    const partial = `${outFile}${PARTIAL}${process.pid}`;
    const files = SIDE_FILES.map((suffix) => `${partial}${suffix}`);
    // Ended by a signal mid-copy (Ctrl+C), the process leaves nothing: see partial-file-guard.
    const guard = guardPartialFiles(files);
    try {
      this.db.prepare('VACUUM INTO ?').run(partial);
      const fd = openSync(partial, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(partial, outFile);
    } catch (error) {
      for (const file of files) rmSync(file, { force: true });
      throw error;
    } finally {
      guard.release();
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
