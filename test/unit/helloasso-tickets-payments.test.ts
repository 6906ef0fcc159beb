import { describe, expect, it } from 'vitest';
import { attendanceId } from '@shared/events/attendance';
import { eventDocumentSchema } from '@shared/events/event';
import { parseHelloAssoExport } from '@shared/import/helloasso';
import { planHelloAssoImport, type ImportPlan, type PlanInput } from '@shared/import/helloasso-plan';
import { eventTitleFromFileName } from '@shared/import/helloasso-tickets';
import { makeMembership, makePerson } from '@shared/members/testing';
import { helloAssoFixture, season } from '../support/helloasso-fixtures';
import { deviceId, eventId, personId, userId } from '@shared/testing/ids';

const billetterie = parseHelloAssoExport(helloAssoFixture('billetterie-loto-2025.csv'));
const paiements = parseHelloAssoExport(helloAssoFixture('paiements-2025.csv'));

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
  fileName: 'billetterie-loto-2025.csv',
  canManageDonations: true,
  ...over,
});

/** What the database holds once `plan` is written on top of `before`. */
const after = (before: PlanInput, plan: ImportPlan): Partial<PlanInput> => ({
  people: [...before.people, ...plan.people],
  memberships: [...before.memberships, ...plan.memberships],
  events: [...(before.events ?? []), ...plan.events],
  attendance: [...(before.attendance ?? []), ...plan.attendance],
  donations: [...(before.donations ?? []), ...plan.donations],
});

const loto = eventDocumentSchema.parse({
  id: 'ev-loto',
  createdAt: '2025-10-01T10:00:00.000Z',
  updatedAt: '2025-10-01T10:00:00.000Z',
  updatedBy: 'user-1',
  deviceId: deviceId('device-1'),
  title: 'Grand loto de Noël',
  startsOn: '2025-12-13',
  memberPrice: 1000,
  nonMemberPrice: 1000,
});

