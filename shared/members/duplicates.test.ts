import { describe, expect, it } from 'vitest';
import { createDuplicateFinder, findLikelyDuplicates } from '@shared/members/duplicates';
import { makePerson } from '@shared/members/testing';

const people = [
  makePerson({
    id: 'p1',
    firstName: 'Jean-Pierre',
    lastName: 'Dupont',
    birthDate: '1961-04-12',
    email: 'jp.dupont@example.org',
  }),
  makePerson({
    id: 'p2',
    firstName: 'Hélène',
    lastName: 'Faure',
    birthDate: '1975-01-30',
    householdId: 'h1',
    email: 'famille.faure@example.org',
  }),
  makePerson({ id: 'p3', firstName: 'Martin', lastName: 'Martin' }),
  makePerson({ id: 'o1', kind: 'organisation', lastName: 'Boulangerie du Lavoir' }),
];
const draft = { kind: 'person' as const, firstName: '', lastName: '', birthDate: '', email: '' };

describe('likely duplicates', () => {
  it('finds the same name and birth date, whatever the accents, case, punctuation and word order', () => {
    const matches = findLikelyDuplicates(
      { ...draft, firstName: 'DUPONT', lastName: 'jean pierre', birthDate: '1961-04-12' },
      people,
    );
    expect(matches.map((m) => [m.person.id, m.reasons])).toEqual([['p1', ['name-and-birth-date']]]);
    expect(
      findLikelyDuplicates(
        { ...draft, firstName: 'Helene', lastName: 'FAURE', birthDate: '1975-01-30' },
        people,
      ),
    ).toHaveLength(1);
  });

  it('flags the same name when a birth date is missing on either side, accents and case ignored', () => {
    const same = (fields: Partial<typeof draft>) =>
      findLikelyDuplicates({ ...draft, ...fields }, people).map((m) => [m.person.id, m.reasons]);
    expect(same({ firstName: 'martin', lastName: 'MARTIN' })).toEqual([['p3', ['same-name']]]);
    expect(same({ firstName: 'Martin', lastName: 'Martin', birthDate: '2001-02-03' })).toEqual([
      ['p3', ['same-name']],
    ]);
    expect(same({ firstName: 'Jean Pierre', lastName: 'DUPONT' })).toEqual([['p1', ['same-name']]]);
    expect(
      findLikelyDuplicates({ ...draft, kind: 'organisation', lastName: 'Martin Martin' }, people),
    ).toEqual([]);
  });

  it('does not flag the same name with two different birth dates', () => {
    expect(
      findLikelyDuplicates(
        { ...draft, firstName: 'Jean-Pierre', lastName: 'Dupont', birthDate: '1990-01-01' },
        people,
      ),
    ).toEqual([]);
  });

  it('finds the same e-mail, case-insensitive, and gives every reason', () => {
    const matches = findLikelyDuplicates(
      {
        ...draft,
        firstName: 'Jean-Pierre',
        lastName: 'Dupont',
        birthDate: '1961-04-12',
        email: ' JP.Dupont@Example.org',
      },
      people,
    );
    expect(matches[0]?.reasons).toEqual(['name-and-birth-date', 'email']);
  });

  it('lets a child share a parent’s e-mail inside the household, but not the parent’s first name', () => {
    const child = {
      ...draft,
      firstName: 'Noé',
      lastName: 'Faure',
      email: 'famille.faure@example.org',
      householdId: 'h1',
    };
    expect(findLikelyDuplicates(child, people)).toEqual([]);
    expect(findLikelyDuplicates({ ...child, householdId: '' }, people)).toHaveLength(1);
    expect(findLikelyDuplicates({ ...child, firstName: 'Helene' }, people)).toHaveLength(1);
  });

  it('compares organisations by name alone, and never flags the person being edited', () => {
    const finder = createDuplicateFinder(people);
    expect(
      finder.find({ ...draft, kind: 'organisation', lastName: 'boulangerie du lavoir' })[0]?.reasons,
    ).toEqual(['organisation-name']);
    expect(
      finder.find({
        ...draft,
        id: 'p1',
        firstName: 'Jean-Pierre',
        lastName: 'Dupont',
        birthDate: '1961-04-12',
      }),
    ).toEqual([]);
  });
});
