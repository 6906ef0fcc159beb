import { describe, expect, it } from 'vitest';
import { SHEET_LABELS_FR } from '@shared/pdf/attendance-sheet.testing';
import type { AttendanceSheetInput, AttendanceSheetRow } from '@shared/pdf/attendance-sheet';
import { attendanceSheetDocument, sortSheetRows } from '@shared/pdf/attendance-sheet';
import type { PdfTable } from '@shared/pdf/doc-definition';
import { personId } from '@shared/testing/ids';

const row = (id: string, lastName: string, firstName: string): AttendanceSheetRow => ({
  personId: personId(id),
  lastName,
  firstName,
  memberNumber: '',
  status: 'À jour',
  present: false,
});

const labels = {
  ...SHEET_LABELS_FR,
  documentTitle: 'Feuille',
  presentBlank: 'Présents : ____',
} satisfies AttendanceSheetInput['labels'];

const build = (rows: AttendanceSheetRow[], blankLines = 0) =>
  attendanceSheetDocument({
    organisation: 'Club',
    event: { title: 'Loto', when: 'samedi', location: '' },
    rows,
    blankLines,
    labels,
  });

function tableOf(document: ReturnType<typeof build>): PdfTable['table'] {
  const table = document.content.find((node): node is PdfTable => 'table' in node);
  if (!table) throw new Error('no table');
  return table.table;
}

describe('attendance sheet document', () => {
  it('sorts by last name then first name, accents and case aside', () => {
    const sorted = sortSheetRows([
      row('1', 'Zola', 'Émile'),
      row('2', 'émond', 'Lucie'),
      row('3', 'Dupont', 'Jean'),
      row('4', 'Dupont', 'Élodie'),
      row('5', 'Eymard', 'Paul'),
    ]);
    expect(sorted.map((r) => r.personId)).toEqual(['4', '3', '2', '5', '1']);
  });

  it('numbers the lines in that order, then the blank lines, and repeats one header row', () => {
    const table = tableOf(build([row('1', 'Zola', 'Émile'), row('2', 'Abel', 'Anne')], 3));
    expect(table.headerRows).toBe(1);
    expect(table.body.map((cells) => cells[0]?.text)).toEqual(['N°', '1', '2', '3', '4', '5']);
    expect(table.body[1]?.[1]?.text).toBe('ABEL');
    expect(table.body[5]?.slice(1).every((cell) => cell.text === '')).toBe(true);
  });

  it('says page x / y under every page', () => {
    const footer = build([]).footer?.(2, 31);
    expect(JSON.stringify(footer)).toContain('Page 2 / 31');
  });

  it('counts the present once presence is known', () => {
    const document = build([{ ...row('1', 'Abel', 'Anne'), present: true }, row('2', 'Zola', 'Émile')]);
    expect(JSON.stringify(document.content.at(-1))).toContain('Présents : 1');
    expect(JSON.stringify(build([row('1', 'Abel', 'Anne')]).content.at(-1))).toContain('Présents : ____');
  });

  it('prints a closed sheet: the closing under the title, presence in place of signatures, its corrections', () => {
    const document = attendanceSheetDocument({
      organisation: 'Club',
      event: { title: 'Loto', when: 'samedi', location: '' },
      rows: [
        { ...row('1', 'Abel', 'Anne'), present: true, presence: 'Entrée à 20:01' },
        row('2', 'Zola', 'Émile'),
      ],
      blankLines: 0,
      labels,
      closed: {
        note: 'Clôturée le 20/11/2026 par Sophie',
        amendmentsTitle: 'Corrections après clôture',
        amendments: ['21/11/2026 10:00, Sophie : Émile Zola présent — oublié à la porte'],
      },
    });
    const text = JSON.stringify(document.content);
    expect(text.indexOf('Clôturée le 20/11/2026 par Sophie')).toBeLessThan(text.indexOf('"table"'));
    expect(JSON.stringify(tableOf(document).body[1])).toContain('Entrée à 20:01');
    expect(JSON.stringify(document.content.at(-1))).toContain('oublié à la porte');
    expect(JSON.stringify(build([row('1', 'Abel', 'Anne')]).content)).not.toContain('Corrections');
  });
});
