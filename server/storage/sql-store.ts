import { pendingPush } from '@server/storage/push-plan';
import type { PendingPush } from '@server/storage/push-plan';
import { DEVICE_COLUMNS, toDevice, toDocument, toOrganisation } from '@server/storage/rows';
import type { DeviceRow, OrganisationRow, StoredDocument, StoredSeq } from '@server/storage/rows';
import type {
  CollectionRules,
  Device,
  HelloAssoLinkRow,
  NewEnrolmentCode,
  Organisation,
  PullOptions,
  PullPage,
  PushOutcome,
  StoredRow,
  StoreLimits,
} from '@server/storage/store';
import { DEFAULT_ASSOCIATION_BYTES } from '@server/storage/store';

/**
 * The core both stores share: every statement that needs no transaction, written once with a
 * `?` for each parameter, and the push. A backend (`sqlite-store.ts`, `postgres-store.ts`) says
 * how to run a statement and a push transaction, and adds what differs: migrating, redeeming a
 * code (its statements are in `enrolment.ts`) and backup.
 */
export abstract class SqlStore {
  constructor(private readonly limits: StoreLimits) {}

  /** Runs one statement on its own: the rows it returns, none for a write without RETURNING. */
  protected abstract query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;

  /** SQL for the size in bytes of the stored JSON text of `data` (PostgreSQL: jsonb's text). */
  protected abstract readonly dataBytes: string;

  /** Runs the push in one transaction; see `PendingPush`. */
  protected abstract pushTransaction(push: PendingPush): Promise<PushOutcome>;

  async createOrganisation(organisation: Organisation): Promise<void> {
    await this.query('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)', [
      organisation.id,
      organisation.name,
      organisation.createdAt,
    ]);
  }

  async getOrganisation(id: string): Promise<Organisation | undefined> {
    const [row] = await this.query<OrganisationRow>(
      'SELECT id, name, created_at FROM organisations WHERE id = ?',
      [id],
    );
    return row && toOrganisation(row);
  }

  async createEnrolmentCode(code: NewEnrolmentCode): Promise<void> {
    await this.query(
      `INSERT INTO enrolment_codes (code_hash, org_id, scope, name, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [code.codeHash, code.orgId, code.scope, code.name, code.createdAt, code.expiresAt],
    );
  }

  async findDeviceByTokenHash(tokenHash: string): Promise<Device | undefined> {
    const [row] = await this.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`, [
      tokenHash,
    ]);
    return row && toDevice(row);
  }

