import { describe, expect, it } from 'vitest';
import { makeDonation } from '@shared/donations/testing';
import { toCents } from '@shared/money/cents';
import { membershipDocumentSchema } from '@shared/members/membership';
import type { MembershipInput } from '@shared/members/membership';
import { personDocumentSchema } from '@shared/members/person';
import type { Organisation } from '@shared/schema/organisation';
import { sha256Hex } from '@shared/receipts/digest';
import {
  annualGroups,
  buildReceipt,
  cancelReceipt,
  checkChronology,
  declaration222bis,
  donationLine,
  donorSnapshot,
  feeLine,
  feeReceiptable,
  organisationSnapshot,
  ReceiptRuleError,
  receiptContent,
  receiptIntact,
  seriesGaps,
} from '@shared/receipts/issue';
import type { ReceiptDraft } from '@shared/receipts/issue';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { nextReceiptNumber } from '@shared/receipts/receipt-number';
import { receiptChange } from '@shared/receipts/receipt-rules';
import { personId } from '@shared/testing/ids';

const organisation: Organisation = {
  name: 'Foyer rural de Tilleul',
  rna: 'W212001234',
  siren: '',
  address: { line1: '2 place de la Mairie', line2: '', postalCode: '21000', city: 'Dijon' },
  object: 'Animation culturelle et sportive du village',
  category: 'interet-general',
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: 'Jeanne Morel',
  signatoryTitle: 'Trésorière',
  logo: '',
  signature: '',
};
const stamp = {
  createdAt: '2026-12-20T10:00:00.000Z',
  updatedAt: '2026-12-20T10:00:00.000Z',
  updatedBy: 'user-t',
  deviceId: 'device-1',
};
const marie = personDocumentSchema.parse({
  ...stamp,
  id: 'person-1',
  firstName: 'Marie Claire',
  lastName: 'Dupont',
  address: { line1: '5 rue des Tilleuls', postalCode: '21000', city: 'Dijon' },
});
const bakery = personDocumentSchema.parse({
  ...stamp,
  id: 'person-2',
  kind: 'organisation',
  lastName: 'Boulangerie Martin',
  siren: '732829320',
  legalForm: ' SARL ',
  address: { line1: '1 rue du Four', postalCode: '21000', city: 'Dijon' },
});

const gifts = [
  makeDonation({ id: 'd-3', receivedOn: '2026-09-01', amount: 2500, method: 'virement', chequeNumber: '' }),
  makeDonation({ id: 'd-1', receivedOn: '2026-01-15', amount: 5000, campaign: 'Rénovation du lavoir' }),
  makeDonation({ id: 'd-2', receivedOn: '2026-05-03', amount: 1221, method: 'especes', chequeNumber: '' }),
];

let sequence = 0;
function draft(overrides: Partial<ReceiptDraft> = {}): ReceiptDraft {
  sequence += 1;
  return {
    stamps: { ...stamp, id: `receipt-${sequence}` },
    number: '2026-A-0001',
    issuedOn: '2026-12-20',
    issuedBy: 'user-t',
    scope: 'annual',
    year: 2026,
    donorId: personId('person-1'),
    donor: donorSnapshot(marie),
    organisation: organisationSnapshot(organisation),
    lines: gifts.map(donationLine),
    ...overrides,
  };
}

const ruleKey = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof ReceiptRuleError ? error.key : String(error);
  }
};