describe('planHelloAssoImport — billetterie', () => {
  it('names the event after the file', () => {
    expect(eventTitleFromFileName('billetterie-loto-2025.csv')).toBe('Loto 2025');
    expect(eventTitleFromFileName('Export_Billetterie_Concert de printemps.xlsx')).toBe(
      'Concert de printemps',
    );
    expect(eventTitleFromFileName('billetterie.csv')).toBe('');
  });

  it('registers the participants to the event it finds, payers and participants as people', () => {
    const plan = planHelloAssoImport(billetterie, input({ events: [loto] }));
    expect(plan.errors).toEqual([]);
    expect(plan.event).toEqual({
      id: 'ev-loto',
      title: 'Grand loto de Noël',
      startsOn: '2025-12-13',
      created: false,
    });
    expect(plan.events).toEqual([]);
    expect(plan.people.map((p) => `${p.firstName} ${p.lastName}|${p.email}|${p.memberNumber}`)).toEqual([
      'Élodie Lefèvre|elodie.lefevre@example.org|',
      'Noé Lefèvre||',
      'Chloé Bernard|chloe.bernard@example.org|',
    ]);
    expect(plan.people.every((p) => p.origin === 'import' && p.importId === 'import-1')).toBe(true);
    expect(plan.attendance).toHaveLength(3);
    const noe = plan.people[1];
    const forNoe = plan.attendance.find((a) => a.personId === noe?.id);
    expect(forNoe).toMatchObject({
      id: attendanceId(eventId('ev-loto'), noe?.id ?? personId('')),
      eventId: eventId('ev-loto'),
      registered: true,
      present: false,
      importId: 'import-1',
    });
    expect(forNoe?.notes).toBe(
      'HelloAsso, commande 220000201, billet 220000202 — Carton loto enfant (5,00 €), payé par Élodie Lefèvre.\n' +
        'Adresse Mail de Contact : elodie.lefevre@example.org.',
    );
    // Hugo's order is still pending: not imported, counted as such.
    expect(plan.rows.find((r) => r.line === 5)).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/en attente/),
    });
    expect(plan.counts).toMatchObject({ new: 3, updated: 0, unchanged: 0, skipped: 1, error: 0 });
    expect(plan.notImported).toEqual({ pending: 1 });
  });

  it('creates the event when Tilleul has none of that name, and says so; importing again changes nothing', () => {
    const first = input({ events: [{ ...loto, title: 'Concert', id: eventId('ev-concert') }] });
    const plan = planHelloAssoImport(billetterie, first);
    expect(plan.event).toMatchObject({ title: 'Loto 2025', startsOn: '2025-11-13', created: true });
    expect(plan.events).toHaveLength(1);
    expect(plan.events[0]).toMatchObject({ title: 'Loto 2025', kind: 'party', importId: 'import-1' });
    expect(plan.events[0]?.notes).toMatch(/corrigez la date dans Événements/);
    expect(plan.attendance.every((a) => a.eventId === plan.events[0]?.id)).toBe(true);

    const again = planHelloAssoImport(billetterie, input({ importId: 'import-2', ...after(first, plan) }));
    expect(again.event).toMatchObject({ id: plan.events[0]?.id, created: false });
    expect(again.events).toEqual([]);
    expect(again.people).toEqual([]);
    expect(again.attendance).toEqual([]);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3, skipped: 1 });
  });

  it('finds people already known; a cancelled or refunded ticket is not imported and counted', () => {
    const chloe = makePerson({
      id: 'p-chloe',
      firstName: 'Chloé',
      lastName: 'Bernard',
      email: 'chloe.bernard@example.org',
    });
    const text = helloAssoFixture('billetterie-loto-2025.csv')
      .replace(
        '220000201;12/11/2025 14:25;Validé;Lefèvre;Noé',
        '220000201;12/11/2025 14:25;Remboursé;Lefèvre;Noé',
      )
      .replace('13/11/2025 10:00;En attente', '13/11/2025 10:00;Annulé');
    const plan = planHelloAssoImport(parseHelloAssoExport(text), input({ events: [loto], people: [chloe] }));
    expect(plan.counts).toMatchObject({ new: 1, updated: 1, skipped: 2 });
    expect(plan.notImported).toEqual({ refunded: 1, cancelled: 1 });
    expect(plan.attendance.map((a) => a.personId)).toContain('p-chloe');
    expect(plan.rows.find((r) => r.line === 3)?.message).toMatch(/remboursée/);
  });
});

