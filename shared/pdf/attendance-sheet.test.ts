import { describe, expect, it } from 'vitest';
import { SHEET_LABELS_FR } from '@shared/pdf/attendance-sheet.testing';
import type { AttendanceSheetInput, AttendanceSheetRow } from '@shared/pdf/attendance-sheet';
import { attendanceSheetDocument, planSheetParts, sortSheetRows } from '@shared/pdf/attendance-sheet';
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
  // The names' table (the title block is a one-cell table of fixed height before it).
  const table = document.content.find(
    (node): node is PdfTable => 'table' in node && 'headerRows' in node.table,
  );
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

  it('plans a long sheet in parts that follow each other, page for page and line for line', () => {
    const rows = Array.from({ length: 700 }, (_, i) => row(String(i), `Nom${i}`, 'Anne'));
    const input = {
      organisation: 'Club',
      event: { title: 'Loto', when: 'samedi', location: '' },
      rows,
      blankLines: 20,
      labels,
    };
    const plan = planSheetParts(input, 3) ?? [];
    expect(plan.map((part) => [part.head, part.tail])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(plan[0]?.from).toBe(0);
    expect(plan.at(-1)?.to).toBe(720);
    plan.slice(1).forEach((part, index) => {
      const before = plan[index] as (typeof plan)[number];
      expect(part.from).toBe(before.to);
      expect(part.firstPage).toBe(before.firstPage + before.pages);
    });
    const pageCount = plan.reduce((sum, part) => sum + part.pages, 0);
    expect(plan.every((part) => part.pageCount === pageCount)).toBe(true);
    // Only the parts' own lines are in each one's table.
    const middle = attendanceSheetDocument(input, plan[1]);
    expect(
      tableOf(middle)
        .body.map((cells) => cells[0]?.text)
        .slice(1, 2),
    ).toEqual([String((plan[1]?.from ?? 0) + 1)]);
    expect(JSON.stringify(middle.content)).not.toContain('Totaux');
    expect(JSON.stringify(middle.footer?.(2, 99))).toContain(
      `Page ${(plan[1]?.firstPage ?? 0) + 1} / ${pageCount}`,
    );
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
    expect(text.indexOf('Clôturée le 20/11/2026 par Sophie')).toBeLessThan(text.indexOf('"headerRows"'));
    expect(JSON.stringify(tableOf(document).body[1])).toContain('Entrée à 20:01');
    expect(JSON.stringify(document.content.at(-1))).toContain('oublié à la porte');
    expect(JSON.stringify(build([row('1', 'Abel', 'Anne')]).content)).not.toContain('Corrections');
  });
});