describe('building a receipt', () => {
  it('sums up a calendar year: period, dates in order, total, words, model 11580 and article 200', async () => {
    const receipt = await buildReceipt(draft(), sha256Hex);
    expect(receipt).toMatchObject({
      kind: '11580',
      scope: 'annual',
      status: 'issued',
      articles: ['200'],
      period: { from: '2026-01-01', to: '2026-12-31' },
      total: 8721,
      totalInWords: 'quatre-vingt-sept euros et vingt et un centimes',
      donor: { name: 'Dupont', firstNames: 'Marie Claire', legalForm: '', siren: '' },
      organisation: { categoryCode: 'interet-general', category: 'Œuvre ou organisme d’intérêt général' },
    });
    expect(receipt.lines.map((line) => line.receivedOn)).toEqual(['2026-01-15', '2026-05-03', '2026-09-01']);
    expect(receipt.lines[0]).toMatchObject({
      source: 'donation',
      sourceId: 'd-1',
      label: 'Rénovation du lavoir',
    });
  });

  it('gives a company the model 16216, article 238 bis, its forme juridique and SIREN', async () => {
    const receipt = await buildReceipt(
      draft({
        donorId: personId('person-2'),
        donor: donorSnapshot(bakery),
        scope: 'single',
        lines: gifts.slice(1, 2).map(donationLine),
      }),
      sha256Hex,
    );
    expect(receipt).toMatchObject({
      kind: '16216',
      scope: 'single',
      articles: ['238-bis'],
      period: { from: '2026-01-15', to: '2026-01-15' },
      donor: {
        kind: 'organisation',
        name: 'Boulangerie Martin',
        legalForm: 'SARL',
        siren: '732829320',
        firstNames: '',
      },
    });
  });

  it('refuses a single receipt of two gifts, an annual one across years, a gift after the issue date, a number of another year', async () => {
    expect(await ruleKey(buildReceipt(draft({ scope: 'single' }), sha256Hex))).toBe('receipts.singleOneGift');
    const lastYear = makeDonation({ id: 'd-0', receivedOn: '2025-12-31' });
    expect(
      await ruleKey(buildReceipt(draft({ lines: [...gifts, lastYear].map(donationLine) }), sha256Hex)),
    ).toBe('receipts.annualOtherYear');
    expect(await ruleKey(buildReceipt(draft({ issuedOn: '2026-06-01' }), sha256Hex))).toBe(
      'receipts.giftAfterIssue',
    );
    expect(await ruleKey(buildReceipt(draft({ number: '2025-A-0001' }), sha256Hex))).toBe(
      'receipts.numberYear',
    );
    expect(await ruleKey(buildReceipt(draft({ lines: [] }), sha256Hex))).toBe('receipts.nothingToReceipt');
  });

  it('freezes its content: the hash is of what is printed, the same when built again, and shows any change', async () => {
    const first = await buildReceipt(draft({ stamps: { ...stamp, id: 'same' } }), sha256Hex);
    const again = await buildReceipt(draft({ stamps: { ...stamp, id: 'same' } }), sha256Hex);
    expect(again.contentHash).toBe(first.contentHash);
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await receiptIntact(first, sha256Hex)).toBe(true);
    // Read back from a store that does not keep key order: the same content.
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(first).reverse())),
    ) as ReceiptDocument;
    expect(receiptContent(reordered)).toBe(receiptContent(first));
    expect(await receiptIntact({ ...first, total: toCents(8722) }, sha256Hex)).toBe(false);
    expect(await receiptIntact({ ...first, donor: { ...first.donor, name: 'Durand' } }, sha256Hex)).toBe(
      false,
    );
    // Cancelling does not change what was printed.
    const cancelled = cancelReceipt(first, 'Erreur de montant', {
      cancelledAt: '2026-12-21T09:00:00.000Z',
      cancelledBy: 'user-t',
      stamps: { updatedAt: '2026-12-21T09:00:00.000Z', updatedBy: 'user-t', deviceId: 'device-1' },
    });
    expect(await receiptIntact(cancelled, sha256Hex)).toBe(true);
  });
});

describe('cancellation and replacement', () => {
  it('cancels with a reason, keeps the number, and the replacement takes the next number', async () => {
    const wrong = await buildReceipt(draft({ number: '2026-A-0001' }), sha256Hex);
    const at = {
      cancelledAt: '2026-12-21T09:00:00.000Z',
      cancelledBy: 'user-t',
      stamps: { updatedAt: '2026-12-21T09:00:00.000Z', updatedBy: 'user-t', deviceId: 'device-1' },
    };
    expect(() => cancelReceipt(wrong, '  ', at)).toThrow();
    const cancelled = cancelReceipt(wrong, 'Montant erroné', at);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      number: '2026-A-0001',
      cancellation: { reason: 'Montant erroné' },
    });
    expect(receiptChange(wrong, cancelled)).toEqual({ allowed: true });
    expect(() => cancelReceipt(cancelled, 'encore', at)).toThrow(ReceiptRuleError);

    const number = nextReceiptNumber([cancelled.number], 2026, 'A');
    expect(number).toBe('2026-A-0002');
    const replacement = await buildReceipt(
      draft({
        number,
        issuedOn: '2026-12-21',
        replaces: wrong.id,
        lines: gifts.slice(0, 2).map(donationLine),
      }),
      sha256Hex,
    );
    expect(replacement).toMatchObject({ number: '2026-A-0002', replaces: wrong.id, total: 7500 });
  });
});

