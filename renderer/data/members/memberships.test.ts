import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AuditEntry } from '@shared/audit/audit';
import type { MembershipDocument } from '@shared/members/membership';
import type { MembershipCorrection } from '@shared/members/membership-correction';
import { createStatusResolver } from '@shared/members/status';
import type { TilleulDatabase } from '@renderer/data/database';
import type { Directory } from '@renderer/data/directory';
import {
  cancelMembershipWithReason,
  correctMembership,
  MembershipChangeError,
} from '@renderer/data/members/memberships';
import { CotisationRepeatedError } from '@renderer/data/members/cotisation-rules';
import { closeMembersFile, openMembersFile, waitFor } from '@renderer/data/members/testing';
import { createPerson, takeMembership } from '@renderer/data/members/write';
import { SessionStore } from '@renderer/data/session';
import { saveSetting } from '@renderer/data/settings/write';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import { deviceId, membershipId, seasonId, tariffId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let directory: Directory;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 1000));
const SECRETARY = { id: userId('secretaire-1'), name: 'Sophie Secrétaire', role: 'secretary' } as const;
const DOOR = { id: userId('porte-1'), name: 'Porte 1', role: 'door' } as const;
const context = { userId: SECRETARY.id, deviceId: deviceId('pc-1'), now };
const season = { id: seasonId('s2026'), startsOn: '2026-09-01', endsOn: '2027-08-31' };

beforeEach(async () => {
  clock = Date.parse('2026-09-10T09:00:00.000Z');
  ({ db, directory } = await openMembersFile());
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set(SECRETARY);
});
afterEach(() => closeMembersFile({ db, directory }));

/** Paul paid 20 € in cash on 5 September; the fee was taken by the treasurer. */
async function paulsCotisation(): Promise<MembershipDocument> {
  const paul = await createPerson(
    db,
    context,
    { firstName: 'Paul', lastName: 'Roux' },
    { series: 'A', known: [] },
  );
  return takeMembership(db, context, {
    holderKind: 'person',
    holderId: paul.id,
    seasonId: season.id,
    tariffId: tariffId('adulte'),
    tariffLabel: 'Adulte',
    taxReceiptAllowed: false,
    amount: 2000,
    paymentMethod: 'especes',
    chequeNumber: '',
    paidOn: '2026-09-05',
    receivedBy: 'tresorier-1',
  });
}

const correctionOf = (membership: MembershipDocument): MembershipCorrection => ({
  holderKind: membership.holderKind,
  holderId: membership.holderId,
  seasonId: membership.seasonId,
  tariffId: membership.tariffId,
  tariffLabel: membership.tariffLabel,
  taxReceiptAllowed: membership.taxReceiptAllowed,
  amount: membership.amount,
  paymentMethod: membership.paymentMethod,
  chequeNumber: membership.chequeNumber,
  paymentReference: membership.paymentReference,
  paidOn: membership.paidOn,
});

const journalOf = async (id: string): Promise<AuditEntry[]> =>
  (await db.audit.find({ selector: { documentId: id } }).exec()).map((doc) => doc.toJSON() as AuditEntry);

describe('correcting a cotisation', () => {
  it('changes amount, method and date, keeps who took it, and journals what changed', async () => {
    const taken = await paulsCotisation();
    const corrected = await correctMembership(db, context, taken.id, {
      ...correctionOf(taken),
      amount: 2150,
      paymentMethod: 'cheque',
      chequeNumber: '0001234',
      paidOn: '2026-09-04',
    });
    expect(corrected).toMatchObject({ amount: 2150, paymentMethod: 'cheque', paidOn: '2026-09-04' });
    expect(corrected).toMatchObject({ receivedBy: 'tresorier-1', createdAt: taken.createdAt });
    expect(corrected.updatedBy).toBe(SECRETARY.id);
    expect((await db.memberships.findOne(taken.id).exec())?.toJSON()).toMatchObject({ amount: 2150 });

    const update = (await journalOf(taken.id)).find((entry) => entry.action === 'update');
    expect([update?.updatedBy, update?.userName]).toEqual([SECRETARY.id, SECRETARY.name]);
    expect(update?.changes.map((change) => [change.field, change.before, change.after])).toEqual(
      expect.arrayContaining([
        ['amount', 2000, 2150],
        ['paidOn', '2026-09-05', '2026-09-04'],
        ['paymentMethod', 'especes', 'cheque'],
      ]),
    );
  });

  it('never changes who took the fee, nor cancels through a correction', async () => {
    const taken = await paulsCotisation();
    const sneaky = { ...correctionOf(taken), receivedBy: SECRETARY.id, cancelledOn: '2026-09-06' };
    const corrected = await correctMembership(db, context, taken.id, sneaky);
    expect(corrected).toMatchObject({ receivedBy: 'tresorier-1', cancelledOn: '' });
  });

  it('refuses an invalid correction and writes nothing', async () => {
    const taken = await paulsCotisation();
    await expect(
      correctMembership(db, context, taken.id, { ...correctionOf(taken), paymentMethod: 'cheque' }),
    ).rejects.toThrow(z.ZodError);
    expect((await db.memberships.findOne(taken.id).exec())?.toJSON()).toMatchObject({
      paymentMethod: 'especes',
    });
  });
});