  async listDevices(orgId?: string): Promise<Device[]> {
    const rows =
      orgId === undefined
        ? await this.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY org_id, created_at, id`)
        : await this.query<DeviceRow>(
            `SELECT ${DEVICE_COLUMNS} FROM devices WHERE org_id = ? ORDER BY created_at, id`,
            [orgId],
          );
    return rows.map(toDevice);
  }

  /** One statement, so that revoking twice keeps the first date without a transaction. */
  async getHelloAssoLink(orgId: string): Promise<HelloAssoLinkRow | undefined> {
    const [row] = await this.query<{
      org_id: string;
      client_id: string;
      sealed_secret: string;
      organization_slug: string;
      fetched_until: string;
      updated_at: string;
    }>(
      `SELECT org_id, client_id, sealed_secret, organization_slug, fetched_until, updated_at
       FROM helloasso_links WHERE org_id = ?`,
      [orgId],
    );
    return (
      row && {
        orgId: row.org_id,
        clientId: row.client_id,
        sealedSecret: row.sealed_secret,
        organizationSlug: row.organization_slug,
        fetchedUntil: row.fetched_until,
        updatedAt: row.updated_at,
      }
    );
  }

  async saveHelloAssoLink(link: Omit<HelloAssoLinkRow, 'fetchedUntil'>): Promise<void> {
    // Another account or another association on HelloAsso: its orders are fetched from the start.
    await this.query(
      `INSERT INTO helloasso_links (org_id, client_id, sealed_secret, organization_slug, fetched_until, updated_at)
       VALUES (?, ?, ?, ?, '', ?)
       ON CONFLICT (org_id) DO UPDATE SET
         fetched_until = CASE WHEN helloasso_links.organization_slug = excluded.organization_slug
           THEN helloasso_links.fetched_until ELSE '' END,
         client_id = excluded.client_id, sealed_secret = excluded.sealed_secret,
         organization_slug = excluded.organization_slug, updated_at = excluded.updated_at`,
      [link.orgId, link.clientId, link.sealedSecret, link.organizationSlug, link.updatedAt],
    );
  }

  async deleteHelloAssoLink(orgId: string): Promise<void> {
    await this.query('DELETE FROM helloasso_links WHERE org_id = ?', [orgId]);
  }

  async setHelloAssoFetchedUntil(orgId: string, fetchedUntil: string, now: string): Promise<boolean> {
    const rows = await this.query<{ org_id: string }>(
      'UPDATE helloasso_links SET fetched_until = ?, updated_at = ? WHERE org_id = ? RETURNING org_id',
      [fetchedUntil, now, orgId],
    );
    return rows.length > 0;
  }

  async revokeDevice(id: string, now: string): Promise<Device | undefined> {
    const [row] = await this.query<DeviceRow>(
      `UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? RETURNING ${DEVICE_COLUMNS}`,
      [now, id],
    );
    return row && toDevice(row);
  }

  /**
   * Two statements, so that no more than `maxBytes` of documents (one at least) is ever read:
   * the sizes of the page first, then the documents up to the last that fits. A push between
   * the two moves a document of the page to a higher sequence (a later page has it) and adds
   * none below the cut: new sequences are above every committed one.
   *
   * The deletions at or below `skipDeletionsUpTo` are left out (issue 19). When the page ends
   * the collection, its checkpoint passes them too: every document at or below that sequence is
   * either returned or such a deletion, and no later write can take a sequence that low.
   */
  async pull(
    orgId: string,
    collection: string,
    afterSeq: number,
    limit: number,
    maxBytes = Number.POSITIVE_INFINITY,
    options: PullOptions = {},
  ): Promise<PullPage> {
    const skipUpTo = options.skipDeletionsUpTo ?? 0;
    const sizes = await this.query<{ seq: StoredSeq; size: StoredSeq }>(
      `SELECT seq, ${this.dataBytes} AS size FROM documents
       WHERE org_id = ? AND collection = ? AND seq > ? AND (seq > ? OR deleted = 0) ORDER BY seq LIMIT ?`,
      [orgId, collection, afterSeq, skipUpTo, limit],
    );
    let total = 0;
    let cut = 0;
    for (const row of sizes) {
      total += Number(row.size);
      if (cut > 0 && total > maxBytes) break;
      cut += 1;
    }
    const last = sizes[cut - 1];
    const ended = sizes.length < limit;
    if (!last)
      return {
        documents: [],
        seq: Math.max(afterSeq, ended ? skipUpTo : 0),
        more: false,
        pushedBy: [],
        remaining: 0,
      };
    const lastSeq = Number(last.seq);
    const rows = await this.query<{ data: StoredDocument; pushed_by: string | null }>(
      `SELECT data, pushed_by FROM documents WHERE org_id = ? AND collection = ? AND seq > ? AND seq <= ?
       AND (seq > ? OR deleted = 0) ORDER BY seq`,
      [orgId, collection, afterSeq, lastSeq, skipUpTo],
    );
    const more = cut < sizes.length;
    return {
      documents: rows.map((row) => toDocument(row.data)),
      seq: ended && !more ? Math.max(lastSeq, skipUpTo) : lastSeq,
      more,
      pushedBy: rows.map((row) => row.pushed_by),
      remaining: ended && !more ? 0 : await this.countAfter(orgId, collection, lastSeq, skipUpTo),
    };
  }

  /**
   * The documents a pull from `afterSeq` would return, to the end. Past the skipped deletions the
   * count reads only the sequence index; before them, it subtracts those deletions.
   */
  private async countAfter(orgId: string, collection: string, afterSeq: number, skipUpTo: number) {
    const [all] = await this.query<{ n: StoredSeq }>(
      'SELECT COUNT(*) AS n FROM documents WHERE org_id = ? AND collection = ? AND seq > ?',
      [orgId, collection, afterSeq],
    );
    if (skipUpTo <= afterSeq) return Number(all?.n ?? 0);
    const [skipped] = await this.query<{ n: StoredSeq }>(
      `SELECT COUNT(*) AS n FROM documents
       WHERE org_id = ? AND collection = ? AND seq > ? AND seq <= ? AND deleted <> 0`,
      [orgId, collection, afterSeq, skipUpTo],
    );
    return Number(all?.n ?? 0) - Number(skipped?.n ?? 0);
  }

  async pushedByOf(
    orgId: string,
    collection: string,
    ids: readonly string[],
  ): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    // A few ids at a time: a conflict answer lists at most a push's rows.
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const rows = await this.query<{ id: string; pushed_by: string | null }>(
        `SELECT id, pushed_by FROM documents WHERE org_id = ? AND collection = ? AND id IN (${chunk.map(() => '?').join(', ')})`,
        [orgId, collection, ...chunk],
      );
      for (const row of rows) found.set(row.id, row.pushed_by);
    }
    return found;
  }

  async push(
    orgId: string,
    collection: string,
    rows: readonly StoredRow[],
    rules: CollectionRules = {},
    pushedBy: string | null = null,
  ): Promise<PushOutcome> {
    const maxBytes = this.limits.associationBytes ?? DEFAULT_ASSOCIATION_BYTES;
    const maxDeviceBytes = this.limits.deviceBytes ?? maxBytes / 4;
    return this.pushTransaction(
      pendingPush(orgId, collection, rows, rules, pushedBy, {
        association: maxBytes,
        device: maxDeviceBytes,
      }),
    );
  }
}
