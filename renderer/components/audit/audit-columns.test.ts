import { readSheet } from 'read-excel-file/universal';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit/audit';
import { auditEntrySchema } from '@shared/audit/audit';
import { excelCsv } from '@shared/export/excel-csv';
import { exportBytes, exportTable } from '@shared/export/list-export';
import { auditColumns } from '@renderer/components/audit/audit-columns';
import type { AuditReading } from '@renderer/components/audit/read-audit';
import { initI18n } from '@renderer/i18n/i18n';
import { keyTranslator } from '@renderer/i18n/translate-key';

let reading: AuditReading;
let tr: (key: string) => string;

beforeAll(async () => {
  const i18n = await initI18n('fr');
  const t = i18n.t.bind(i18n) as TFunction;
  tr = keyTranslator(t);
  reading = {
    t,
    locale: 'fr-FR',
    deviceId: 'device-here',
    names: {
      person: (id) => ({ p1: 'Zoé Lefèvre' })[id],
      household: () => undefined,
      season: () => undefined,
      tariff: () => undefined,
      user: (id) => ({ u1: 'Sophie Secrétaire' })[id],
      customField: () => undefined,
      event: () => undefined,
      attendance: () => undefined,
      donation: () => undefined,
      receipt: () => undefined,
      importedAt: () => undefined,
      membership: () => undefined,
    },
  };
});

const entry = (fields: Partial<AuditEntry>): AuditEntry =>
  auditEntrySchema.parse({
    id: 'a1',
    createdAt: '2026-07-14T08:05:00.000Z',
    updatedAt: '2026-07-14T08:05:00.000Z',
    updatedBy: 'u1',
    deviceId: 'device-here',
    action: 'update',
    userName: 'Sophie Secrétaire',
    collectionName: 'people',
    documentId: 'p1',
    changes: [{ field: 'address.city', before: '', after: '=HYPERLINK("http://x")' }],
    detail: '',
    ...fields,
  });

describe('the journal’s columns', () => {
  it('are the table’s, with the date as a date and the time beside it', () => {
    const table = exportTable(auditColumns(reading, { withTarget: true }), [entry({})], tr);
    expect(table.header).toEqual(['Quand', 'Heure', 'Qui', 'Appareil', 'Action', 'Sur', 'Détails']);
    const [row] = table.rows;
    const local = new Date('2026-07-14T08:05:00.000Z');
    const hours = String(local.getHours()).padStart(2, '0');
    expect(row).toEqual([
      { date: '2026-07-14' },
      `${hours}:05`,
      'Sophie Secrétaire',
      'Cet appareil',
      'Modification',
      'Personnes · Zoé Lefèvre',
      expect.stringMatching(/^Ville\s:\s\(vide\)\s→\s«\s=HYPERLINK/),
    ]);
  });

  it('leave « Sur » out of a person’s history', () => {
    const table = exportTable(auditColumns(reading, { withTarget: false }), [entry({})], tr);
    expect(table.header).not.toContain('Sur');
    expect(table.header).toHaveLength(6);
  });

  it('give a CSV and a workbook with no formula in them', async () => {
    const entries = [
      entry({ userName: '=cmd|calc', changes: [{ field: 'lastName', before: 'Roux', after: '=1+1' }] }),
    ];
    const table = exportTable(auditColumns(reading, { withTarget: true }), entries, tr);
    const csv = excelCsv(table.header, table.rows);
    expect(csv.startsWith('\ufeffQuand;Heure;Qui;Appareil;Action;Sur;Détails\r\n14/07/2026;')).toBe(true);
    expect(csv).toContain(";'=cmd|calc;");
    const sheet = await readSheet(
      new Blob([(await exportBytes(table, 'xlsx', 'Journal')) as Uint8Array<ArrayBuffer>]),
    );
    expect(sheet[1]?.[0]).toEqual(new Date(Date.UTC(2026, 6, 14)));
    expect(sheet[1]?.[2]).toBe("'=cmd|calc");
    expect(sheet[1]?.[4]).toBe('Modification');
    // A change that starts with « Nom : » is text, and so is the whole cell.
    expect(String(sheet[1]?.[6])).toMatch(/^Nom\s:\s«\sRoux\s»\s→\s«\s=1\+1\s»$/);
  });
});
