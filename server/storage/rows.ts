import type { DeviceScope, SyncDocument } from '@shared/sync/protocol';
import type { Device, Organisation } from '@server/storage/store';

/** SQLite keeps a time as the ISO text it was given; node-postgres reads timestamptz as a Date. */
export type StoredTime = string | Date;

/** SQLite keeps a document as JSON text; node-postgres parses jsonb itself. */
export type StoredDocument = string | SyncDocument;

/** node-postgres reads bigint as a string (it may pass 2^53); SQLite reads a number. */
export type StoredSeq = number | string;

export interface OrganisationRow {
  id: string;
  name: string;
  created_at: StoredTime;
}

export interface DeviceRow {
  id: string;
  org_id: string;
  name: string;
  scope: DeviceScope;
  series: string;
  created_at: StoredTime;
  revoked_at: StoredTime | null;
  enrolled_seq: StoredSeq;
}

/** Not the token hash: a device read back never carries it. */
export const DEVICE_COLUMNS = 'id, org_id, name, scope, series, created_at, revoked_at, enrolled_seq';

export const isoTime = (time: StoredTime): string => (typeof time === 'string' ? time : time.toISOString());

export const toDocument = (data: StoredDocument): SyncDocument =>
  typeof data === 'string' ? (JSON.parse(data) as SyncDocument) : data;

export const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  createdAt: isoTime(row.created_at),
});

export const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  orgId: row.org_id,
  name: row.name,
  scope: row.scope,
  series: row.series,
  createdAt: isoTime(row.created_at),
  revokedAt: row.revoked_at === null ? null : isoTime(row.revoked_at),
  enrolledSeq: Number(row.enrolled_seq),
});
