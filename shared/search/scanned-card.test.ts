import { describe, expect, it } from 'vitest';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { SearchablePerson } from '@shared/search/people-index';
import { personOfScannedCode } from '@shared/search/scanned-card';

const person = (id: string, memberNumber: string, formerMemberNumbers?: string[]): SearchablePerson => ({
  id,
  firstName: 'Paul',
  lastName: `Roux ${id}`,
  memberNumber,
  email: '',
  ...(formerMemberNumbers ? { formerMemberNumbers } : {}),
});

const index = new PeopleSearchIndex();
index.upsertMany([
  person('1', 'A-0042'),
  person('2', 'A-0420'),
  person('3', 'B-0007', ['A-0007']),
  person('4', ''),
]);

describe('personOfScannedCode', () => {
  it('finds the person whose member number the card holds, whatever the case or the spaces', () => {
    expect(personOfScannedCode(index, 'A-0042')?.id).toBe('1');
    expect(personOfScannedCode(index, 'A-0420')?.id).toBe('2');
    expect(personOfScannedCode(index, ' a-0042\n')?.id).toBe('1');
  });

  it('finds a renumbered member from the older card that still bears the former number', () => {
    expect(personOfScannedCode(index, 'A-0007')?.id).toBe('3');
    expect(personOfScannedCode(index, 'B-0007')?.id).toBe('3');
  });

  it('lets nobody in for a part of a number, a name, an unknown number or nothing', () => {
    for (const code of ['A-004', '42', 'Paul', 'Roux 1', 'A-9999', 'https://example.org/A-0042', '', '   ']) {
      expect(personOfScannedCode(index, code), code).toBeUndefined();
    }
  });
});