describe('cancelling a cotisation', () => {
  it('keeps it with its date and reason, journalled, and it no longer makes anyone à jour', async () => {
    const taken = await paulsCotisation();
    const cancelled = await cancelMembershipWithReason(db, context, taken.id, {
      on: '2026-09-12',
      reason: ' Chèque refusé par la banque ',
    });
    expect(cancelled).toMatchObject({
      cancelledOn: '2026-09-12',
      cancelReason: 'Chèque refusé par la banque',
    });
    const update = (await journalOf(taken.id)).find((entry) => entry.action === 'update');
    expect(update?.changes.map((change) => change.field)).toEqual(
      expect.arrayContaining(['cancelledOn', 'cancelReason']),
    );

    await waitFor(() => directory.memberships.get(taken.id)?.cancelledOn === '2026-09-12');
    const statusOf = createStatusResolver(directory.memberships.values(), [season], '2026-10-01');
    const paul = directory.people.get(taken.holderId);
    expect(paul && statusOf(paul)).toBe('jamais-adherent');
  });

  it('needs a reason', async () => {
    const taken = await paulsCotisation();
    const error = await cancelMembershipWithReason(db, context, taken.id, {
      on: '2026-09-12',
      reason: '',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues[0]).toMatchObject({
      path: ['reason'],
      message: 'errors.members.cancelReasonRequired',
    });
    expect((await db.memberships.findOne(taken.id).exec())?.toJSON().cancelledOn).toBe('');
  });

  it('refuses to correct or cancel again a cancelled cotisation', async () => {
    const taken = await paulsCotisation();
    await cancelMembershipWithReason(db, context, taken.id, { on: '2026-09-12', reason: 'Remboursée' });
    await expect(correctMembership(db, context, taken.id, correctionOf(taken))).rejects.toThrow(
      new MembershipChangeError('MEMBERSHIP_CANCELLED'),
    );
    await expect(
      cancelMembershipWithReason(db, context, taken.id, { on: '2026-09-13', reason: 'Encore' }),
    ).rejects.toThrow(MembershipChangeError);
  });

  it('says when the cotisation is gone', async () => {
    await expect(
      cancelMembershipWithReason(db, context, membershipId('inconnue'), {
        on: '2026-09-12',
        reason: 'Doublon',
      }),
    ).rejects.toThrow(new MembershipChangeError('MEMBERSHIP_NOT_FOUND'));
  });
});

describe('who may', () => {
  it('refuses the door volunteer both, with the action missing, and journals the refusal', async () => {
    const taken = await paulsCotisation();
    session.set(DOOR);
    const doorContext = { ...context, userId: DOOR.id };
    const refusal = await correctMembership(db, doorContext, taken.id, {
      ...correctionOf(taken),
      amount: 0,
    }).catch((caught: unknown) => caught);
    expect(refusal).toBeInstanceOf(PermissionDeniedError);
    expect((refusal as PermissionDeniedError).decision).toMatchObject({
      action: 'memberships.update',
      allowedRoles: ['admin', 'secretary', 'treasurer'],
    });
    await expect(
      cancelMembershipWithReason(db, doorContext, taken.id, { on: '2026-09-12', reason: 'Erreur' }),
    ).rejects.toThrow(PermissionDeniedError);

    const stored = (await db.memberships.findOne(taken.id).exec())?.toJSON();
    expect(stored).toMatchObject({ amount: 2000, cancelledOn: '' });
    const denied = (await journalOf(taken.id)).filter((entry) => entry.action === 'permission-denied');
    expect(denied.map((entry) => [entry.updatedBy, entry.detail])).toEqual([
      [DOOR.id, 'update:memberships.update'],
      [DOOR.id, 'update:memberships.update'],
    ]);
  });

  it('lets the treasurer and the administrator correct too', async () => {
    const taken = await paulsCotisation();
    session.set({ id: userId('tresorier-1'), name: 'Tom Trésorier', role: 'treasurer' });
    await correctMembership(db, context, taken.id, { ...correctionOf(taken), amount: 2500 });
    session.set({ id: userId('admin-1'), name: 'Anne Admin', role: 'admin' });
    const last = await correctMembership(db, context, taken.id, { ...correctionOf(taken), amount: 3000 });
    expect(last.amount).toBe(3000);
  });
});

describe('0 € in the data layer, whoever writes', () => {
  const seasons = {
    seasons: [
      {
        ...season,
        label: 'Saison 2026-2027',
        tariffs: [
          { id: tariffId('adulte'), label: 'Adulte', amount: 2000 },
          { id: tariffId('honneur'), label: 'Membre d’honneur', amount: 0 },
        ],
      },
    ],
  };
  const amountError = (error: unknown) =>
    error instanceof z.ZodError ? error.issues.map((issue) => [issue.path.join('.'), issue.message]) : error;

  it('refuses a forgotten amount on a paying tariff, on taking and on correcting, and takes a free one', async () => {
    session.set({ id: userId('admin-1'), name: 'Anne Admin', role: 'admin' });
    await saveSetting(db, context, 'seasons', seasons);
    session.set(SECRETARY);
    const taken = await paulsCotisation();
    const free = {
      ...correctionOf(taken),
      tariffId: tariffId('honneur'),
      tariffLabel: 'Membre d’honneur',
      amount: 0,
    };

    const zeroTaken = await takeMembership(db, context, {
      ...free,
      tariffId: tariffId('adulte'),
      receivedBy: 'x',
    }).then(() => 'written', amountError);
    expect(zeroTaken).toEqual([['amount', 'errors.members.amountZeroNotFree']]);
    const zeroCorrected = await correctMembership(db, context, taken.id, {
      ...correctionOf(taken),
      amount: 0,
    }).then(() => 'written', amountError);
    expect(zeroCorrected).toEqual([['amount', 'errors.members.amountZeroNotFree']]);
    expect((await db.memberships.findOne(taken.id).exec())?.amount).toBe(2000);

    const honorary = await takeMembership(db, context, { ...free, receivedBy: 'tresorier-1' });
    expect(honorary.amount).toBe(0);
    expect(await db.memberships.count().exec()).toBe(2);
  });
});

describe('a second cotisation for the same holder, season and tariff', () => {
  it('is refused until confirmed, on taking and on correcting onto it; a cancelled one does not count', async () => {
    const first = await paulsCotisation();
    const again = { ...correctionOf(first), receivedBy: 'tresorier-1' };
    const refused = await takeMembership(db, context, again).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(CotisationRepeatedError);
    expect((refused as CotisationRepeatedError).same.map((m) => m.id)).toEqual([first.id]);
    expect(await db.memberships.count().exec()).toBe(1);

    const second = await takeMembership(db, context, { ...again, tariffId: tariffId('reduit') });
    // Moved onto Paul's « adulte » cotisation by a correction: asked too.
    await expect(
      correctMembership(db, context, second.id, { ...correctionOf(second), tariffId: tariffId('adulte') }),
    ).rejects.toBeInstanceOf(CotisationRepeatedError);
    await correctMembership(
      db,
      context,
      second.id,
      { ...correctionOf(second), tariffId: tariffId('adulte') },
      { repeatConfirmed: true },
    );

    await cancelMembershipWithReason(db, context, first.id, {
      on: '2026-09-12',
      reason: 'Chèque sans provision',
    });
    await cancelMembershipWithReason(db, context, second.id, { on: '2026-09-12', reason: 'Remboursée' });
    await takeMembership(db, context, again);
    expect(await db.memberships.count().exec()).toBe(3);
  });
});
