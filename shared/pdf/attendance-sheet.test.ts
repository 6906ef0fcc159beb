import { describe, expect, it } from 'vitest';
import type { AttendanceSheetRow } from '@shared/pdf/attendance-sheet';
import { sortSheetRows } from '@shared/pdf/attendance-sheet';
import { personId } from '@shared/testing/ids';

const row = (id: string, lastName: string, firstName: string): AttendanceSheetRow => ({
  personId: personId(id),
  lastName,
  firstName,
  memberNumber: '',
  status: 'À jour',
  present: false,
});

describe('attendance sheet order', () => {
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
});
