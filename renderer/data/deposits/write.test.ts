import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCheque } from '@shared/deposits/testing';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import { readAll } from '@renderer/data/read-all';
import { DepositRuleError, markDeposited, prepareDeposit, undoDeposit } from '@renderer/data/deposits/write';

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 60_000));
const TREASURER = { id: userId('tresoriere-1'), name: 'Jeanne Morel', role: 'treasurer' } as const;
const office = { userId: TREASURER.id, deviceId: deviceId('pc-1'), now };
const request = (keys: string[], date = '2026-03-05') => ({
  date,
  cheques: keys.map((key, index) => ({ ...makeCheque(key, 1_000 * (index + 1)), sourceId: 'x' })),
  preparedByName: TREASURER.name,
  series: 'A',
});

beforeEach(async () => {
  clock = Date.parse('2026-03-05T09:00:00.000Z');
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set(TREASURER);
});
afterEach(() => db.close());

describe('deposit slips in the database', () => {
  it('makes a numbered slip with its totals, then another with the next number', async () => {
    const first = await prepareDeposit(db, office, { ...request(['donation:a', 'membership:b']), cash: 500 });
    expect(first).toMatchObject({
      number: '2026-A-0001',
      status: 'prepared',
      total: 3_500,
      count: 2,
      cash: 500,
    });
    expect(first.cheques.map((cheque) => cheque.key)).toEqual(['donation:a', 'membership:b']);
    expect(first.cheques[0]).not.toHaveProperty('sourceId');
    const second = await prepareDeposit(db, office, request(['door:e:p']));
    expect(second.number).toBe('2026-A-0002');
    expect(await readAll(db.deposits)).toHaveLength(2);
  });

  it('refuses a cheque already on a slip, and writes nothing', async () => {
    await prepareDeposit(db, office, request(['donation:a']));
    const refused = await prepareDeposit(db, office, request(['donation:b', 'donation:a'])).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DepositRuleError);
    expect(refused).toMatchObject({ key: 'deposits.alreadyOnSlip', values: { number: '2026-A-0001' } });
    expect(await readAll(db.deposits)).toHaveLength(1);
  });

  it('undoes a prepared slip (its cheques to deposit again, its number given back), never a deposited one', async () => {
    const slip = await prepareDeposit(db, office, request(['donation:a']));
    await undoDeposit(db, slip.id);
    expect(await readAll(db.deposits)).toHaveLength(0);
    const again = await prepareDeposit(db, office, request(['donation:a']));
    expect(again.number).toBe('2026-A-0001');

    const deposited = await markDeposited(db, office, again.id, '2026-03-06');
    expect(deposited).toMatchObject({ status: 'deposited', depositedOn: '2026-03-06' });
    await expect(undoDeposit(db, again.id)).rejects.toMatchObject({ key: 'deposits.deposited' });
    await expect(markDeposited(db, office, again.id, '2026-03-07')).rejects.toMatchObject({
      key: 'deposits.deposited',
    });
    // Whatever calls RxDB directly meets the write guard: a deposited slip stays as the bank stamped it.
    const stored = await db.deposits.findOne(again.id).exec(true);
    await expect(stored.remove()).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(stored.incrementalPatch({ notes: 'changé' })).rejects.toMatchObject({
      decision: { reason: 'permissions.deposits.deposited' },
    });
    // A prepared slip's content is frozen too: it may already be printed.
    const other = await prepareDeposit(db, office, request(['donation:z']));
    const doc = await db.deposits.findOne(other.id).exec(true);
    await expect(doc.incrementalPatch({ account: 'Autre compte' })).rejects.toMatchObject({
      decision: { reason: 'permissions.deposits.frozen' },
    });
  });

  it('is the treasurer’s and the administrator’s: the secretary may not make a slip', async () => {
    session.set({ id: userId('sec-1'), name: 'Sophie', role: 'secretary' });
    await expect(prepareDeposit(db, office, request(['donation:a']))).rejects.toMatchObject({
      decision: { action: 'deposits.manage' },
    });
    session.set({ id: userId('admin-1'), name: 'Anne', role: 'admin' });
    await expect(prepareDeposit(db, office, request(['donation:a']))).resolves.toMatchObject({ count: 1 });
  });
});