describe('planHelloAssoImport — paiements', () => {
  it('imports the donations and the « Don supplémentaire », the payers as people', () => {
    const existing = makeMembership({
      id: 'm1',
      holderId: personId('p1'),
      seasonId: 's2025',
      paymentReference: '230000301',
      paymentMethod: 'helloasso',
    });
    const text = helloAssoFixture('paiements-2025.csv').replace(
      '65,00;05/09/2025 18:02:41;Payé;Oui;10/09/2025;Lefèvre;Élodie;elodie.lefevre@example.org;Adhésions 2025-2026;Adhésion;20,00;45,00;;',
      '75,00;05/09/2025 18:02:41;Payé;Oui;10/09/2025;Lefèvre;Élodie;elodie.lefevre@example.org;Adhésions 2025-2026;Adhésion;20,00;45,00;10,00;',
    );
    const plan = planHelloAssoImport(parseHelloAssoExport(text), input({ memberships: [existing] }));
    expect(plan.errors).toEqual([]);
    expect(plan.memberships).toEqual([]);
    expect(
      plan.donations.map((d) => [d.paymentReference, d.amount, d.method, d.receivedOn, d.campaign]),
    ).toEqual([
      ['330000401', 1000, 'carte', '2025-09-05', 'Adhésions 2025-2026'],
      ['330000402', 12000, 'carte', '2025-12-14', 'Soutenez la rénovation du lavoir'],
      ['330000403', 5000, 'cheque', '2025-12-20', 'Soutenez la rénovation du lavoir'],
    ]);
    expect(plan.donations.every((d) => d.importId === 'import-1' && d.receiptId === '')).toBe(true);
    expect(plan.people.map((p) => `${p.firstName} ${p.lastName}`)).toEqual([
      'Élodie Lefèvre',
      'Bernadette Rousseau',
      'Jean-Pierre Faure',
    ]);
    expect(plan.donations[0]?.notes).toMatch(/don supplémentaire sur un paiement de 75,00 €/);
    expect(plan.rows.find((r) => r.line === 2)?.message).toMatch(
      /don de 10,00 €\. Et paiement de la cotisation « Adulte » \(commande 230000301\) : déjà enregistrée/,
    );
    // Lucas's payment was refunded: not imported, counted as such.
    expect(plan.rows.find((r) => r.line === 5)).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/remboursée/),
    });
    expect(plan.notImported).toEqual({ refunded: 1 });
    expect(plan.counts).toMatchObject({ new: 3, skipped: 1, error: 0 });
  });

  it('importing the same file again changes nothing', () => {
    const first = input();
    const plan = planHelloAssoImport(paiements, first);
    expect(plan.donations).toHaveLength(2);
    const again = planHelloAssoImport(paiements, input({ importId: 'import-2', ...after(first, plan) }));
    expect(again.donations).toEqual([]);
    expect(again.people).toEqual([]);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
  });

  it('a donor already known is found; only the treasurer and the administrator import donations', () => {
    const bernadette = makePerson({
      id: 'p-b',
      firstName: 'Bernadette',
      lastName: 'Rousseau',
      email: 'b.rousseau@example.org',
    });
    const plan = planHelloAssoImport(paiements, input({ people: [bernadette] }));
    expect(plan.donations.find((d) => d.paymentReference === '330000402')?.donorId).toBe('p-b');
    expect(plan.rows.find((r) => r.line === 3)).toMatchObject({ outcome: 'updated' });

    const secretary = planHelloAssoImport(paiements, input({ canManageDonations: false }));
    expect(secretary.donations).toEqual([]);
    expect(secretary.people).toEqual([]);
    expect(secretary.errors).toEqual([
      {
        line: 3,
        message: expect.stringMatching(
          /^Bernadette Rousseau : don de 120,00 € : seuls le trésorier et l’administrateur/,
        ),
      },
      { line: 4, message: expect.stringMatching(/^Jean-Pierre Faure : don de 50,00 €/) },
    ]);
  });

  it('reads an Excel re-save: commas, quoted line breaks, thousands spaces, dates without seconds', () => {
    const text =
      'Référence commande,Référence paiement,Montant total,Date du paiement,Statut du paiement,Nom payeur,Prénom payeur,Email payeur,Campagne,Type de campagne,Don supplémentaire,Moyen de paiement\r\n' +
      '240000001,340000001,"1 250,00",03/01/2026 10:15,Validé,Durand,"Anne-Sophie",as.durand@example.org,"Lavoir\n(2e tranche)",Don,,Virement\r\n' +
      '240000002,340000002,"20,00",04/01/2026,Refusé,Petit,Hugo,,Lavoir,Don,,Carte bancaire\r\n' +
      '240000003,,"12,50",05/01/2026,Payé,,Zoé,,Lavoir,Don,,Carte bancaire\r\n';
    const parsed = parseHelloAssoExport(text);
    expect(parsed.kind).toBe('payments');
    const plan = planHelloAssoImport(parsed, input());
    expect(plan.donations).toEqual([
      expect.objectContaining({
        amount: 125000,
        method: 'virement',
        receivedOn: '2026-01-03',
        campaign: 'Lavoir\n(2e tranche)',
        paymentReference: '340000001',
      }),
    ]);
    expect(plan.notImported).toEqual({ refused: 1 });
    // Lines as the spreadsheet numbers its rows: the quoted line break stays in row 2.
    expect(plan.errors).toEqual([{ line: 4, message: expect.stringMatching(/nom du payeur vide/) }]);
  });
});
