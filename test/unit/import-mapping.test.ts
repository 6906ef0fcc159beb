import { userId, deviceId } from '@shared/testing/ids';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { decodeImportBytes, importSizeProblem } from '@shared/import/decode';
import {
  headersKey,
  importMappingsSettingSchema,
  mappingProblems,
  proposeMapping,
  rememberMapping,
  savedMapping,
  type MappingField,
} from '@shared/import/mapping';
import { planMappedImport, type MappedInput } from '@shared/import/mapping-plan';
import { readCsvTable } from '@shared/import/table';
import { readXlsxTable } from '@shared/import/xlsx';
import { canWrite } from '@shared/auth/permissions';
import { excelCsv } from '@shared/export/excel-csv';
import { settingsDocumentSchema } from '@shared/schema/settings';
import { season } from '../support/helloasso-fixtures';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

function decoded(name: string) {
  const result = decodeImportBytes(bytes(name));
  if (!result.ok) throw new Error(result.message);
  return result;
}

let clock = 0;
const input = (over: Partial<MappedInput> = {}): MappedInput => ({
  importId: 'import-1',
  context: {
    userId: userId('user-1'),
    deviceId: deviceId('device-1'),
    now: () => new Date(Date.UTC(2026, 0, 15, 10, 0, clock++)),
  },
  series: 'A',
  people: [],
  memberships: [],
  donations: [],
  seasons: [season],
  today: '2026-01-15',
  canManageDonations: true,
  ...over,
});

describe('proposeMapping', () => {
  it('reads the usual French headers, whatever their accents, case and punctuation', () => {
    expect(
      proposeMapping([
        'Civilité',
        'NOM DE FAMILLE',
        'prénom',
        'E-mail',
        'Tél.',
        'Adresse',
        'CP',
        'Ville',
        'Date de naissance',
        'N° adhérent',
        'Cotisation',
        'Date de paiement',
        'Mode de paiement',
        'Colonne perso',
      ]),
    ).toEqual([
      'person.civility',
      'person.lastName',
      'person.firstName',
      'person.email',
      'person.phone',
      'person.line1',
      'person.postalCode',
      'person.city',
      'person.birthDate',
      'person.memberNumber',
      'membership.amount',
      'membership.paidOn',
      'membership.method',
      'ignore',
    ]);
  });

  it('gives each field to one column only, the best named', () => {
    expect(proposeMapping(['Mail', 'Nom', 'Adresse mail', ' Code  Postal '])).toEqual([
      'ignore',
      'person.lastName',
      'person.email',
      'person.postalCode',
    ]);
    // « Date de naissance » is a birth date, never the payment's « Date ».
    expect(proposeMapping(['Date', 'Date de naissance', 'Nom'])).toEqual([
      'membership.paidOn',
      'person.birthDate',
      'person.lastName',
    ]);
    expect(proposeMapping(['Don', 'Date du don', 'Campagne'])).toEqual([
      'donation.amount',
      'donation.date',
      'donation.campaign',
    ]);
  });

  it('says what is wrong with a mapping before any row is read', () => {
    expect(mappingProblems(['person.firstName'])).toEqual([
      expect.stringMatching(/Aucune colonne n’est le « Nom »/),
    ]);
    expect(mappingProblems(['person.lastName', 'person.email', 'person.email'])).toEqual([
      expect.stringMatching(/« E-mail » est choisi pour deux colonnes/),
    ]);
    expect(mappingProblems(['person.lastName', 'ignore', 'ignore'])).toEqual([]);
  });
});

