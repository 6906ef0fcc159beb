import { describe, expect, it } from 'vitest';
import type { ChequeNames } from '@shared/deposits/cheques';
import {
  chequeKey,
  donationCheques,
  doorCheques,
  membershipCheques,
  withTypedBanks,
} from '@shared/deposits/cheques';
import { depositChequeSchema } from '@shared/deposits/deposit';
import { makeDonation } from '@shared/donations/testing';
import { foldEvent } from '@shared/events/sheet-fold';
import { checkedIn, closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { makeMembership } from '@shared/members/testing';
import { householdId, personId } from '@shared/testing/ids';

const names: ChequeNames = {
  person: (id) => ({ helene: 'Hélène Dupré', paul: 'Paul Roux', lea: 'Léa Petit' })[id] ?? '?',
  holder: (fee) => (fee.holderKind === 'household' ? 'Famille Martin' : names.person(fee.holderId)),
  event: () => 'Loto d’automne',
  eventDate: () => '2026-11-14',
};

describe('the cheques received', () => {
  it('lists gifts by cheque with their bank and number, not the others', () => {
    const cheques = donationCheques(
      [
        makeDonation({
          id: 'd1',
          donorId: 'helene',
          amount: 125_050,
          bank: 'Crédit Agricole',
          campaign: 'Lavoir',
        }),
        makeDonation({ id: 'd2', donorId: 'paul', method: 'especes', chequeNumber: '' }),
      ],
      names,
    );
    expect(cheques).toEqual([
      {
        key: 'donation:d1',
        source: 'donation',
        sourceId: 'd1',
        payer: 'Hélène Dupré',
        bank: 'Crédit Agricole',
        number: '1234567',
        amount: 125_050,
        receivedOn: '2026-02-14',
        origin: 'Lavoir',
      },
    ]);
    expect(depositChequeSchema.safeParse(cheques[0]).success).toBe(false); // sourceId is not stored
    const [{ sourceId: _sourceId, ...line }] = cheques as [(typeof cheques)[number]];
    expect(depositChequeSchema.parse(line)).toEqual(line);
  });

  it('lists cotisations by cheque, a household’s under its name, never a cancelled one', () => {
    const cheques = membershipCheques(
      [
        makeMembership({
          id: 'm1',
          holderId: personId('lea'),
          seasonId: 's',
          paymentMethod: 'cheque',
          chequeNumber: '77',
        }),
        makeMembership({
          id: 'm2',
          holderId: householdId('h1'),
          holderKind: 'household',
          seasonId: 's',
          paymentMethod: 'cheque',
          chequeNumber: '78',
        }),
        makeMembership({
          id: 'm3',
          holderId: personId('paul'),
          seasonId: 's',
          paymentMethod: 'cheque',
          chequeNumber: '79',
          cancelledOn: '2025-10-01',
        }),
        makeMembership({ id: 'm4', holderId: personId('paul'), seasonId: 's' }),
      ],
      names,
    );
    expect(cheques.map((cheque) => [cheque.key, cheque.payer, cheque.number, cheque.origin])).toEqual([
      ['membership:m1', 'Léa Petit', '77', 'Adulte'],
      ['membership:m2', 'Famille Martin', '78', 'Adulte'],
    ]);
  });

  it('keeps a door cheque under the same key once its event is closed into a sheet', () => {
    const event = makeEvent();
    const attendance = [
      makeAttendance(event.id, personId('paul'), {
        ...checkedIn('20:05'),
        doorPayment: { amount: 500, method: 'cheque', chequeNumber: '4242' },
      }),
      makeAttendance(event.id, personId('lea'), {
        ...checkedIn('20:06'),
        doorPayment: { amount: 500, method: 'especes' },
      }),
    ];
    const open = doorCheques(attendance, [], names);
    expect(
      open.map((cheque) => [cheque.key, cheque.payer, cheque.number, cheque.amount, cheque.receivedOn]),
    ).toEqual([[chequeKey('door', event.id, 'paul'), 'Paul Roux', '4242', 500, '2026-11-14']]);
    const closed = doorCheques([], foldEvent(event, attendance, closingBy()), names);
    expect(closed.map((cheque) => cheque.key)).toEqual(open.map((cheque) => cheque.key));
    expect(closed[0]?.origin).toBe('Loto d’automne');
  });

  it('lists each cheque of a person who paid twice at the door (two doors offline), open or folded', () => {
    const event = makeEvent();
    const cheque = (number: string, time: string, device: string) => ({
      amount: 500,
      method: 'cheque' as const,
      chequeNumber: number,
      device,
      at: `2026-11-14T${time}:00.000Z`,
    });
    const attendance = [
      makeAttendance(event.id, personId('paul'), {
        ...checkedIn('20:05'),
        doorPayment: cheque('4242', '20:05', 'Porte 1'),
        otherDoorPayments: [cheque('4243', '20:07', 'Porte 2')],
      }),
    ];
    const open = doorCheques(attendance, [], names);
    expect(open.map((found) => [found.key, found.number, found.amount])).toEqual([
      [`${chequeKey('door', event.id, 'paul')}:2026-11-14T20:05:00.000Z`, '4242', 500],
      [`${chequeKey('door', event.id, 'paul')}:2026-11-14T20:07:00.000Z`, '4243', 500],
    ]);
    // The longer key still fits what a deposit slip stores.
    for (const { sourceId: _sourceId, ...line } of open)
      expect(depositChequeSchema.parse(line)).toEqual(line);
    const closed = doorCheques([], foldEvent(event, attendance, closingBy()), names);
    expect(closed.map((found) => found.key)).toEqual(open.map((found) => found.key));
  });
});

describe('the banks typed on the slip screen', () => {
  const [gift] = donationCheques(
    [makeDonation({ id: 'd1', donorId: 'helene', bank: 'Crédit Agricole' })],
    names,
  );
  const [fee] = membershipCheques(
    [
      makeMembership({
        id: 'm1',
        holderId: personId('paul'),
        seasonId: 's1',
        paymentMethod: 'cheque',
        chequeNumber: '0004567',
      }),
    ],
    names,
  );
  if (!gift || !fee) throw new Error('the cheques were not listed');

  it('fills the cheques recorded without a bank, trimmed, and never replaces a recorded one', () => {
    const typed = new Map([
      [fee.key, '  Crédit Mutuel  '],
      [gift.key, 'La Banque Postale'],
    ]);
    const [giftLine, feeLine] = withTypedBanks([gift, fee], typed);
    expect(giftLine?.bank).toBe('Crédit Agricole');
    expect(feeLine?.bank).toBe('Crédit Mutuel');
    expect(depositChequeSchema.safeParse(feeLine && withoutSource(feeLine)).success).toBe(true);
  });

  it('leaves a blank or untouched bank empty, and cuts a pasted page to what a slip holds', () => {
    expect(withTypedBanks([fee], new Map([[fee.key, '   ']]))[0]?.bank).toBe('');
    expect(withTypedBanks([fee], new Map())[0]).toBe(fee);
    const [long] = withTypedBanks([fee], new Map([[fee.key, 'B'.repeat(500)]]));
    expect(long?.bank).toHaveLength(80);
    expect(depositChequeSchema.safeParse(long && withoutSource(long)).success).toBe(true);
  });
});

function withoutSource({ sourceId: _sourceId, ...line }: ReturnType<typeof donationCheques>[number]) {
  return line;
}
