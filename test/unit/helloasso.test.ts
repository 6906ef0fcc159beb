import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHelloAssoExport, type HelloAssoExport } from '@shared/import/helloasso';
import { decodeImportBytes } from '@shared/import/decode';
import { MAX_IMPORT_ROWS } from '@shared/import/table';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/helloasso/${name}`, import.meta.url));
const parseFixture = (name: string) => {
  const decoded = decodeImportBytes(fixture(name));
  if (!decoded.ok) throw new Error(decoded.message);
  return parseHelloAssoExport(decoded.text);
};
const byLine = (result: HelloAssoExport, line: number) =>
  result.records.find((record) => record.line === line);

const MEMBERSHIP_HEADER =
  'Référence commande;Date de la commande;Statut de la commande;Nom adhérent;Prénom adhérent;Nom payeur;Prénom payeur;Email payeur;Raison sociale;Moyen de paiement;Tarif;Montant tarif;Code Promo;Montant code promo';

describe('parseHelloAssoExport — the fixtures', () => {
  it('reads the adhésions export: member vs payer, statuses, amounts, options and custom fields', () => {
    const result = parseFixture('adhesions-2025-2026.csv');
    expect(result.kind).toBe('memberships');
    expect(result.errors).toEqual([]);
    expect(result.records.map((record) => record.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(byLine(result, 2)).toMatchObject({
      orderRef: '210000101',
      date: '2025-09-05T18:02',
      status: 'valid',
      amountCents: 1500,
      person: { firstName: 'Élodie', lastName: 'Lefèvre', email: 'elodie.lefevre@example.org' },
      tariff: 'Adhésion adulte',
      birthDate: '1984-03-12',
      options: [{ label: 'Yoga', value: 'Oui', amountCents: 4500 }],
      imageRights: true,
    });
    // A child registered by a parent: the parent pays, the child has no e-mail of their own.
    const child = byLine(result, 3);
    expect(child?.person).toEqual({ firstName: 'Noé', lastName: 'Lefèvre' });
    expect(child?.payer).toEqual({
      firstName: 'Élodie',
      lastName: 'Lefèvre',
      email: 'elodie.lefevre@example.org',
    });
    // A promo code: the membership's amount is the tariff less the code.
    expect(byLine(result, 4)).toMatchObject({
      tariffCents: 1500,
      promoCode: 'RENTREE',
      promoCents: -500,
      amountCents: 1000,
    });
    expect(byLine(result, 4)?.customFields).toEqual([
      { label: 'Commentaires (hors ligne)', value: 'Chèque n°1234567 remis au trésorier' },
    ]);
    // A quoted address with a « ; » inside stays one cell.
    expect(byLine(result, 5)).toMatchObject({
      address: { street: 'Château; aile ouest', postcode: '24200' },
    });
    expect(byLine(result, 6)?.status).toBe('refunded');
    expect(byLine(result, 7)?.payer).toMatchObject({ company: 'Ferme du Pech' });
    expect(byLine(result, 7)).not.toHaveProperty('birthDate');
  });

  it('reads the billetterie export: one record per ticket, participants and payer', () => {
    const result = parseFixture('billetterie-loto-2025.csv');
    expect(result.kind).toBe('tickets');
    expect(result.errors).toEqual([]);
    expect(result.records).toHaveLength(4);
    expect(byLine(result, 3)).toMatchObject({
      orderRef: '220000201',
      ticketNumber: '220000202',
      person: { firstName: 'Noé', lastName: 'Lefèvre' },
      payer: { firstName: 'Élodie' },
      amountCents: 500,
    });
    expect(byLine(result, 5)?.status).toBe('pending');
  });

  it('reads the paiements export: seconds or no time, Hors Ligne is valid, the extra donation', () => {
    const result = parseFixture('paiements-2025.csv');
    expect(result.kind).toBe('payments');
    expect(result.errors).toEqual([]);
    expect(byLine(result, 2)).toMatchObject({
      orderRef: '230000301',
      paymentRef: '330000401',
      date: '2025-09-05T18:02:41',
      amountCents: 6500,
      tariffCents: 2000,
      optionsCents: 4500,
      donationCents: 0,
      campaignType: 'membership',
      person: { firstName: 'Élodie', lastName: 'Lefèvre', email: 'elodie.lefevre@example.org' },
    });
    expect(byLine(result, 3)).toMatchObject({
      donationCents: 12000,
      campaignType: 'donation',
      status: 'valid',
    });
    expect(byLine(result, 4)).toMatchObject({ date: '2025-12-20', status: 'valid', donationCents: 5000 });
    expect(byLine(result, 5)?.status).toBe('refunded');
  });
});

describe('parseHelloAssoExport — real-world shapes', () => {
  it('an Excel re-save: commas, stray header spaces, thousands spaces, line breaks in quotes', () => {
    const text = [
      ' Référence  commande ,Date de la commande, Statut de la commande,Nom adhérent,Prénom adhérent ,Nom payeur,Prénom payeur,Email payeur,Tarif,Montant tarif',
      '1,"01/10/2025 09:05:07",Payé,Durand,Anne,Durand,Anne,ANNE@Example.org,Bienfaiteur,"1 250,00"',
      '2,01/10/2025,Hors Ligne,"Du\nPont",Jean,Du Pont,Jean,,Adulte,"2\u00a0500,50"',
      '3,02/10/2025 10:00,En attente,Roy,Léa,Roy,Léa,,Adulte,"1\u202f000"',
      '4,03/10/2025 10:00,Refusé,Roy,Paul,Roy,Léa,,Adulte,"15"',
      '5,03/10/2025 10:00,Annulé,Roy,Zoé,Roy,Léa,,Adulte,"15"',
    ].join('\r\n');
    const result = parseHelloAssoExport(text);
    expect(result.errors).toEqual([]);
    expect(
      result.records.map((record) => [record.line, record.status, record.date, record.amountCents]),
    ).toEqual([
      [2, 'valid', '2025-10-01T09:05:07', 125000],
      [3, 'valid', '2025-10-01', 250050],
      [4, 'pending', '2025-10-02T10:00', 100000],
      [5, 'refused', '2025-10-03T10:00', 1500],
      [6, 'cancelled', '2025-10-03T10:00', 1500],
    ]);
    expect(result.records[0]?.person.email).toBe('anne@example.org');
    expect(result.records[1]?.person.lastName).toBe('Du\nPont');
  });

  it('keeps dates as the local time written, whatever the machine’s time zone', () => {
    const text = `${MEMBERSHIP_HEADER}\n1;31/12/2025 23:59;Validé;A;B;A;B;;;;T;1,00;;\n`;
    expect(parseHelloAssoExport(text).records[0]?.date).toBe('2025-12-31T23:59');
  });

  it('keeps a formula as plain text, never evaluated or dropped', () => {
    const formula = '=HYPERLINK("http://evil.example/x","Cliquez")';
    const text = `${MEMBERSHIP_HEADER}\n1;01/10/2025;Validé;"${formula.replace(/"/g, '""')}";Jean;X;Y;;;;T;1,00;;\n`;
    const result = parseHelloAssoExport(text);
    expect(result.errors).toEqual([]);
    expect(result.records[0]?.person.lastName).toBe(formula);
  });
});