describe('saved mappings', () => {
  const headers = ['Nom', 'Prénom', 'Mail'];
  const fields: MappingField[] = ['person.lastName', 'ignore', 'person.email'];

  it('are found again for the same columns however they are spelt, not for others', () => {
    const setting = rememberMapping(undefined, headers, fields, '2026-01-15T10:00:00.000Z');
    expect(importMappingsSettingSchema.parse(setting)).toEqual(setting);
    expect(savedMapping(setting, ['NOM', ' prenom ', 'mail'])).toEqual(fields);
    expect(headersKey(['NOM', ' prenom ', 'mail'])).toBe(headersKey(headers));
    expect(savedMapping(setting, ['Nom', 'Mail', 'Prénom'])).toBeUndefined();
    expect(savedMapping(setting, ['Nom', 'Prénom'])).toBeUndefined();
  });

  it('keep the newest 30, one per set of columns', () => {
    let setting = rememberMapping(undefined, headers, fields, '2026-01-15T10:00:00.000Z');
    setting = rememberMapping(
      setting,
      headers,
      ['person.lastName', 'person.firstName', 'ignore'],
      '2026-01-15T11:00:00.000Z',
    );
    expect(setting.mappings).toHaveLength(1);
    expect(savedMapping(setting, headers)).toEqual(['person.lastName', 'person.firstName', 'ignore']);
    for (let i = 0; i < 40; i += 1)
      setting = rememberMapping(setting, [`Nom ${i}`], ['person.lastName'], '2026-01-15T12:00:00.000Z');
    expect(setting.mappings).toHaveLength(30);
    expect(savedMapping(setting, ['Nom 39'])).toEqual(['person.lastName']);
    expect(savedMapping(setting, headers)).toBeUndefined();
  });

  it('are a validated setting that the secretary may write, not any other setting', () => {
    const value = rememberMapping(undefined, headers, fields, '2026-01-15T10:00:00.000Z');
    const doc = {
      id: 'import-mappings',
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
      updatedBy: 'u',
      deviceId: deviceId('d'),
      value,
    };
    expect(settingsDocumentSchema.safeParse(doc).success).toBe(true);
    const tooLong = rememberMapping(
      undefined,
      ['x'.repeat(300)],
      ['person.lastName'],
      '2026-01-15T10:00:00.000Z',
    );
    expect(tooLong.mappings[0]?.mapping.headers[0]).toHaveLength(200);
    const forged = {
      ...doc,
      value: {
        mappings: [{ ...value.mappings[0], mapping: { headers: ['Nom'], fields: ['person.password'] } }],
      },
    };
    expect(settingsDocumentSchema.safeParse(forged).success).toBe(false);
    expect(canWrite('secretary', 'settings', 'update', { id: 'import-mappings' }).allowed).toBe(true);
    expect(canWrite('secretary', 'settings', 'update', { id: 'seasons' }).allowed).toBe(false);
    expect(canWrite('door', 'settings', 'update', { id: 'import-mappings' }).allowed).toBe(false);
  });
});

