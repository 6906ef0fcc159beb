import { describe, expect, it } from 'vitest';
import { exportTable } from '@shared/export/list-export';
import { memberColumns, OPTIONAL_MEMBER_COLUMNS } from '@shared/members/member-columns';
import { makePerson } from '@shared/members/testing';

const anne = makePerson({
  id: 'anne',
  firstName: 'Anne',
  lastName: 'Dupont',
  memberNumber: 'A-0010',
  email: 'anne@example.org',
  phone: '06 12 34 56 78',
  address: { line1: '', line2: '', postalCode: '24200', city: 'Sarlat', country: '' },
  householdId: 'h1',
  consents: {
    imageRights: { status: 'refused', on: '2026-09-01' },
    newsletter: { status: 'granted', on: '2026-09-01' },
    dataProcessing: { status: 'unknown', on: '' },
  },
});

describe('memberColumns', () => {
  it('gives name, number and status, then the chosen columns in their order, consents included', () => {
    const columns = memberColumns(['newsletter', 'city', 'household', 'imageRights'], {
      statusOf: () => 'a-jour',
      householdName: (person) => (person.householdId === 'h1' ? 'Foyer Dupont' : ''),
    });
    const table = exportTable(columns, [anne], (key) => `«${key}»`);
    expect(table.header).toEqual([
      '«people.list.column.name»',
      '«people.list.column.number»',
      '«people.list.column.status»',
      '«people.list.column.newsletter»',
      '«people.list.column.city»',
      '«people.list.column.household»',
      '«people.list.column.imageRights»',
    ]);
    expect(table.rows).toEqual([
      [
        'DUPONT Anne',
        'A-0010',
        '«people.status.a-jour»',
        '«people.list.consent.granted»',
        'Sarlat',
        'Foyer Dupont',
        '«people.list.consent.refused»',
      ],
    ]);
  });

  it('offers the consents among the optional columns', () => {
    expect(OPTIONAL_MEMBER_COLUMNS).toContain('imageRights');
    expect(OPTIONAL_MEMBER_COLUMNS).toContain('newsletter');
  });
});