describe('parseHelloAssoExport — hostile files never throw', () => {
  it('an empty file, blanks only, a BOM only', () => {
    for (const text of ['', '   \r\n\r\n', '\ufeff']) {
      const result = parseHelloAssoExport(text);
      expect(result.kind).toBeNull();
      expect(result.errors[0]?.message).toMatch(/vide/);
    }
  });

  it('binary content (an XLSX given as text)', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    const result = parseHelloAssoExport(new TextDecoder('windows-1252').decode(bytes));
    expect(result.kind).toBeNull();
    expect(result.records).toEqual([]);
    expect(result.errors[0]?.message).toMatch(/pas un (tableau|export HelloAsso)/);
  });

  it('a table that is not a HelloAsso export, and one with columns missing', () => {
    const other = parseHelloAssoExport('Nom;Prénom;Ville\nDupont;Jean;Sarlat\n');
    expect(other.kind).toBeNull();
    expect(other.errors[0]?.message).toMatch(/n’est pas un export HelloAsso reconnu/);
    const partial = parseHelloAssoExport('Référence commande;Nom adhérent;Prénom adhérent\n1;A;B\n');
    expect(partial.kind).toBeNull();
    expect(partial.errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/il manque les colonnes.*date de la commande/),
    });
  });

  it('rows in error say their line and why, in French, and the good rows are kept', () => {
    const text = [
      MEMBERSHIP_HEADER,
      '1;01/10/2025;Validé;A;B;A;B;;;;T;1,00;;',
      '2;31/02/2025;Validé;A;B;A;B;;;;T;1,00;;',
      '3;01/10/2025;Peut-être;A;B;A;B;;;;T;1,00;;',
      '4;01/10/2025;Validé;A;B;A;B;;;;T;beaucoup;;',
      '5;01/10/2025;Validé;;;A;B;;;;T;1,00;;',
      '6;01/10/2025;Validé;A;B;A;B;pas-un-mail;;;T;1,00;;',
      '7;01/10/2025;Validé;A;B;A;B;;;;T;1,00;;;en trop',
      '8;01/10/2025;Validé;A;B',
      ';01/10/2025;Validé;A;B;A;B;;;;T;1,00;;',
    ].join('\n');
    const result = parseHelloAssoExport(text);
    expect(result.records.map((record) => record.line)).toEqual([2]);
    expect(result.errors.map((error) => error.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const message = (line: number) => result.errors.find((error) => error.line === line)?.message;
    expect(message(3)).toMatch(/date « 31\/02\/2025 » illisible/);
    expect(message(4)).toMatch(/statut « Peut-être » inconnu/);
    expect(message(5)).toMatch(/montant du tarif « beaucoup » illisible/);
    expect(message(6)).toMatch(/nom et prénom de l’adhérent vides/);
    expect(message(7)).toMatch(/n’est pas une adresse e-mail valide/);
    expect(message(8)).toMatch(/15 colonnes, l’en-tête en a 14/);
    expect(message(9)).toMatch(/n’a que 5 colonnes/);
    expect(message(10)).toMatch(/référence de commande manquante/);
  });

  it('a 50 MB file is cut at the row limit with an error, quickly and without throwing', () => {
    const row =
      '210000101;05/09/2025 18:02;Validé;Lefèvre;Élodie;Lefèvre;Élodie;elodie@example.org;;Carte bancaire;Adhésion adulte;15,00;;\n';
    const count = Math.ceil((50 * 1024 * 1024) / row.length);
    const text = `${MEMBERSHIP_HEADER}\n${row.repeat(count)}`;
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const started = Date.now();
    const result = parseHelloAssoExport(text);
    expect(result.kind).toBe('memberships');
    expect(result.records.length).toBe(MAX_IMPORT_ROWS);
    expect(result.errors.at(-1)?.message).toMatch(/plus de 50\s000 lignes/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a 50 MB single line (no separator, no line break) gives an error, not a crash', () => {
    const result = parseHelloAssoExport('x'.repeat(50 * 1024 * 1024));
    expect(result.kind).toBeNull();
    expect(result.errors).toHaveLength(1);
  });
});