describe('planMappedImport — an Excel « CSV (point-virgule) » in Windows-1252', () => {
  const file = decoded('membres-excel-1252.csv');
  const table = readCsvTable(file.text);
  const fields = proposeMapping(table.header);

  it('is decoded, its separator and its header row (under a title) found', () => {
    expect(file.encoding).toBe('windows-1252');
    expect(table.separator).toBe(';');
    expect(table.headerLine).toBe(3);
    expect(table.header).toHaveLength(15);
    expect(fields).toEqual([
      'person.civility',
      'person.lastName',
      'person.firstName',
      'person.email',
      'person.phone',
      'person.line1',
      'person.postalCode',
      'person.city',
      'person.birthDate',
      'person.memberNumber',
      'membership.tariff',
      'membership.amount',
      'membership.paidOn',
      'membership.method',
      'person.notes',
    ]);
  });

  it('plans people and cotisations, every bad cell an error with its line and a French reason', () => {
    const plan = planMappedImport(table, fields, input());
    expect(plan.counts).toMatchObject({ new: 3, updated: 0, duplicate: 0, error: 3 });
    expect(plan.people.map((p) => `${p.firstName} ${p.lastName} ${p.memberNumber} ${p.birthDate}`)).toEqual([
      'Élodie Lefèvre A-0001 1985-07-14',
      'Noé Lefèvre A-0002 2015-07-02',
      "Mamadou N'Diaye A-0003 1980-04-03",
    ]);
    const [elodie, , mamadou] = plan.people;
    expect(elodie).toMatchObject({
      phone: '06 12 34 56 78',
      address: { line1: '12 rue des Tilleuls', postalCode: '69003', city: 'Lyon' },
      origin: 'import',
      importId: 'import-1',
    });
    expect(elodie?.notes).toBe('Civilité : Mme\nAncien n° d’adhérent : 12\nBénévole « œuvres » 15 €');
    // A formula is text: kept as written, never run (exports neutralise it, below).
    expect(mamadou?.notes).toBe('Civilité : M.\n=HYPERLINK("http://evil.example/";"clic")');
    expect(mamadou?.phone).toBe('0612345678');
    expect(
      plan.memberships.map((m) => [m.tariffLabel, m.amount, m.paidOn, m.paymentMethod, m.chequeNumber]),
    ).toEqual([
      ['Adulte', 1500, '2025-09-05', 'cheque', '1234567'],
      ['Enfant', 800, '2025-09-05', 'especes', ''],
      ['Adulte', 1250, '2025-09-06', 'carte', ''],
    ]);
    expect(plan.errors).toEqual([
      {
        line: 7,
        message:
          'Marie Dupont : E-mail « marie.dupont@example » n’est pas une adresse e-mail valide. ; Date de naissance « 31/02/1990 » impossible (ce jour n’existe pas dans le calendrier).',
      },
      {
        line: 8,
        message:
          'Lucas Martin : Cotisation « quinze » illisible : attendu un montant comme 15,00 ou 1 250,00.',
      },
      { line: 9, message: expect.stringMatching(/^cette ligne a 17 colonnes, l’en-tête en a 15/) },
    ]);
  });

  it('importing the same file again adds nothing; a later file adds to the people found', () => {
    const first = planMappedImport(table, fields, input());
    const again = planMappedImport(
      table,
      fields,
      input({ importId: 'import-2', people: first.people, memberships: first.memberships }),
    );
    expect(again.people).toEqual([]);
    expect(again.memberships).toEqual([]);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3, error: 3 });
    expect(again.rows.find((row) => row.line === 4)?.message).toMatch(
      /déjà dans Tilleul ; cotisation « Adulte » 2025-2026 déjà enregistrée/,
    );

    const donors = decoded('donateurs-utf8-bom.csv');
    expect(donors.encoding).toBe('utf-8-bom');
    const donorTable = readCsvTable(donors.text);
    expect(donorTable.separator).toBe(',');
    const donorFields = proposeMapping(donorTable.header);
    expect(donorFields).toEqual([
      'person.lastName',
      'person.firstName',
      'person.email',
      'donation.amount',
      'donation.date',
      'membership.method',
      'donation.campaign',
    ]);
    // « Mode » was taken for a cotisation: the secretary makes it the donation's.
    donorFields[5] = 'donation.method';
    const gifts = planMappedImport(
      donorTable,
      donorFields,
      input({ importId: 'import-3', people: first.people }),
    );
    expect(gifts.counts).toMatchObject({ new: 1, updated: 1, error: 1 });
    expect(gifts.people).toHaveLength(1);
    // A donor only is given no member number, as on the donation screen.
    expect(gifts.people[0]).toMatchObject({ firstName: 'Åsa', lastName: 'Ørsted', memberNumber: '' });
    expect(gifts.donations.map((d) => [d.amount, d.receivedOn, d.method, d.campaign])).toEqual([
      [125000, '2025-11-14', 'virement', 'Fin d’année'.replace('’', "'")],
      [5000, '2025-12-01', 'cheque', 'Toiture, église'],
    ]);
    expect(gifts.donations[1]?.donorId).toBe(first.people[0]?.id);
    expect(gifts.errors).toEqual([
      {
        line: 4,
        message: 'Élodie Lefèvre : Don « -5,00 » illisible : attendu un montant comme 15,00 ou 1 250,00.',
      },
    ]);
    const twice = planMappedImport(
      donorTable,
      donorFields,
      input({ importId: 'import-4', people: [...first.people, ...gifts.people], donations: gifts.donations }),
    );
    expect(twice.donations).toEqual([]);
    expect(twice.counts).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    // Only the treasurer and the administrator record donations.
    const secretary = planMappedImport(donorTable, donorFields, input({ canManageDonations: false }));
    expect(secretary.donations).toEqual([]);
    expect(secretary.errors[0]?.message).toMatch(
      /seuls le trésorier et l’administrateur enregistrent des dons/,
    );
  });

  it('fills the empty fields of someone found, once even when two rows name them, never a stored value', () => {
    const first = planMappedImport(table, fields, input());
    const elodie = first.people.find((person) => person.firstName === 'Élodie');
    if (!elodie) throw new Error('Élodie not planned');
    const stored = { ...elodie, email: '', phone: '07 00 00 00 01' };
    const later = readCsvTable(
      'N° adhérent;Nom;Prénom;E-mail;Téléphone\n' +
        `${elodie.memberNumber};Lefèvre;Élodie;elodie@example.org;06 00 00 00 00\n` +
        `${elodie.memberNumber};Lefèvre;Élodie;autre@example.org;\n`,
    );
    const plan = planMappedImport(later, proposeMapping(later.header), input({ people: [stored] }));
    expect(plan.fills).toEqual([
      { personId: elodie.id, changes: [{ field: 'email', value: 'elodie@example.org' }] },
    ]);
    expect(plan.rows.map((row) => [row.outcome, row.message])).toEqual([
      ['updated', 'déjà dans Tilleul ; complété : e-mail.'],
      ['unchanged', 'déjà dans Tilleul : rien de nouveau.'],
    ]);
    // A person the same file adds is new whole: nothing to fill.
    expect(first.fills).toEqual([]);
  });

  it('finds people by member number, and refuses a number that is someone else’s', () => {
    const first = planMappedImport(table, fields, input());
    const renamed = readCsvTable('Nom;Prénom;N° adhérent\nLEFEVRE;Élo;A-0001\nMartin;Jean;A-0002\n');
    const plan = planMappedImport(renamed, proposeMapping(renamed.header), input({ people: first.people }));
    expect(plan.counts).toMatchObject({ unchanged: 1, error: 1 });
    expect(plan.errors[0]?.message).toBe(
      'Jean Martin : N° adhérent A-0002 est celui de Noé Lefèvre : corrigez le numéro ou le nom dans le fichier.',
    );
  });

  it('says in French what is wrong with the file itself', () => {
    const plan = (text: string, mapping?: MappingField[]) => {
      const t = readCsvTable(text);
      return planMappedImport(t, mapping ?? proposeMapping(t.header), input()).errors;
    };
    expect(plan('')).toEqual([{ line: 1, message: 'Le fichier est vide : aucune ligne à importer.' }]);
    expect(plan('Nom;Prénom\n')).toEqual([
      { line: 1, message: 'Le fichier est vide : aucune ligne à importer.' },
    ]);
    expect(plan('Dupont;12/03/1980;15,00\nMartin;01/02/1990;8\n')).toEqual([
      { line: 1, message: expect.stringMatching(/^Le fichier n’a pas de ligne d’en-tête/) },
    ]);
    expect(plan('Prénom;Mail\nMarie;m@example.org\n')).toEqual([
      { line: 1, message: expect.stringMatching(/Aucune colonne n’est le « Nom »/) },
    ]);
    expect(plan('Nom;Prénom\nDupont;Marie\n', ['person.lastName'])).toEqual([
      { line: 1, message: expect.stringMatching(/ne va pas avec ce fichier/) },
    ]);
  });

  it('a formula imported as text is neutralised when exported again', () => {
    const plan = planMappedImport(table, fields, input());
    const notes = plan.people[2]?.notes ?? '';
    const csv = excelCsv(['Notes'], [[notes.split('\n')[1] ?? '']]);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/[;\n]"?=HYPERLINK/);
  });
});

