import { asDeviceId } from '@shared/ids';
import { z } from 'zod';
import { isoDateTime } from '@shared/schema/common';
import { deviceScopeSchema } from '@shared/sync/protocol';
import type { TilleulDatabase } from '@renderer/data/database';
import type { DeviceIdentity } from '@renderer/data/device';
import { SyncApi } from '@renderer/sync/api-client';
import type { FetchLike } from '@renderer/sync/api-client';
import { normaliseServerAddress } from '@renderer/sync/server-address';
import { SyncError } from '@renderer/sync/sync-error';

/**
 * This device's membership of a server, in an RxDB local document: it never syncs, stays in
 * IndexedDB with the data it protects (the token is never put in localStorage, which every
 * script of the origin reads synchronously), and is checked with zod whenever it is read.
 */
export const enrolmentSchema = z.object({
  serverUrl: z.string().url(),
  token: z.string().min(32).max(200),
  orgId: z.string().min(1).max(100),
  orgName: z.string().max(200),
  deviceId: z.string().min(1).max(40).transform(asDeviceId),
  deviceName: z.string().max(80),
  scope: deviceScopeSchema,
  series: z.string().regex(/^[A-Z]{1,2}$/),
  enrolledAt: isoDateTime,
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** What the screens may show: everything but the token. */
export type EnrolmentSummary = Omit<Enrolment, 'token'>;

const ENROLMENT_DOCUMENT = 'sync-enrolment';
/** The identity document of renderer/data/device.ts. */
const DEVICE_DOCUMENT = 'device';

export async function readEnrolment(db: TilleulDatabase): Promise<Enrolment | undefined> {
  const stored = await db.getLocal<Enrolment>(ENROLMENT_DOCUMENT);
  if (!stored) return undefined;
  const parsed = enrolmentSchema.safeParse(stored.toJSON().data);
  if (parsed.success) return parsed.data;
  // A damaged enrolment is set aside, not silently dropped: the device then works standalone
  // until someone enrols it again, and the broken copy is there for whoever investigates.
  await db.upsertLocal(`${ENROLMENT_DOCUMENT}-damaged-${Date.now()}`, { raw: stored.toJSON().data });
  await stored.remove();
  return undefined;
}

/**
 * Stores the enrolment and gives the device the server's identity (id and receipt series).
 * Documents already written under the standalone id keep it: they were written by that device.
 */
export async function saveEnrolment(db: TilleulDatabase, enrolment: Enrolment): Promise<void> {
  const valid = enrolmentSchema.parse(enrolment);
  await db.upsertLocal<Enrolment>(ENROLMENT_DOCUMENT, valid);
  const identity: DeviceIdentity = { deviceId: valid.deviceId, series: valid.series };
  await db.upsertLocal<DeviceIdentity>(DEVICE_DOCUMENT, identity);
}

/**
 * Leaves the server: replication stops for good and the token is forgotten. The device keeps the
 * identity and series the server gave it, so receipts it numbers afterwards cannot collide with
 * those of a standalone device's series A.
 */
export async function clearEnrolment(db: TilleulDatabase): Promise<void> {
  const stored = await db.getLocal(ENROLMENT_DOCUMENT);
  await stored?.remove();
}

export interface EnrolRequestInput {
  address: string;
  code: string;
  deviceName: string;
}

/** Redeems an enrolment code on the server and stores the result (nothing stored on failure). */
export async function enrolDevice(
  db: TilleulDatabase,
  input: EnrolRequestInput,
  options: { fetch?: FetchLike; now?: () => Date } = {},
): Promise<Enrolment> {
  const baseUrl = normaliseServerAddress(input.address);
  if (!baseUrl) throw new SyncError('INVALID_ADDRESS', input.address);
  const api = new SyncApi({ baseUrl, fetch: options.fetch, timeoutMs: 15_000 });
  const reply = await api.enrol({ code: input.code.trim(), name: input.deviceName.trim() });
  const enrolment: Enrolment = {
    serverUrl: baseUrl,
    token: reply.token,
    orgId: reply.orgId,
    orgName: reply.orgName,
    deviceId: asDeviceId(reply.deviceId),
    deviceName: reply.name,
    scope: reply.scope,
    series: reply.series,
    enrolledAt: (options.now?.() ?? new Date()).toISOString(),
  };
  await saveEnrolment(db, enrolment);
  return enrolment;
}

export function summarise(enrolment: Enrolment): EnrolmentSummary {
  const { token: _token, ...summary } = enrolment;
  return summary;
}