describe('numbering across devices', () => {
  /** A device: its series, the receipts it can see, and what it issues. */
  function device(series: string, seen: Pick<ReceiptDocument, 'number' | 'issuedOn'>[] = []) {
    const register = [...seen];
    return {
      register,
      issue(issuedOn: string) {
        const number = nextReceiptNumber(
          register.map((receipt) => receipt.number),
          Number(issuedOn.slice(0, 4)),
          series,
        );
        checkChronology(register, number, issuedOn);
        register.push({ number, issuedOn });
        return number;
      },
      pull(other: Pick<ReceiptDocument, 'number' | 'issuedOn'>[]) {
        for (const receipt of other)
          if (!register.some((r) => r.number === receipt.number)) register.push(receipt);
      },
    };
  }

  it('two devices offline issue at the same time without a duplicate, each series gapless', () => {
    const office = device('A');
    const treasurerLaptop = device('B');
    const issued: string[] = [];
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) {
      issued.push(office.issue(day), treasurerLaptop.issue(day));
    }
    expect(new Set(issued).size).toBe(6);
    expect(issued).toEqual([
      '2026-A-0001',
      '2026-B-0001',
      '2026-A-0002',
      '2026-B-0002',
      '2026-A-0003',
      '2026-B-0003',
    ]);
    office.pull(treasurerLaptop.register);
    treasurerLaptop.pull(office.register);
    expect(seriesGaps(office.register.map((receipt) => receipt.number))).toEqual([]);
    expect(office.issue('2026-03-04')).toBe('2026-A-0004');
    expect(treasurerLaptop.issue('2026-03-04')).toBe('2026-B-0004');
  });

  it('never gives a cancelled number again, and starts each year at 0001', () => {
    const office = device('A', [
      { number: '2026-A-0001', issuedOn: '2026-03-01' },
      { number: '2026-A-0002', issuedOn: '2026-03-02' },
    ]);
    // 0002 is cancelled: it stays in the register, so the next is 0003.
    expect(office.issue('2026-03-05')).toBe('2026-A-0003');
    expect(office.issue('2027-01-04')).toBe('2027-A-0001');
  });

  it('a device restored from an old backup continues after the highest number it can see once synced', () => {
    const server = [
      { number: '2026-A-0001', issuedOn: '2026-03-01' },
      { number: '2026-A-0002', issuedOn: '2026-03-02' },
      { number: '2026-A-0003', issuedOn: '2026-03-09' },
    ];
    const restored = device('A', server.slice(0, 1));
    // Before its first pull it would reuse 0002, which the server refuses as a duplicate (409).
    expect(
      nextReceiptNumber(
        restored.register.map((r) => r.number),
        2026,
        'A',
      ),
    ).toBe('2026-A-0002');
    restored.pull(server);
    expect(restored.issue('2026-03-10')).toBe('2026-A-0004');
  });

  it('keeps a series chronological: a date before the latest receipt of the series is refused', () => {
    const office = device('A', [{ number: '2026-A-0001', issuedOn: '2026-03-09' }]);
    expect(() => office.issue('2026-03-01')).toThrow(ReceiptRuleError);
    // Another series may be on another date.
    expect(device('B', office.register).issue('2026-03-01')).toBe('2026-B-0001');
  });

  it('shows the gaps of a series (a receipt not yet arrived)', () => {
    expect(seriesGaps(['2026-A-0001', '2026-A-0004', '2026-B-0002', '2025-A-0001', 'x'])).toEqual([
      '2026-A-0002',
      '2026-A-0003',
      '2026-B-0001',
    ]);
  });
});

describe('annual grouping', () => {
  it('groups a calendar year by donor, leaving out gifts of other years and gifts already receipted', () => {
    const all = [
      ...gifts,
      makeDonation({ id: 'd-4', donorId: personId('person-2'), receivedOn: '2026-02-01' }),
      makeDonation({ id: 'd-5', receivedOn: '2025-12-31' }),
      makeDonation({ id: 'd-6', receivedOn: '2026-07-01', receiptId: 'receipt-issued' }),
      makeDonation({ id: 'd-7', receivedOn: '2026-08-01', receiptId: 'receipt-cancelled' }),
    ];
    const status = (id: string) =>
      id === 'receipt-issued' ? 'issued' : id === 'receipt-cancelled' ? 'cancelled' : undefined;
    expect(
      annualGroups(all, 2026, status).map((group) => [group.donorId, group.donations.map((d) => d.id)]),
    ).toEqual([
      ['person-1', ['d-1', 'd-2', 'd-7', 'd-3']],
      ['person-2', ['d-4']],
    ]);
  });
});

