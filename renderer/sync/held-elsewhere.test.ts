import { afterEach, describe, expect, it } from 'vitest';
import { makeCheque, makeDeposit } from '@shared/deposits/testing';
import type { PushRow } from '@shared/sync/protocol';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { heldElsewhere, rememberHeldElsewhere, resendFreedSlips } from '@renderer/sync/held-elsewhere';

/**
 * The slips a server refused for a cheque another slip held: which are sent again, which wait,
 * which are forgotten. The real round trip (two devices, a real server, both backends) is in
 * renderer/data/deposits/clash.test.ts; here each branch, with the sender as a plain function.
 */
let db: TilleulDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

const helene = makeCheque('donation:helene', 4500);
const paul = makeCheque('donation:paul', 2000, { number: '0099881' });
const ours = makeDeposit({ id: 'slip-ours', deviceId: 'bureau', cheques: [helene, paul] });
const theirs = makeDeposit({
  id: 'slip-theirs',
  deviceId: 'portable',
  number: '2026-B-0001',
  cheques: [helene],
  createdAt: '2026-03-05T09:00:00.000Z',
});

describe('slips refused because another slip held a cheque', () => {
  it('wait while the clash lasts, are sent once it is gone, then forgotten', async () => {
    db = await createMemoryDatabase();
    await db.deposits.bulkInsert([ours, theirs]);
    await rememberHeldElsewhere(db, ours.id);
    await rememberHeldElsewhere(db, ours.id);
    expect(await heldElsewhere(db)).toEqual([ours.id]);
    const sent: PushRow[] = [];
    const send = (row: PushRow) => {
      sent.push(row);
      return Promise.resolve(true);
    };
    expect(await resendFreedSlips(db, 'bureau', send)).toEqual({ sent: [], failed: false });
    expect(sent).toEqual([]);
    expect(await heldElsewhere(db)).toEqual([ours.id]);

    await (await db.deposits.findOne(theirs.id).exec(true)).remove();
    expect(await resendFreedSlips(db, 'bureau', send)).toEqual({ sent: [ours.id], failed: false });
    expect(sent).toEqual([{ newDocumentState: { ...ours, _deleted: false } }]);
    expect(await heldElsewhere(db)).toEqual([]);
  });

  it('keep a slip whose sending failed, and forget one undone here', async () => {
    db = await createMemoryDatabase();
    await db.deposits.insert(ours);
    await rememberHeldElsewhere(db, ours.id);
    await rememberHeldElsewhere(db, 'slip-undone');
    const offline = () => Promise.reject(new TypeError('fetch failed'));
    expect(await resendFreedSlips(db, 'bureau', offline)).toEqual({ sent: [], failed: true });
    expect(await heldElsewhere(db)).toEqual([ours.id]);
  });
});
