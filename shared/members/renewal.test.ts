import { describe, expect, it } from 'vitest';
import { excelCsv } from '@shared/export/excel-csv';
import { exportTable } from '@shared/export/list-export';
import { toCents } from '@shared/money/cents';
import { membershipDocumentSchema } from '@shared/members/membership';
import {
  defaultRenewalSeasons,
  RENEWAL_PAYMENT_METHODS,
  renewalDraft,
  renewalColumns,
} from '@shared/members/renewal';
import { seasonSchema, tariffSchema } from '@shared/members/season';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { householdId, membershipId, personId, seasonId, tariffId } from '@shared/testing/ids';

const season = (id: string, startsOn: string, endsOn: string) =>
  seasonSchema.parse({ id, label: id, startsOn, endsOn });
const seasons = [
  season('2023', '2023-09-01', '2024-08-31'),
  season('2024', '2024-09-01', '2025-08-31'),
  season('2025', '2025-09-01', '2026-08-31'),
];

describe('defaultRenewalSeasons', () => {
  it('goes from the season before today’s to today’s', () => {
    expect(defaultRenewalSeasons(seasons, '2024-10-01')).toEqual({ fromId: '2023', toId: '2024' });
  });

  it('goes to the latest season when no season contains today', () => {
    expect(defaultRenewalSeasons(seasons, '2027-01-01')).toEqual({ fromId: '2024', toId: '2025' });
  });

  it('has no previous season for the first one, and nothing without seasons', () => {
    expect(defaultRenewalSeasons(seasons, '2023-10-01')).toEqual({ fromId: null, toId: '2023' });
    expect(defaultRenewalSeasons([], '2023-10-01')).toEqual({ fromId: null, toId: null });
  });
});

describe('renewalDraft', () => {
  it('keeps the holder and takes the new season’s tariff and price, without a cheque', () => {
    const last = makeMembership({
      id: membershipId('m'),
      holderKind: 'household',
      holderId: householdId('roux'),
      seasonId: seasonId('2024'),
    });
    const draft = renewalDraft(
      last,
      seasonId('2025'),
      tariffSchema.parse({ id: tariffId('famille'), label: 'Famille', amount: 4800, scope: 'household' }),
      { method: 'virement', paidOn: '2025-09-12', receivedBy: 'user-2' },
    );
    expect(draft).toEqual({
      holderKind: 'household',
      holderId: householdId('roux'),
      seasonId: seasonId('2025'),
      tariffId: tariffId('famille'),
      tariffLabel: 'Famille',
      taxReceiptAllowed: false,
      amount: 4800,
      paymentMethod: 'virement',
      chequeNumber: '',
      paidOn: '2025-09-12',
      receivedBy: 'user-2',
    });
    const at = '2025-09-12T10:00:00.000Z';
    const stamps = { id: 'renewal', createdAt: at, updatedAt: at, updatedBy: 'user-2', deviceId: 'pc-1' };
    expect(membershipDocumentSchema.safeParse({ ...draft, ...stamps }).success).toBe(true);
  });

  it('is never paid by cheque', () => {
    expect(RENEWAL_PAYMENT_METHODS).not.toContain('cheque');
    expect(RENEWAL_PAYMENT_METHODS).toContain('especes');
  });
});

describe('renewalColumns', () => {
  const paul = makePerson({
    id: 'paul',
    firstName: 'Paul',
    lastName: 'Roux',
    memberNumber: 'A-0001',
    email: 'paul@example.org',
    phone: '+33612345678',
  });
  const lookup = {
    people: new Map([[paul.id, paul]]),
    households: new Map([
      ['roux', makeHousehold({ id: 'roux', name: 'Famille Roux', payerId: personId('paul') })],
    ]),
  };
  const household = {
    holderKind: 'household',
    holderId: householdId('roux'),
    tariffLabel: 'Famille',
  } as const;
  const due = [
    makeMembership({
      id: 'm1',
      holderId: personId('paul'),
      seasonId: seasonId('2024'),
      paidOn: '2024-09-06',
      amount: 2150,
    }),
    makeMembership({ ...household, id: 'm2', seasonId: seasonId('2024'), amount: 4000 }),
    makeMembership({ id: 'm3', holderId: personId('gone'), seasonId: seasonId('2024'), amount: 2150 }),
  ];
  const newTariff = (m: { tariffLabel: string }) =>
    m.tariffLabel === 'Adulte' ? { amount: toCents(2200) } : undefined;
  const t = (key: string) => key.split('.').at(-1) ?? key;

  it('gives each holder’s contact (the person, or the household’s payer), the old and the new amount', () => {
    const table = exportTable(renewalColumns(lookup, newTariff, { contacts: true }), due, t);
    expect(table.header).toEqual([
      'holder',
      'number',
      'email',
      'phone',
      'lastTariff',
      'lastAmount',
      'paidOn',
      'newAmount',
    ]);
    expect(table.rows).toEqual([
      [
        'Paul Roux',
        'A-0001',
        'paul@example.org',
        '+33612345678',
        'Adulte',
        { cents: 2150 },
        { date: '2024-09-06' },
        { cents: 2200 },
      ],
      [
        'Famille Roux',
        'A-0001',
        'paul@example.org',
        '+33612345678',
        'Famille',
        { cents: 4000 },
        { date: '2025-09-06' },
        'noMatch',
      ],
      ['gone', '', '', '', 'Adulte', { cents: 2150 }, { date: '2025-09-06' }, { cents: 2200 }],
    ]);
    // As Excel opens it on a French PC: semicolons, a BOM, French dates, decimal commas, no formula.
    expect(excelCsv(table.header, table.rows).split('\r\n')).toEqual([
      '\ufeffholder;number;email;phone;lastTariff;lastAmount;paidOn;newAmount',
      "Paul Roux;A-0001;paul@example.org;'+33612345678;Adulte;21,50;06/09/2024;22,00",
      "Famille Roux;A-0001;paul@example.org;'+33612345678;Famille;40,00;06/09/2025;noMatch",
      'gone;;;;Adulte;21,50;06/09/2025;22,00',
      '',
    ]);
  });

  it('leaves the e-mail and the phone out for a role that may not read contact details', () => {
    const table = exportTable(renewalColumns(lookup, newTariff, { contacts: false }), due, t);
    expect(table.header).toEqual(['holder', 'number', 'lastTariff', 'lastAmount', 'paidOn', 'newAmount']);
    expect(JSON.stringify(table.rows)).not.toMatch(/paul@example|33612345678/);
  });
});
