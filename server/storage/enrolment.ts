import type { DeviceScope } from '@shared/sync/protocol';
import { seriesForIndex } from '@server/security/series';
import { isoTime, toOrganisation } from '@server/storage/rows';
import type { OrganisationRow, StoredTime } from '@server/storage/rows';
import { StoreError } from '@server/storage/store';
import type { Device, RedeemResult, Redemption } from '@server/storage/store';

export interface CodeRow {
  org_id: string;
  scope: DeviceScope;
  name: string | null;
  expires_at: StoredTime;
  used_at: StoredTime | null;
}

/** `seq`: the association's sequence when the device enrolled (`Device.enrolledSeq`). */
export type SeriesRow = OrganisationRow & { series_index: number; seq: number | string };

/**
 * A redemption's statements, in the order both backends run them in one transaction: read the
 * code, take its organisation's next series, create the device, use the code.
 */
export const ENROLMENT_SQL = {
  readCode: 'SELECT org_id, scope, name, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?',
  takeSeries: `UPDATE organisations SET series_count = series_count + 1 WHERE id = ?
     RETURNING id, name, created_at, series_count - 1 AS series_index, seq`,
  insertDevice: `INSERT INTO devices (id, org_id, name, scope, series, token_hash, created_at, enrolled_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  useCode: 'UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?',
};

export function checkCode(
  code: CodeRow | undefined,
  now: string,
): { ok: true; code: CodeRow } | Extract<RedeemResult, { ok: false }> {
  if (!code) return { ok: false, reason: 'unknown' };
  if (code.used_at) return { ok: false, reason: 'used' };
  if (Date.parse(isoTime(code.expires_at)) <= Date.parse(now)) return { ok: false, reason: 'expired' };
  return { ok: true, code };
}

/** The code's foreign key holds its organisation's row, so `organisation` is there. */
export function enrolment(
  code: CodeRow,
  organisation: SeriesRow | undefined,
  redemption: Redemption,
): Extract<RedeemResult, { ok: true }> {
  if (!organisation) throw new StoreError('ORGANISATION_UNKNOWN', `organisation ${code.org_id} absente`);
  const device: Device = {
    id: redemption.deviceId,
    orgId: code.org_id,
    name: code.name ?? redemption.deviceName,
    scope: code.scope,
    series: seriesForIndex(organisation.series_index),
    createdAt: redemption.now,
    revokedAt: null,
    // Read under the organisation's row lock: every later push has a higher sequence.
    enrolledSeq: Number(organisation.seq),
  };
  return { ok: true, device, organisation: toOrganisation(organisation) };
}

export function deviceValues(device: Device, tokenHash: string): unknown[] {
  return [
    device.id,
    device.orgId,
    device.name,
    device.scope,
    device.series,
    tokenHash,
    device.createdAt,
    device.enrolledSeq,
  ];
}
