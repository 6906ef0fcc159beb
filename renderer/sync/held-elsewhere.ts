import { z } from 'zod';
import { slipClashes } from '@shared/deposits/deposit-rules';
import type { DepositDocument } from '@shared/deposits/deposit';
import type { TilleulDatabase } from '@renderer/data/database';
import { withoutMeta } from '@renderer/data/without-meta';
import type { PushRow } from '@shared/sync/protocol';

/**
 * Issue 17: a slip the server refused because another device had put one of its cheques on a
 * slip first (409 `HELD_ELSEWHERE`). The push handler drops the refused row so the rest of the
 * batch leaves, and RxDB then counts the slip as sent: once the clash is gone (the other slip
 * undone, here or elsewhere), nothing would ever send it again, and the slip would stay on this
 * device only while its cheques read as deposited. So the refused slips are remembered here (a
 * local document, not synced, across restarts) and sent again, as they stand, once no other slip
 * holds their cheques; a slip undone here meanwhile is forgotten (its deletion leaves as any change).
 */

const KEY = 'held-elsewhere-slips';
const storedSchema = z.object({ ids: z.array(z.string()).max(1000) });

export async function heldElsewhere(db: TilleulDatabase): Promise<string[]> {
  const parsed = storedSchema.safeParse((await db.getLocal(KEY))?.toJSON().data);
  return parsed.success ? parsed.data.ids : [];
}

async function keep(db: TilleulDatabase, ids: readonly string[]): Promise<void> {
  await db.upsertLocal(KEY, { ids: [...new Set(ids)] });
}

/** Remembers a slip the server refused for a cheque held on another slip. */
export async function rememberHeldElsewhere(db: TilleulDatabase, id: string): Promise<void> {
  const ids = await heldElsewhere(db);
  if (!ids.includes(id)) await keep(db, [...ids, id]);
}

/** Sends one slip as it stands here; resolves `true` when the server took it (or holds a version). */
export type SlipSender = (row: PushRow) => Promise<boolean>;

/**
 * Sends again each remembered slip that no other slip here clashes with any more; forgets those
 * sent and those no longer here. A slip still clashing waits; a send that fails (offline, refused
 * again) keeps it for the next time. Says which were sent, and whether a send failed.
 */
export async function resendFreedSlips(
  db: TilleulDatabase,
  deviceId: string,
  send: SlipSender,
): Promise<{ sent: string[]; failed: boolean }> {
  const ids = await heldElsewhere(db);
  if (ids.length === 0) return { sent: [], failed: false };
  const slips = (await db.deposits.find().exec()).map((doc) => withoutMeta<DepositDocument>(doc.toJSON()));
  const clashing = new Set(slipClashes(slips, deviceId).map((clash) => clash.slip.id));
  const byId = new Map(slips.map((slip) => [slip.id, slip]));
  const waiting: string[] = [];
  const sent: string[] = [];
  let failed = false;
  for (const id of ids) {
    const slip = byId.get(id);
    if (!slip) continue;
    if (clashing.has(id)) {
      waiting.push(id);
      continue;
    }
    const taken = await send({ newDocumentState: { ...slip, _deleted: false } }).catch(() => false);
    (taken ? sent : waiting).push(id);
    failed ||= !taken;
  }
  // Read again: a refusal met while sending may have remembered a slip meanwhile.
  const now = await heldElsewhere(db);
  await keep(
    db,
    now.filter((id) => waiting.includes(id) || !ids.includes(id)),
  );
  return { sent, failed };
}