describe('planMappedImport — an XLSX workbook', () => {
  it('reads the sheet written by write-excel-file into the same plan (numbers and dates included)', async () => {
    const header = ['Nom', 'Prénom', 'Courriel', 'Né le', 'Tarif', 'Montant', 'Payé le', 'Règlement'].map(
      (value) => ({
        value,
        fontWeight: 'bold' as const,
      }),
    );
    const row = (name: string, first: string, email: string, birth: Date, amount: number, method: string) => [
      { type: String, value: name },
      { type: String, value: first },
      { type: String, value: email },
      { type: Date, value: birth, format: 'dd/mm/yyyy' },
      { type: String, value: 'Adulte' },
      { type: Number, value: amount },
      { type: Date, value: new Date(Date.UTC(2025, 8, 10)), format: 'dd/mm/yyyy' },
      { type: String, value: method },
    ];
    const buffer = await writeXlsxFile([
      header,
      row('Rousseau', 'Jeanne', 'jeanne@example.org', new Date(Date.UTC(1990, 2, 1)), 15, 'Espèces'),
      row('Petit', 'Louis', 'louis@example.org', new Date(Date.UTC(1975, 10, 30)), 12.5, 'Virement'),
    ]).toBuffer();
    const read = await readXlsxTable(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
    );
    if (!read.ok) throw new Error(read.message);
    const fields = proposeMapping(read.table.header);
    expect(fields).toEqual([
      'person.lastName',
      'person.firstName',
      'person.email',
      'person.birthDate',
      'membership.tariff',
      'membership.amount',
      'membership.paidOn',
      'membership.method',
    ]);
    const plan = planMappedImport(read.table, fields, input());
    expect(plan.errors).toEqual([]);
    expect(plan.people.map((p) => [p.lastName, p.birthDate, p.email])).toEqual([
      ['Rousseau', '1990-03-01', 'jeanne@example.org'],
      ['Petit', '1975-11-30', 'louis@example.org'],
    ]);
    expect(plan.memberships.map((m) => [m.amount, m.paidOn, m.paymentMethod])).toEqual([
      [1500, '2025-09-10', 'especes'],
      [1250, '2025-09-10', 'virement'],
    ]);
  });
});

