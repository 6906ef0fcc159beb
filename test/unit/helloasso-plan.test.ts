import { userId, deviceId } from '@shared/testing/ids';
import { describe, expect, it } from 'vitest';
import { seasonSchema } from '@shared/members/season';
import { helloAssoFixture, season } from '../support/helloasso-fixtures';
import { parseHelloAssoExport } from '@shared/import/helloasso';
import { planHelloAssoImport, type PlanInput } from '@shared/import/helloasso-plan';
import { makeMembership, makePerson } from '@shared/members/testing';

const text = helloAssoFixture;
const adhesions = parseHelloAssoExport(text('adhesions-2025-2026.csv'));

let clock = 0;
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  importId: 'import-1',
  context: {
    userId: userId('user-1'),
    deviceId: deviceId('device-1'),
    now: () => new Date(Date.UTC(2025, 11, 1, 10, 0, clock++)),
  },
  series: 'A',
  people: [],
  memberships: [],
  seasons: [season],
  ...over,
});

describe('planHelloAssoImport — adhésions', () => {
  it('creates the members (not the payers) with their cotisations, tagged with the import', () => {
    const plan = planHelloAssoImport(adhesions, input());
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toMatchObject({ new: 6, updated: 0, duplicate: 0, unchanged: 0, error: 0 });
    expect(plan.people.map((p) => `${p.firstName} ${p.lastName} ${p.memberNumber}`)).toEqual([
      'Élodie Lefèvre A-0001',
      'Noé Lefèvre A-0002',
      "Mamadou N'Diaye A-0003",
      "Marie-Thérèse de La Tour d'Auvergne A-0004",
      'Lucas Martin A-0005',
      'Åsa Ørsted A-0006',
    ]);
    expect(plan.people.every((p) => p.origin === 'import' && p.importId === 'import-1')).toBe(true);
    const noe = plan.people[1];
    expect(noe).toMatchObject({
      birthDate: '2015-07-02',
      email: '',
      consents: { imageRights: { status: 'granted', on: '2025-09-05' } },
    });
    const forNoe = plan.memberships.find((m) => m.holderId === noe?.id);
    expect(forNoe).toMatchObject({
      tariffId: 'enfant',
      amount: 800,
      paymentMethod: 'helloasso',
      paymentReference: '210000102',
      paidOn: '2025-09-05',
      importId: 'import-1',
    });
    expect(forNoe?.notes).toMatch(/payée par Élodie Lefèvre, elodie\.lefevre@example\.org — Carte bancaire/);
    expect(plan.memberships.find((m) => m.paymentReference === '210000103')).toMatchObject({
      amount: 1000,
      notes: expect.stringMatching(/Code promo RENTREE/),
    });
    expect(plan.memberships.find((m) => m.paymentReference === '210000104')).toMatchObject({
      tariffId: 'bienfaiteur',
      taxReceiptAllowed: true,
    });
    // Refunded: kept, cancelled, for the accounts.
    expect(plan.memberships.find((m) => m.paymentReference === '210000105')).toMatchObject({
      cancelledOn: '2025-09-08',
      cancelReason: 'Remboursée sur HelloAsso.',
    });
  });

  it('importing the same file again changes nothing', () => {
    const first = planHelloAssoImport(adhesions, input());
    const again = planHelloAssoImport(
      adhesions,
      input({ importId: 'import-2', people: first.people, memberships: first.memberships }),
    );
    expect(again.people).toEqual([]);
    expect(again.memberships).toEqual([]);
    expect(again.counts).toMatchObject({ unchanged: 6, new: 0, updated: 0 });
  });

  it('finds people already there; several look-alikes are a duplicate the secretary settles', () => {
    const elodie = makePerson({
      id: 'p-elodie',
      firstName: 'ELODIE',
      lastName: 'lefevre',
      birthDate: '1984-03-12',
      memberNumber: 'A-0007',
    });
    const martin1 = makePerson({ id: 'p-m1', firstName: 'Lucas', lastName: 'Martin' });
    const martin2 = makePerson({
      id: 'p-m2',
      firstName: 'Lucas',
      lastName: 'Martin',
      email: 'autre@example.org',
    });
    const plan = planHelloAssoImport(adhesions, input({ people: [elodie, martin1, martin2] }));
    expect(plan.rows.find((r) => r.line === 2)).toMatchObject({ outcome: 'updated' });
    expect(plan.memberships.find((m) => m.paymentReference === '210000101')?.holderId).toBe('p-elodie');
    expect(plan.rows.find((r) => r.line === 6)).toMatchObject({
      outcome: 'duplicate',
      message: expect.stringMatching(/ressemble à Lucas Martin, Lucas Martin/),
    });
    expect(plan.errors).toEqual([{ line: 6, message: expect.stringMatching(/^Lucas Martin : ressemble à/) }]);
    expect(plan.counts).toMatchObject({ new: 4, updated: 1, duplicate: 1 });
    // The next member number follows the numbers already given.
    expect(plan.people[0]?.memberNumber).toBe('A-0008');
  });

  it('a cotisation typed by hand for the same season and tariff is a duplicate, not a second one', () => {
    const elodie = makePerson({
      id: 'p-elodie',
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      birthDate: '1984-03-12',
    });
    const typed = makeMembership({
      id: 'm1',
      holderId: 'p-elodie',
      seasonId: 's2025',
      tariffId: 'adulte',
      paidOn: '2025-09-04',
    });
    const plan = planHelloAssoImport(adhesions, input({ people: [elodie], memberships: [typed] }));
    expect(plan.rows.find((r) => r.line === 2)).toMatchObject({
      outcome: 'duplicate',
      message: expect.stringMatching(
        /déjà une cotisation « Adulte » pour 2025-2026, payée le 04\/09\/2025.*\(210000101\)/,
      ),
    });
    expect(plan.memberships.some((m) => m.holderId === 'p-elodie')).toBe(false);
  });

  it('a missing season or tariff is an error of the row, in French, with what to do', () => {
    const withoutChild = seasonSchema.parse({
      ...season,
      tariffs: season.tariffs.filter((t) => t.id !== 'enfant'),
    });
    const plan = planHelloAssoImport(adhesions, input({ seasons: [withoutChild] }));
    expect(plan.errors).toEqual([
      {
        line: 3,
        message: expect.stringMatching(
          /le tarif « Adhésion enfant » n’existe pas dans la saison 2025-2026 : ajoutez-le/,
        ),
      },
    ]);
    const none = planHelloAssoImport(adhesions, input({ seasons: [] }));
    expect(none.counts.error).toBe(6);
    expect(none.errors[0]?.message).toMatch(/aucune saison ne contient le 05\/09\/2025/);
    expect(none.people).toEqual([]);
  });

  it('skips orders never paid', () => {
    const pending = parseHelloAssoExport(
      text('adhesions-2025-2026.csv').replace('08/09/2025 20:55;Remboursé', '08/09/2025 20:55;En attente'),
    );
    const plan = planHelloAssoImport(pending, input());
    expect(plan.rows.find((r) => r.line === 6)).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/en attente/),
    });
    expect(plan.memberships.some((m) => m.paymentReference === '210000105')).toBe(false);
  });
});

describe('planHelloAssoImport — paiements', () => {
  it('an « Adhésion » payment is linked by order reference, never a second cotisation', () => {
    const payments = parseHelloAssoExport(text('paiements-2025.csv'));
    const alone = planHelloAssoImport(payments, input());
    expect(alone.memberships).toEqual([]);
    expect(alone.rows.find((r) => r.line === 2)).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/jamais une seconde cotisation/),
    });
    const existing = makeMembership({
      id: 'm1',
      holderId: 'p1',
      seasonId: 's2025',
      paymentReference: '230000301',
      paymentMethod: 'helloasso',
    });
    const linked = planHelloAssoImport(payments, input({ memberships: [existing] }));
    expect(linked.rows.find((r) => r.line === 2)).toMatchObject({ outcome: 'linked' });
    expect(linked.memberships).toEqual([]);
    expect(linked.people).toEqual([]);
  });
});
