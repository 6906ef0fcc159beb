import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readXlsxTable } from '@shared/import/xlsx';
import { parseHelloAssoTable } from '@shared/import/helloasso';

async function workbook(rows: (string | number | Date | null)[][]): Promise<ArrayBuffer> {
  const data = rows.map((row) =>
    row.map((value) =>
      value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy hh:mm' } : { value },
    ),
  );
  const buffer = await writeXlsxFile(data).toBuffer();
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

describe('readXlsxTable', () => {
  it('reads a HelloAsso export saved as .xlsx into the same records as its CSV', async () => {
    const bytes = await workbook([
      [
        'Référence commande',
        'Date de la commande',
        'Statut de la commande',
        'Nom adhérent',
        'Prénom adhérent',
        'Nom payeur',
        'Prénom payeur',
        'Email payeur',
        'Tarif',
        'Montant tarif',
      ],
      [
        '210000101',
        new Date(Date.UTC(2025, 8, 5, 18, 2)),
        'Validé',
        'Lefèvre',
        'Élodie',
        'Lefèvre',
        'Élodie',
        'elodie@example.org',
        'Adulte',
        1250.5,
      ],
      ['210000102', '06/09/2025', 'Validé', 'Lefèvre', 'Noé', 'Lefèvre', 'Élodie', null, 'Enfant', 8],
    ]);
    const read = await readXlsxTable(bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.table.headerLine).toBe(1);
    const result = parseHelloAssoTable(read.table);
    expect(result.errors).toEqual([]);
    expect(result.kind).toBe('memberships');
    expect(
      result.records.map((record) => [record.line, record.date, record.amountCents, record.person.firstName]),
    ).toEqual([
      [2, '2025-09-05T18:02', 125050, 'Élodie'],
      [3, '2025-09-06', 800, 'Noé'],
    ]);
  });

  it('a file that is no workbook gives a French message, not an exception', async () => {
    const read = await readXlsxTable(new TextEncoder().encode('Nom;Prénom\n').buffer as ArrayBuffer);
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/ne peut pas être lu/) });
  });
});
