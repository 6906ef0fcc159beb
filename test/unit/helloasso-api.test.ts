import { userId, deviceId } from '@shared/testing/ids';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseHelloAssoExport } from '@shared/import/helloasso';
import { apiLocalDateTime, helloAssoOrderSchema, recordsFromOrders } from '@shared/import/helloasso-api';
import { planHelloAssoApiImport } from '@shared/import/helloasso-api-plan';
import { planHelloAssoImport, type PlanInput } from '@shared/import/helloasso-plan';
import { helloAssoFixture, season } from '../support/helloasso-fixtures';
import { API_ORDERS } from '@server/test-support/helloasso-standin';

const orders = z.array(helloAssoOrderSchema).parse(API_ORDERS);
const fetched = recordsFromOrders(orders);

let clock = 0;
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  importId: 'import-api',
  context: {
    userId: userId('user-1'),
    deviceId: deviceId('device-1'),
    now: () => new Date(Date.UTC(2026, 0, 5, 10, 0, clock++)),
  },
  series: 'A',
  people: [],
  memberships: [],
  seasons: [season],
  canManageDonations: true,
  ...over,
});

/**
 * The fields both sources hold: the line and the time's seconds differ by nature, and the file
 * writes « Non » for an option not taken where the API lists only the options taken.
 */
const comparable = (record: Record<string, unknown>) => {
  const { line: _line, date, options, ...rest } = record;
  const taken = (options as { value: string }[]).filter((option) => option.value !== 'Non');
  return { ...rest, options: taken, day: String(date).slice(0, 10) };
};

describe('HelloAsso API orders read as the export’s records', () => {
  it('reads local times as written, and a UTC instant in Paris time', () => {
    expect(apiLocalDateTime('2025-09-05T18:02:41.123+02:00')).toBe('2025-09-05T18:02:41');
    expect(apiLocalDateTime('2025-09-06T07:15:00Z')).toBe('2025-09-06T09:15:00');
    expect(apiLocalDateTime('2025-12-14T20:12:05Z')).toBe('2025-12-14T21:12:05');
    expect(apiLocalDateTime('pas une date')).toBeUndefined();
  });

  it('gives the adhésions export’s records for the same orders', () => {
    const file = parseHelloAssoExport(helloAssoFixture('adhesions-2025-2026.csv'));
    expect(file.kind).toBe('memberships');
    const fromFile = file.records.map((record) => {
      const { customFields: _c, ...rest } = record as unknown as Record<string, unknown>;
      return comparable(rest);
    });
    const fromApi = fetched.memberships.map((record) => {
      const { customFields: _c, ...rest } = record as unknown as Record<string, unknown>;
      return comparable(rest);
    });
    expect(fromApi).toEqual(fromFile);
  });

  it('reads donations as the paiements export’s, and counts what it does not import', () => {
    expect(
      fetched.payments.map((p) => [p.orderRef, p.paymentRef, p.donationCents, p.status, p.paymentMethod]),
    ).toEqual([
      ['230000302', '330000402', 12000, 'valid', 'Carte bancaire'],
      ['230000303', '330000403', 5000, 'valid', 'Chèque'],
    ]);
    // Without the forms' titles, the slug in words; with them, the title as HelloAsso shows it.
    expect(fetched.payments[0]?.campaign).toBe('Soutenez la renovation du lavoir');
    const titled = recordsFromOrders(orders, 1, {
      'donation/soutenez-la-renovation-du-lavoir': 'Soutenez la rénovation du lavoir',
    });
    expect(titled.payments.map((p) => p.campaign)).toEqual([
      'Soutenez la rénovation du lavoir',
      'Soutenez la rénovation du lavoir',
    ]);
    expect(fetched.notImported).toEqual({ Registration: 1 });
    expect(fetched.errors).toEqual([]);
  });

  it('plans the fetched orders like the files: 6 members, 2 donors, nothing twice when fetched again', () => {
    const plan = planHelloAssoApiImport(fetched, input());
    expect(plan.errors).toEqual([]);
    expect(plan.memberships).toHaveLength(6);
    expect(plan.donations.map((d) => [d.paymentReference, d.amount, d.method])).toEqual([
      ['330000402', 12000, 'carte'],
      ['330000403', 5000, 'cheque'],
    ]);
    expect(plan.people).toHaveLength(8);
    const again = planHelloAssoApiImport(
      fetched,
      input({ people: plan.people, memberships: plan.memberships, donations: plan.donations }),
    );
    expect(again.people).toEqual([]);
    expect(again.memberships).toEqual([]);
    expect(again.donations).toEqual([]);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 8 });
  });

  it('importing the files then fetching the same orders from the API changes nothing', () => {
    const adhesions = planHelloAssoImport(
      parseHelloAssoExport(helloAssoFixture('adhesions-2025-2026.csv')),
      input(),
    );
    const payments = planHelloAssoImport(
      parseHelloAssoExport(helloAssoFixture('paiements-2025.csv')),
      input({ people: adhesions.people, memberships: adhesions.memberships }),
    );
    const people = [...adhesions.people, ...payments.people];
    const api = planHelloAssoApiImport(
      fetched,
      input({ people, memberships: adhesions.memberships, donations: payments.donations }),
    );
    expect(api.errors).toEqual([]);
    expect(api.people).toEqual([]);
    expect(api.memberships).toEqual([]);
    expect(api.donations).toEqual([]);
    expect(api.counts).toMatchObject({ new: 0, updated: 0, unchanged: 8, error: 0 });
  });

  it('keeps an order with an unreadable date out, with its reason', () => {
    const [first] = orders;
    if (!first) throw new Error('no order in the fixture');
    const odd = recordsFromOrders([{ ...first, date: 'hier' }]);
    expect(odd.memberships).toEqual([]);
    expect(odd.errors[0]?.message).toMatch(/commande 210000101 : date « hier » illisible/);
  });
});
