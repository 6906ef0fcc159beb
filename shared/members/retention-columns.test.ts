import { describe, expect, it } from 'vitest';
import { excelCsv } from '@shared/export/excel-csv';
import { exportTable } from '@shared/export/list-export';
import { RETENTION_COLUMNS } from '@shared/members/retention';
import { makePerson } from '@shared/members/testing';

const t = (key: string) =>
  ({ 'retention.member': 'Ancien membre', 'retention.donor': 'Donateur' })[key] ?? key;

describe('the retention list as a file', () => {
  it('names each person, their number, the last contact and why they are listed', () => {
    const rows = [
      {
        personId: 'p1',
        person: makePerson({ id: 'p1', firstName: 'Élise', lastName: 'Lefèvre', memberNumber: 'A-0012' }),
        lastContact: '2021-06-30',
        member: true,
        donor: true,
      },
      {
        personId: 'p2',
        person: makePerson({ id: 'p2', firstName: 'Jean', lastName: '=Dupont' }),
        lastContact: '2020-01-15',
        member: false,
        donor: true,
      },
    ];
    const table = exportTable(RETENTION_COLUMNS, rows, t);
    expect(table.header).toEqual([
      'retention.columns.name',
      'fields.people.memberNumber',
      'retention.columns.lastContact',
      'retention.columns.kind',
    ]);
    const csv = excelCsv(table.header, table.rows).split('\r\n');
    expect(csv[1]).toBe('Élise Lefèvre;A-0012;30/06/2021;Ancien membre, Donateur');
    // A name a spreadsheet would run as a formula is written as text.
    expect(csv[2]).toMatch(/^'?Jean =Dupont;;15\/01\/2020;Donateur$/);
  });
});
