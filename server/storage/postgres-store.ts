import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { PoolClient } from 'pg';
import { z } from 'zod';
import type { DeviceScope, SyncDocument } from '@shared/sync/protocol';
import { seriesForIndex } from '@server/security/series';
import { decidePushRow } from '@server/storage/push-decision';
import { DuplicatesFound, StoreError } from '@server/storage/store';
import type {
  ChangeWatcher,
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

/** `MIGRATIONS[n]` brings the database to schema version n + 1. Never edit a shipped step. */
const MIGRATIONS = [
  `
  CREATE TABLE organisations (
    id text PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL,
    seq bigint NOT NULL DEFAULT 0,
    series_count integer NOT NULL DEFAULT 0
  );
  CREATE TABLE devices (
    id text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations(id),
    name text NOT NULL,
    scope text NOT NULL CHECK (scope IN ('office', 'door')),
    series text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    UNIQUE (org_id, series)
  );
  CREATE TABLE enrolment_codes (
    code_hash text PRIMARY KEY,
    org_id text NOT NULL REFERENCES organisations(id),
    scope text NOT NULL CHECK (scope IN ('office', 'door')),
    name text,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    device_id text
  );
  CREATE TABLE documents (
    org_id text NOT NULL REFERENCES organisations(id),
    collection text NOT NULL,
    id text NOT NULL,
    seq bigint NOT NULL,
    data jsonb NOT NULL,
    PRIMARY KEY (org_id, collection, id)
  );
  CREATE UNIQUE INDEX documents_by_seq ON documents (org_id, collection, seq);
  `,
  `
  CREATE TABLE unique_keys (
    org_id text NOT NULL REFERENCES organisations(id),
    collection text NOT NULL,
    key text NOT NULL,
    doc_id text NOT NULL,
    PRIMARY KEY (org_id, collection, key)
  );
  `,
];

/** The channel of change notices between server processes sharing one database. */
const CHANGES_CHANNEL = 'tilleul_changes';

const noticeSchema = z.object({
  instance: z.string(),
  orgId: z.string(),
  collection: z.string(),
  seq: z.number().int().min(1),
});

/** Reconnection delays of the LISTEN connection: 0.5 s doubling to 30 s. */
const WATCH_RETRY_MS = { first: 500, max: 30_000 };

/** Any constant: it only has to be the same for every Tilleul process migrating this database. */
const MIGRATION_LOCK = 7_411_101;

interface DeviceRow {
  id: string;
  org_id: string;
  name: string;
  scope: DeviceScope;
  series: string;
  created_at: Date;
  revoked_at: Date | null;
}

interface OrganisationRow {
  id: string;
  name: string;
  created_at: Date;
}

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  orgId: row.org_id,
  name: row.name,
  scope: row.scope,
  series: row.series,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
});

