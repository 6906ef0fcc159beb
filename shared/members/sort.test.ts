import { describe, expect, it } from 'vitest';
import { compareByName } from '@shared/members/sort';

describe('compareByName', () => {
  it('sorts by last name then first name, ignoring accents and case', () => {
    const people = [
      { lastName: 'Étienne', firstName: 'Zoé' },
      { lastName: 'dupont', firstName: 'Marc' },
      { lastName: 'Dupont', firstName: 'Anne' },
      { lastName: 'Durand', firstName: 'Éric' },
      { lastName: 'de La Fontaine', firstName: 'Jean' },
    ];
    expect([...people].sort(compareByName).map((p) => `${p.lastName} ${p.firstName}`)).toEqual([
      'de La Fontaine Jean',
      'Dupont Anne',
      'dupont Marc',
      'Durand Éric',
      'Étienne Zoé',
    ]);
  });
});
