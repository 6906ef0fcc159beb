import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter } from '@renderer/components/folded-options-filter';

const people = [
  { value: 'p1', label: 'Zoé Bernard' },
  { value: 'p2', label: 'Paul Roux' },
  { value: 'p3', label: 'Zoé Martin' },
];

describe('the filter of searchable choices', () => {
  it('finds « Zoé » typed without its accent, in any case, within the limit', () => {
    expect(foldedOptionsFilter({ options: people, search: 'ZOE', limit: 10 }).map((o) => o)).toEqual([
      people[0],
      people[2],
    ]);
    expect(foldedOptionsFilter({ options: people, search: 'zoe', limit: 1 })).toEqual([people[0]]);
    expect(foldedOptionsFilter({ options: people, search: 'martin zo', limit: 10 })).toEqual([people[2]]);
    expect(foldedOptionsFilter({ options: people, search: 'lea', limit: 10 })).toEqual([]);
  });

  it('keeps groups, with only their matching choices', () => {
    const grouped = [
      {
        group: 'Personne',
        items: [
          { value: 'first', label: 'Prénom' },
          { value: 'last', label: 'Nom' },
        ],
      },
      { group: 'Adhésion', items: [{ value: 'paid', label: 'Payé le' }] },
    ];
    expect(foldedOptionsFilter({ options: grouped, search: 'prenom', limit: 10 })).toEqual([
      { group: 'Personne', items: [{ value: 'first', label: 'Prénom' }] },
    ]);
  });
});
