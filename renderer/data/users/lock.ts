import type { DeviceId } from '@shared/ids';
import type { SessionStore } from '@renderer/data/session';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { forgetAdminKey } from '@renderer/data/backup/keyring';

/** Ends the session: the app tree unmounts, nothing of it stays on screen behind the lock. */
export async function lockApp(
  db: TilleulDatabase,
  session: SessionStore,
  deviceId: DeviceId,
  reason: 'manual' | 'idle',
): Promise<void> {
  const user = session.get();
  forgetAdminKey();
  if (!user) return;
  try {
    await appendAudit(
      db,
      { userId: user.id, userName: user.name, deviceId, now: () => new Date() },
      { action: 'lock', detail: reason },
    );
  } finally {
    // Locking must never fail because the log could not be written.
    session.set(null);
  }
}
