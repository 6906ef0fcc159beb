import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { PoolClient } from 'pg';
import type { SyncDocument } from '@shared/sync/protocol';
import { checkCode, deviceValues, enrolment, ENROLMENT_SQL } from '@server/storage/enrolment';
import type { CodeRow, SeriesRow } from '@server/storage/enrolment';
import { CHANGES_CHANNEL, changeNotice, watchChanges } from '@server/storage/postgres-changes';
import { relatedKey, sequenceOf } from '@server/storage/push-plan';
import type { PendingPush, PushState, PushWrites } from '@server/storage/push-plan';
import { KEEP_AUDIT_AUTHOR, migrations } from '@server/storage/schema';
import type { ColumnTypes } from '@server/storage/schema';
import { SqlStore } from '@server/storage/sql-store';
import { StoreError } from '@server/storage/store';
import type {
  ChangeWatcher,
  PushOutcome,
  Redemption,
  RedeemResult,
  Store,
  StoreLimits,
} from '@server/storage/store';

export const POSTGRES_TYPES: ColumnTypes = {
  text: 'text',
  time: 'timestamptz',
  seq: 'bigint',
  count: 'integer',
  json: 'jsonb',
  keyedTable: '',
  dataBytes: 'octet_length(data::text)',
  jsonText: (column, field) => `(${column} ->> '${field}')`,
  jsonTrue: (column, field) => `(${column} -> '${field}') = 'true'::jsonb`,
};
const MIGRATIONS = migrations(POSTGRES_TYPES);

/** Any constant: it only has to be the same for every Tilleul process migrating this database. */
const MIGRATION_LOCK = 7_411_101;

/** Statements are written with `?`, as SQLite's; PostgreSQL numbers its parameters: $1, $2… */
function numbered(sql: string): string {
  let count = 0;
  return sql.replace(/\?/g, () => `$${++count}`);
}

async function execute<Row>(db: pg.Pool | PoolClient, sql: string, params: unknown[] = []): Promise<Row[]> {
  const result = await db.query(numbered(sql), params);
  return result.rows as Row[];
}

export class PostgresStore extends SqlStore implements Store {
  readonly kind = 'postgres';
  protected override readonly dataBytes = POSTGRES_TYPES.dataBytes;
  private readonly pool: pg.Pool;
  private readonly databaseUrl: string;
  /** Tells this process's notices from the others' (it publishes its own pushes itself). */
  private readonly instance = randomUUID();

  private constructor(pool: pg.Pool, databaseUrl: string, limits: StoreLimits) {
    super(limits);
    this.pool = pool;
    this.databaseUrl = databaseUrl;
  }