const DEVICE_COLUMNS = 'id, org_id, name, scope, series, created_at, revoked_at';

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private readonly databaseUrl: string;
  /** Tells this process's notices from the others' (it publishes its own pushes itself). */
  private readonly instance = randomUUID();

  private constructor(pool: pg.Pool, databaseUrl: string) {
    this.pool = pool;
    this.databaseUrl = databaseUrl;
  }

  static async open(databaseUrl: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle client that loses its connection (server restart) must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, databaseUrl);
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
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS tilleul_schema (version integer NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM tilleul_schema');
      let version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO tilleul_schema (version) VALUES (0)');
      for (; version < MIGRATIONS.length; version++) {
        await client.query(MIGRATIONS[version] as string);
        await client.query('UPDATE tilleul_schema SET version = $1', [version + 1]);
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

  async createOrganisation(organisation: Organisation): Promise<void> {
    await this.pool.query('INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3)', [
      organisation.id,
      organisation.name,
      organisation.createdAt,
    ]);
  }

  async getOrganisation(id: string): Promise<Organisation | undefined> {
    const { rows } = await this.pool.query<OrganisationRow>(
      'SELECT id, name, created_at FROM organisations WHERE id = $1',
      [id],
    );
    return rows[0] && toOrganisation(rows[0]);
  }

  async createEnrolmentCode(code: NewEnrolmentCode): Promise<void> {
    await this.pool.query(
      `INSERT INTO enrolment_codes (code_hash, org_id, scope, name, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [code.codeHash, code.orgId, code.scope, code.name, code.createdAt, code.expiresAt],
    );
  }

  async redeemEnrolmentCode(redemption: Redemption): Promise<RedeemResult> {
    return this.transaction(async (client): Promise<RedeemResult> => {
      // FOR UPDATE: two devices typing the same code at once queue here, and the second sees it used.
      const { rows } = await client.query<{
        org_id: string;
        scope: DeviceScope;
        name: string | null;
        expires_at: Date;
        used_at: Date | null;
      }>(
        'SELECT org_id, scope, name, expires_at, used_at FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE',
        [redemption.codeHash],
      );
      const code = rows[0];
      if (!code) return { ok: false, reason: 'unknown' };
      if (code.used_at) return { ok: false, reason: 'used' };
      if (code.expires_at.getTime() <= Date.parse(redemption.now)) return { ok: false, reason: 'expired' };
      // The organisation's row lock also orders concurrent enrolments, so series letters are unique.
      const org = await client.query<OrganisationRow & { series_index: number }>(
        `UPDATE organisations SET series_count = series_count + 1 WHERE id = $1
         RETURNING id, name, created_at, series_count - 1 AS series_index`,
        [code.org_id],
      );
      const organisation = org.rows[0] as OrganisationRow & { series_index: number };
      const device: Device = {
        id: redemption.deviceId,
        orgId: code.org_id,
        name: code.name ?? redemption.deviceName,
        scope: code.scope,
        series: seriesForIndex(organisation.series_index),
        createdAt: redemption.now,
        revokedAt: null,
      };
      await client.query(
        `INSERT INTO devices (id, org_id, name, scope, series, token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          device.id,
          device.orgId,
          device.name,
          device.scope,
          device.series,
          redemption.tokenHash,
          device.createdAt,
        ],
      );
      await client.query('UPDATE enrolment_codes SET used_at = $1, device_id = $2 WHERE code_hash = $3', [
        redemption.now,
        device.id,
        redemption.codeHash,
      ]);
      return { ok: true, device, organisation: toOrganisation(organisation) };
    });
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const { rows } = await this.pool.query<DeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] && toDevice(rows[0]);
  }

  async listDevices(orgId?: string): Promise<Device[]> {
    const { rows } =
      orgId === undefined
        ? await this.pool.query<DeviceRow>(
            `SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY org_id, created_at, id`,
          )
        : await this.pool.query<DeviceRow>(
            `SELECT ${DEVICE_COLUMNS} FROM devices WHERE org_id = $1 ORDER BY created_at, id`,
            [orgId],
          );
    return rows.map(toDevice);
  }

  async revokeDevice(id: string, now: string): Promise<Device | undefined> {
    await this.pool.query('UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
      now,
      id,
    ]);
    const { rows } = await this.pool.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toDevice(rows[0]);
  }

  async pull(orgId: string, collection: string, afterSeq: number, limit: number): Promise<PullPage> {
    const { rows } = await this.pool.query<{ seq: string; data: SyncDocument }>(
      `SELECT seq, data FROM documents WHERE org_id = $1 AND collection = $2 AND seq > $3
       ORDER BY seq LIMIT $4`,
      [orgId, collection, afterSeq, limit],
    );
    const last = rows.at(-1);
    return { documents: rows.map((row) => row.data), seq: last ? Number(last.seq) : afterSeq };
  }

  async push(
    orgId: string,
    collection: string,
    rows: readonly StoredRow[],
    rules: CollectionRules = {},
  ): Promise<PushOutcome> {
    try {
      return await this.transaction((client) => this.pushIn(client, orgId, collection, rows, rules));
    } catch (error) {
      if (error instanceof DuplicatesFound) return { duplicates: error.duplicates };
      throw error;
    }
  }

  private async pushIn(
    client: PoolClient,
    orgId: string,
    collection: string,
    rows: readonly StoredRow[],
    rules: CollectionRules,
  ): Promise<PushOutcome> {
    // The organisation's row lock is taken first and held until COMMIT. Every push of this
    // association therefore compares, assigns sequences and commits one after the other: a
    // sequence can never become visible before a smaller one (a pull from a checkpoint would
    // skip it forever), and two pushes over the same document cannot both see it unchanged.
    // Under READ COMMITTED the reads below start after the lock, so they see the last commit.
    const org = await client.query<{ seq: string }>(
      'SELECT seq FROM organisations WHERE id = $1 FOR UPDATE',
      [orgId],
    );
    if (!org.rows[0]) throw new StoreError('ORGANISATION_UNKNOWN', `organisation ${orgId} absente`);
    const startSeq = Number(org.rows[0].seq);

    const ids = [...new Set(rows.map((row) => row.newDocumentState.id))];
    const existing = await client.query<{ id: string; data: SyncDocument }>(
      'SELECT id, data FROM documents WHERE org_id = $1 AND collection = $2 AND id = ANY($3::text[])',
      [orgId, collection, ids],
    );
    const current = new Map(existing.rows.map((row) => [row.id, row.data]));
    const written = new Map<string, SyncDocument>();
    const conflicts: SyncDocument[] = [];
    const keyed: { row: number; id: string; key: string }[] = [];
    let forbidden = 0;
    rows.forEach((row, index) => {
      const id = row.newDocumentState.id;
      const stored = current.get(id);
      const decision = decidePushRow(stored, row, rules);
      if ((decision === 'conflict' || decision === 'forbidden') && stored) conflicts.push(stored);
      if (decision === 'forbidden') forbidden += 1;
      if (decision !== 'write') return;
      current.set(id, row.newDocumentState);
      written.set(id, row.newDocumentState);
      const key = rules.uniqueKey?.(row.newDocumentState) ?? null;
      if (key !== null) keyed.push({ row: index, id, key });
    });
    if (keyed.length > 0) await this.takeKeys(client, orgId, collection, keyed);
    if (written.size === 0) return { conflicts, lastSeq: null, forbidden };

    // One statement for the batch; a document written twice in the batch is stored once.
    const writtenIds = [...written.keys()];
    const seqs = writtenIds.map((_, index) => startSeq + index + 1);
    const data = writtenIds.map((id) => JSON.stringify(written.get(id)));
    await client.query(
      `INSERT INTO documents (org_id, collection, id, seq, data)
       SELECT $1, $2, w.id, w.seq, w.data
       FROM unnest($3::text[], $4::bigint[], $5::jsonb[]) AS w(id, seq, data)
       ON CONFLICT (org_id, collection, id) DO UPDATE SET seq = excluded.seq, data = excluded.data`,
      [orgId, collection, writtenIds, seqs, data],
    );
    const lastSeq = startSeq + writtenIds.length;
    await client.query('UPDATE organisations SET seq = $2 WHERE id = $1', [orgId, lastSeq]);
    // Delivered to the other processes at COMMIT, never for a rolled-back push.
    await client.query('SELECT pg_notify($1, $2)', [
      CHANGES_CHANNEL,
      JSON.stringify({ instance: this.instance, orgId, collection, seq: lastSeq }),
    ]);
    return { conflicts, lastSeq, forbidden };
  }

  /**
   * LISTEN on a connection of its own (a pooled one would be handed to other queries). When
   * the connection drops it comes back with growing delays, and `onGap` says notices may have
   * been missed in between.
   */
  async watchChanges(watcher: ChangeWatcher): Promise<() => Promise<void>> {
    let stopped = false;
    let client: pg.Client | undefined;
    let retryTimer: NodeJS.Timeout | undefined;
    let delay = WATCH_RETRY_MS.first;

    const connect = async (): Promise<void> => {
      const next = new pg.Client({ connectionString: this.databaseUrl });
      next.on('notification', (message) => {
        if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
        let parsed: z.infer<typeof noticeSchema>;
        try {
          parsed = noticeSchema.parse(JSON.parse(message.payload));
        } catch {
          return;
        }
        if (parsed.instance === this.instance) return;
        watcher.onChange({ orgId: parsed.orgId, collection: parsed.collection, seq: parsed.seq });
      });
      next.on('error', () => retry(next));
      next.on('end', () => retry(next));
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      client = next;
      delay = WATCH_RETRY_MS.first;
    };

    const retry = (failed: pg.Client) => {
      if (stopped || client !== failed) return;
      client = undefined;
      failed.end().catch(() => undefined);
      const attempt = () => {
        retryTimer = undefined;
        if (stopped) return;
        connect().then(
          () => {
            if (stopped) {
              const late = client;
              client = undefined;
              late?.end().catch(() => undefined);
              return;
            }
            watcher.onGap();
          },
          () => {
            delay = Math.min(delay * 2, WATCH_RETRY_MS.max);
            retryTimer = setTimeout(attempt, delay);
          },
        );
      };
      retryTimer = setTimeout(attempt, delay);
    };

    await connect();
    return async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    };
  }

  /** Records the keys of written rows, or throws `DuplicatesFound` when another document holds one. */
  private async takeKeys(
    client: PoolClient,
    orgId: string,
    collection: string,
    keyed: readonly { row: number; id: string; key: string }[],
  ): Promise<void> {
    const { rows: held } = await client.query<{ key: string; doc_id: string }>(
      'SELECT key, doc_id FROM unique_keys WHERE org_id = $1 AND collection = $2 AND key = ANY($3::text[])',
      [orgId, collection, keyed.map((entry) => entry.key)],
    );
    const holders = new Map(held.map((row) => [row.key, row.doc_id]));
    const duplicates: DuplicateKey[] = [];
    for (const entry of keyed) {
      const holder = holders.get(entry.key);
      if (holder !== undefined && holder !== entry.id) {
        duplicates.push({ row: entry.row, documentId: entry.id, key: entry.key, heldBy: holder });
      } else {
        holders.set(entry.key, entry.id);
      }
    }
    if (duplicates.length > 0) throw new DuplicatesFound(duplicates);
    await client.query(
      `INSERT INTO unique_keys (org_id, collection, key, doc_id)
       SELECT $1, $2, k.key, k.doc_id FROM unnest($3::text[], $4::text[]) AS k(key, doc_id)
       ON CONFLICT DO NOTHING`,
      [orgId, collection, keyed.map((entry) => entry.key), keyed.map((entry) => entry.id)],
    );
  }

  async backup(): Promise<void> {
    throw new StoreError(
      'BACKUP_UNSUPPORTED',
      'La sauvegarde d’une base PostgreSQL se fait avec ses propres outils : pg_dump ou pg_basebackup.',
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