describe('membership fees', () => {
  const fee = (fields: Partial<MembershipInput> = {}) =>
    membershipDocumentSchema.parse({
      ...stamp,
      id: 'fee-1',
      holderKind: 'person',
      holderId: 'person-1',
      seasonId: 'season-1',
      tariffId: 'tariff-1',
      tariffLabel: 'Membre bienfaiteur',
      taxReceiptAllowed: true,
      amount: 10000,
      paymentMethod: 'helloasso',
      paidOn: '2026-04-02',
      receivedBy: 'user-t',
      ...fields,
    });

  it('receipts a fee whose tariff gives no counterpart, beside the donations', async () => {
    expect(feeReceiptable(fee())).toEqual({ receiptable: true });
    const receipt = await buildReceipt(
      draft({ lines: [...gifts.map(donationLine), feeLine(fee())] }),
      sha256Hex,
    );
    expect(receipt.total).toBe(18721);
    expect(receipt.lines.find((line) => line.source === 'membership')).toMatchObject({
      sourceId: 'fee-1',
      method: 'carte',
      label: 'Membre bienfaiteur',
      receivedOn: '2026-04-02',
    });
  });

  it('says why a fee is not receiptable: a counterpart, a cancellation, a household', () => {
    expect(feeReceiptable(fee({ taxReceiptAllowed: false }))).toEqual({
      receiptable: false,
      reason: 'receipts.feeCounterpart',
    });
    expect(feeReceiptable(fee({ cancelledOn: '2026-05-01', cancelReason: 'Remboursée' }))).toMatchObject({
      reason: 'receipts.feeCancelled',
    });
    expect(feeReceiptable(fee({ holderKind: 'household', holderId: 'household-1' }))).toMatchObject({
      reason: 'receipts.feeHousehold',
    });
    expect(() => feeLine(fee({ taxReceiptAllowed: false }))).toThrow(ReceiptRuleError);
  });

  it("puts a year's receiptable fees on the donor's annual receipt, and only those", () => {
    const fees = [
      fee({ id: 'fee-1', holderId: 'person-1', paidOn: '2026-01-10' }),
      fee({ id: 'fee-2', holderId: 'person-3', paidOn: '2026-09-01' }),
      fee({ id: 'fee-3', holderId: 'person-1', taxReceiptAllowed: false }),
      fee({ id: 'fee-4', holderId: 'person-1', paidOn: '2025-09-01' }),
      fee({ id: 'fee-5', holderId: 'person-1', cancelledOn: '2026-05-01', cancelReason: 'Remboursée' }),
      fee({ id: 'fee-6', holderKind: 'household', holderId: 'household-1' }),
      fee({ id: 'fee-7', holderId: 'person-1', receiptId: 'receipt-issued' }),
      fee({ id: 'fee-8', holderId: 'person-1', paidOn: '2026-11-02', receiptId: 'receipt-cancelled' }),
    ];
    const status = (id: string) =>
      id === 'receipt-issued' ? 'issued' : id === 'receipt-cancelled' ? 'cancelled' : undefined;
    expect(
      annualGroups(gifts, 2026, status, fees).map((group) => [
        group.donorId,
        group.donations.map((d) => d.id),
        group.fees.map((f) => f.id),
      ]),
    ).toEqual([
      ['person-1', ['d-1', 'd-2', 'd-3'], ['fee-1', 'fee-8']],
      ['person-3', [], ['fee-2']],
    ]);
  });
});

describe('the figures of article 222 bis', () => {
  it('counts the receipts issued in the year and their total, cancelled ones excluded', () => {
    const receipts = [
      { issuedOn: '2026-03-01', status: 'issued', total: toCents(5000) },
      { issuedOn: '2026-12-20', status: 'issued', total: toCents(8721) },
      { issuedOn: '2026-06-01', status: 'cancelled', total: toCents(99999) },
      { issuedOn: '2025-12-31', status: 'issued', total: toCents(1000) },
    ] as const;
    expect(declaration222bis(receipts, 2026)).toEqual({ count: 2, total: 13721 });
    expect(declaration222bis(receipts, 2027)).toEqual({ count: 0, total: 0 });
  });
});
