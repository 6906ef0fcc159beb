import { z } from 'zod';
import { asDeviceId, newDeviceId } from '@shared/ids';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * This install's identity, kept in an RxDB local document: it never syncs. Without a server the
 * device works alone with receipt series « A » (DESIGN.md, Sync).
 */
const deviceIdentitySchema = z.object({
  deviceId: z.string().min(1).max(40).transform(asDeviceId),
  series: z.string().regex(/^[A-Z]{1,2}$/),
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

const DEVICE_DOCUMENT = 'device';

export async function getDeviceIdentity(db: TilleulDatabase): Promise<DeviceIdentity> {
  const existing = await db.getLocal<DeviceIdentity>(DEVICE_DOCUMENT);
  if (existing) {
    const parsed = deviceIdentitySchema.safeParse(existing.toJSON().data);
    if (parsed.success) return parsed.data;
    // A damaged identity is replaced, but its content is kept beside it for whoever investigates.
    await db.upsertLocal(`${DEVICE_DOCUMENT}-damaged-${Date.now()}`, { raw: existing.toJSON().data });
    await existing.remove();
  }
  const identity: DeviceIdentity = { deviceId: newDeviceId(), series: 'A' };
  try {
    await db.insertLocal(DEVICE_DOCUMENT, identity);
    return identity;
  } catch {
    // Another tab created it first (insertLocal refuses an existing id): use that one.
    const winner = await db.getLocal<DeviceIdentity>(DEVICE_DOCUMENT);
    return deviceIdentitySchema.parse(winner?.toJSON().data);
  }
}