describe('hostile files', () => {
  it('a 50 MB file is refused on its size, before it is read', () => {
    expect(importSizeProblem(50 * 1024 * 1024)).toMatch(/^Ce fichier pèse 50 Mo : c’est plus que les 20 Mo/);
    expect(importSizeProblem(2 * 1024 * 1024)).toBeUndefined();
  });

  it('a binary file or an UTF-16 one is refused with what to do', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeImportBytes(png)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/enregistrez-le/),
    });
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, 0x4e, 0]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-16/),
    });
  });

  it('a formula in any cell stays text and a quoted line break stays in its cell', () => {
    const t = readCsvTable('Nom;Prénom;Notes\n"=1+1";"@SUM(A1)";"ligne 1\nligne 2"\nDupont;Marie;-2+3\n');
    const plan = planMappedImport(t, proposeMapping(t.header), input());
    expect(plan.errors).toEqual([]);
    expect(plan.people.map((p) => [p.lastName, p.firstName, p.notes])).toEqual([
      ['=1+1', '@SUM(A1)', 'ligne 1\nligne 2'],
      ['Dupont', 'Marie', '-2+3'],
    ]);
    const csv = excelCsv(
      ['Nom', 'Prénom', 'Notes'],
      plan.people.map((p) => [p.lastName, p.firstName, p.notes]),
    );
    expect(csv).toContain(`'=1+1`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(`'-2+3`);
  });
});