  static async open(databaseUrl: string, limits: StoreLimits = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle client that loses its connection (server restart) must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, databaseUrl, limits);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await execute(client, 'SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS tilleul_schema (version integer NOT NULL)');
      const rows = await execute<{ version: number }>(client, 'SELECT version FROM tilleul_schema');
      let version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO tilleul_schema (version) VALUES (0)');
      for (; version < MIGRATIONS.length; version++) {
        await client.query(MIGRATIONS[version] as string);
        await execute(client, 'UPDATE tilleul_schema SET version = ?', [version + 1]);
      }
    });
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  protected override async query<Row>(sql: string, params?: unknown[]): Promise<Row[]> {
    return execute<Row>(this.pool, sql, params);
  }

  async redeemEnrolmentCode(redemption: Redemption): Promise<RedeemResult> {
    return this.transaction(async (client): Promise<RedeemResult> => {
      // FOR UPDATE: two devices typing the same code at once queue here, and the second sees it used.
      const [code] = await execute<CodeRow>(client, `${ENROLMENT_SQL.readCode} FOR UPDATE`, [
        redemption.codeHash,
      ]);
      const check = checkCode(code, redemption.now);
      if (!check.ok) return check;
      // The organisation's row lock also orders concurrent enrolments, so series letters are unique.
      const [organisation] = await execute<SeriesRow>(client, ENROLMENT_SQL.takeSeries, [check.code.org_id]);
      const enrolled = enrolment(check.code, organisation, redemption);
      await execute(client, ENROLMENT_SQL.insertDevice, deviceValues(enrolled.device, redemption.tokenHash));
      await execute(client, ENROLMENT_SQL.useCode, [redemption.now, enrolled.device.id, redemption.codeHash]);
      return enrolled;
    });
  }

  protected override async pushTransaction(push: PendingPush): Promise<PushOutcome> {
    return this.transaction(async (client) => {
      const { outcome, writes } = push.plan(await this.readPush(client, push));
      if (writes) await this.writePush(client, push, writes);
      return outcome;
    });
  }

  private async readPush(
    client: PoolClient,
    { orgId, collection, ids, keys, relatedTo, pushedBy, readsLive }: PendingPush,
  ): Promise<PushState> {
    // The organisation's row lock is taken first and held until COMMIT. Every push of this
    // association therefore compares, assigns sequences and commits one after the other: a
    // sequence can never become visible before a smaller one (a pull from a checkpoint would
    // skip it forever), and two pushes over the same document cannot both see it unchanged.
    // Under READ COMMITTED the reads below start after the lock, so they see the last commit.
    const [org] = await execute<{ seq: string; bytes: string }>(
      client,
      'SELECT seq, bytes FROM organisations WHERE id = ? FOR UPDATE',
      [orgId],
    );
    const seq = sequenceOf(orgId, org);
    const stored = await execute<{ id: string; data: SyncDocument }>(
      client,
      'SELECT id, data FROM documents WHERE org_id = ? AND collection = ? AND id = ANY(?::text[])',
      [orgId, collection, ids],
    );
    const held =
      keys.length === 0
        ? []
        : await execute<{ key: string; doc_id: string }>(
            client,
            'SELECT key, doc_id FROM unique_keys WHERE org_id = ? AND collection = ? AND key = ANY(?::text[])',
            [orgId, collection, keys],
          );
    const storedById = new Map(stored.map((row) => [row.id, row.data]));
    // Documents of other collections the rules read (a donation's receipt), under the same lock.
    const refs = relatedTo(storedById);
    const related =
      refs.length === 0
        ? []
        : await execute<{ collection: string; id: string; data: SyncDocument }>(
            client,
            `SELECT d.collection, d.id, d.data FROM documents d
             JOIN unnest(?::text[], ?::text[]) AS r(collection, id) ON d.collection = r.collection AND d.id = r.id
             WHERE d.org_id = ?`,
            [refs.map((ref) => ref.collection), refs.map((ref) => ref.id), orgId],
          );
    // The device's count changes only in its association's pushes, under the lock taken above.
    const [device] =
      pushedBy === null
        ? []
        : await execute<{ bytes: string }>(client, 'SELECT bytes FROM devices WHERE id = ? AND org_id = ?', [
            pushedBy,
            orgId,
          ]);
    // The collection's live documents, for the values they hold (a cheque on a slip).
    const live = readsLive
      ? await execute<{ id: string; data: SyncDocument }>(
          client,
          'SELECT id, data FROM documents WHERE org_id = ? AND collection = ? AND deleted = 0',
          [orgId, collection],
        )
      : null;
    return {
      seq,
      bytes: Number(org?.bytes),
      ...(device ? { deviceBytes: Number(device.bytes) } : {}),
      ...(live ? { live: new Map(live.map((row) => [row.id, row.data])) } : {}),
      stored: storedById,
      keyHolders: new Map(held.map((row) => [row.key, row.doc_id])),
      related: new Map(related.map((row) => [relatedKey(row.collection, row.id), row.data])),
    };
  }

  /**
   * One statement a table, whatever the size of the batch: each is a round trip. `planPush` gives
   * every document once, as ON CONFLICT DO UPDATE requires within one statement.
   */
  private async writePush(
    client: PoolClient,
    { orgId, collection, pushedBy }: PendingPush,
    writes: PushWrites,
  ): Promise<void> {
    if (writes.keys.length > 0) {
      await execute(
        client,
        `INSERT INTO unique_keys (org_id, collection, key, doc_id)
         SELECT ?, ?, k.key, k.doc_id FROM unnest(?::text[], ?::text[]) AS k(key, doc_id)
         ON CONFLICT DO NOTHING`,
        [orgId, collection, writes.keys.map((entry) => entry.key), writes.keys.map((entry) => entry.docId)],
      );
    }
    await execute(
      client,
      `INSERT INTO documents (org_id, collection, id, seq, data, pushed_by, deleted)
       SELECT ?, ?, w.id, w.seq, w.data, ?, w.deleted
       FROM unnest(?::text[], ?::bigint[], ?::jsonb[], ?::integer[]) AS w(id, seq, data, deleted)
       ON CONFLICT (org_id, collection, id) DO UPDATE
       SET seq = excluded.seq, data = excluded.data, pushed_by = ${KEEP_AUDIT_AUTHOR}, deleted = excluded.deleted`,
      [
        orgId,
        collection,
        pushedBy,
        writes.documents.map((entry) => entry.id),
        writes.documents.map((entry) => entry.seq),
        writes.documents.map((entry) => JSON.stringify(entry.document)),
        writes.documents.map((entry) => (entry.document._deleted ? 1 : 0)),
      ],
    );
    if (pushedBy !== null) {
      await execute(
        client,
        `INSERT INTO revisions (org_id, seq, collection, doc_id, device_id)
         SELECT ?, w.seq, ?, w.id, ? FROM unnest(?::text[], ?::bigint[]) AS w(id, seq)`,
        [
          orgId,
          collection,
          pushedBy,
          writes.documents.map((entry) => entry.id),
          writes.documents.map((entry) => entry.seq),
        ],
      );
    }
    await execute(client, 'UPDATE organisations SET seq = ?, bytes = ? WHERE id = ?', [
      writes.seq,
      writes.bytes,
      orgId,
    ]);
    if (pushedBy !== null && writes.deviceBytes !== undefined) {
      await execute(client, 'UPDATE devices SET bytes = ? WHERE id = ?', [writes.deviceBytes, pushedBy]);
    }
    // Delivered to the other processes at COMMIT, never for a rolled-back push.
    await execute(client, 'SELECT pg_notify(?, ?)', [
      CHANGES_CHANNEL,
      changeNotice(this.instance, { orgId, collection, seq: writes.seq }),
    ]);
  }

  async watchChanges(watcher: ChangeWatcher): Promise<() => Promise<void>> {
    return watchChanges(this.databaseUrl, this.instance, watcher);
  }

  async backup(): Promise<void> {
    throw new StoreError(
      'BACKUP_UNSUPPORTED',
      'La sauvegarde d’une base PostgreSQL se fait avec ses propres outils, serveur en marche : ' +
        'pg_dump --format=custom --file=tilleul.dump URL (une image cohérente de la base), ' +
        'restaurée dans une base vide par pg_restore --no-owner --dbname=URL tilleul.dump.',
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
