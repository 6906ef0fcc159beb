import { describe, expect, it } from 'vitest';
import type { SearchablePerson } from '@shared/search/people-index';
import { PeopleSearchIndex, queryWords } from '@shared/search/people-index';
import { generateDemoAssociation } from '@shared/demo/demo-association';

const person = (
  id: string,
  firstName: string,
  lastName: string,
  memberNumber = '',
  email = '',
): SearchablePerson => ({
  id,
  firstName,
  lastName,
  memberNumber,
  email,
});

const people = [
  person('1', 'Élodie', 'Lefèvre', 'A-0001', 'elodie.lefevre@example.org'),
  person('2', 'Noé', 'Lefèvre', 'A-0002'),
  person('3', 'Mamadou', "N'Diaye", 'A-0003', 'm.ndiaye@example.org'),
  person('4', 'Marie-Thérèse', "de La Tour d'Auvergne", 'A-0004'),
  person('5', 'Léo', 'Lefebvre', 'B-0042'),
  person('6', 'Hélène', 'Léon', 'A-0420'),
  person('7', 'Jean', 'Fontaine', 'A-0005', 'jean@example.org'),
  person('8', 'Anne', 'de La Fontaine', 'A-0006'),
];
const ids = (hits: { person: SearchablePerson }[]) => hits.map((hit) => hit.person.id);

describe('people search', () => {
  const index = PeopleSearchIndex.from(people);

  it('ignores accents, case, punctuation and word order', () => {
    expect(ids(index.search('elodie lefevre'))).toEqual(['1']);
    expect(ids(index.search('LEFÈVRE Élodie'))).toEqual(['1']);
    expect(ids(index.search('ndiaye'))).toEqual(['3']);
    expect(ids(index.search("n'diaye mamadou"))).toEqual(['3']);
    expect(ids(index.search('therese auvergne'))).toEqual(['4']);
  });

  it('ranks exact before prefix before other, then by name', () => {
    const hits = index.search('leo');
    expect(hits.map((hit) => [hit.person.id, hit.rank])).toEqual([
      ['5', 'exact'],
      ['6', 'prefix'],
    ]);
    expect(ids(index.search('lef'))).toEqual(['5', '1', '2']);
    const fontaine = index.search('fontaine');
    expect(fontaine.map((hit) => hit.rank)).toEqual(['exact', 'exact']);
    expect(ids(index.search('ontaine'))).toEqual(['8', '7']);
    expect(index.search('ontaine')[0]?.rank).toBe('other');
  });

  it('finds member numbers however they are typed, exact number first', () => {
    expect(ids(index.search('A-0042'))).toEqual([]);
    expect(ids(index.search('B-0042'))).toEqual(['5']);
    expect(ids(index.search('b42'))).toEqual(['5']);
    expect(ids(index.search('42'))).toEqual(['5', '6']);
    expect(index.search('42')[0]?.rank).toBe('exact');
  });

  it('finds e-mail addresses, typed whole or as a beginning', () => {
    expect(ids(index.search('m.ndiaye@example.org'))).toEqual(['3']);
    expect(ids(index.search('jean@'))).toEqual(['7']);
    expect(ids(index.search('elodie.lef'))).toEqual(['1']);
  });

  it('requires every word to match', () => {
    expect(ids(index.search('noe fontaine'))).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(queryWords('  Jean   JEAN ')).toEqual([{ text: 'jean', field: 'name' }]);
    expect(queryWords('jean a-0042')).toEqual([
      { text: 'a0042', field: 'number' },
      { text: 'jean', field: 'name' },
    ]);
    expect(ids(index.search('lefevre a-0002'))).toEqual(['2']);
  });

  it('follows upserts and removals', () => {
    const live = PeopleSearchIndex.from(people);
    live.upsert(person('2', 'Noé', 'Faure', 'A-0002'));
    expect(ids(live.search('noe'))).toEqual(['2']);
    expect(ids(live.search('noe lefevre'))).toEqual([]);
    live.remove('2');
    expect(live.search('noe')).toEqual([]);
    expect(live.size).toBe(people.length - 1);
    live.upsert(person('9', 'Zoé', 'Zèbre'));
    expect(ids(live.search('zebre'))).toEqual(['9']);
    live.remove('unknown');
  });

  it('finds a merged person by their former member number', () => {
    const merged = PeopleSearchIndex.from([
      { ...person('1', 'Élodie', 'Lefèvre', 'A-0001'), formerMemberNumbers: ['A-0077'] },
    ]);
    expect(ids(merged.search('A-0077'))).toEqual(['1']);
  });

  it('caps results', () => {
    expect(index.search('a', { limit: 2 })).toHaveLength(2);
  });

  it('builds and answers at 50,000 people (timing is the benchmark’s job)', () => {
    const { people: many } = generateDemoAssociation({ size: 'federation', seed: 7 });
    const big = PeopleSearchIndex.from(many);
    expect(big.size).toBe(50_000);
    const sample = many[12_345];
    if (!sample) throw new Error('no sample');
    const hits = big.search(`${sample.lastName} ${sample.firstName}`);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(50);
    expect(hits.map((hit) => hit.person.id)).toContain(sample.id);
    for (const query of ['m', 'ma', 'mar', 'martin', 'A-01', 'zzz'])
      expect(big.search(query).length).toBeLessThanOrEqual(50);
    if (sample.memberNumber) expect(big.search(sample.memberNumber)[0]?.person.id).toBe(sample.id);
  });
});

describe('an index restored without its sort keys (the search snapshot, format 5)', () => {
  const demo: SearchablePerson[] = generateDemoAssociation({ size: 'small' }).people;
  const restoredWithoutKeys = () => {
    const { sortKeys, ...state } = PeopleSearchIndex.from(demo).exportState();
    expect(sortKeys).toHaveLength(demo.length);
    return PeopleSearchIndex.restore(state);
  };

  it('orders hits of equal score by name as the built index does, deriving the keys it needs', () => {
    const built = PeopleSearchIndex.from(demo);
    const restored = restoredWithoutKeys();
    // Short words: many hits of one score, ordered by last name then first name.
    for (const query of ['m', 'ma', 'le', 'a-0', 'dupont', 'e', 'jean l'])
      expect(ids(restored.search(query, { limit: 200 })), query).toEqual(
        ids(built.search(query, { limit: 200 })),
      );
    // Places found for newcomers in the name order, and removals, work on derived keys.
    for (const index of [built, restored]) {
      index.upsert(person('new-1', 'Aaron', 'Aardvark'));
      index.upsert(person('new-2', 'Zoé', 'Zyzzyva'));
      index.remove(demo[3]?.id as string);
    }
    for (const query of ['a', 'z', 'aardvark', 'zoe'])
      expect(ids(restored.search(query, { limit: 200 })), query).toEqual(
        ids(built.search(query, { limit: 200 })),
      );
  });

  it('derives every key on demand or at once, equal to those a build makes', () => {
    const restored = restoredWithoutKeys();
    const expected = PeopleSearchIndex.from(demo).exportState().sortKeys;
    expect(restored.exportState().sortKeys).toEqual(expected);
    const derivedAtOnce = restoredWithoutKeys();
    derivedAtOnce.deriveSortKeys();
    expect(derivedAtOnce.exportState()).toEqual(PeopleSearchIndex.from(demo).exportState());
  });

  it('refuses sort keys given for some people only', () => {
    const state = PeopleSearchIndex.from(demo).exportState();
    expect(() => PeopleSearchIndex.restore({ ...state, sortKeys: state.sortKeys?.slice(1) })).toThrow(
      /unequal length/,
    );
  });
});

describe('an index restored from rows made when first reached (a cold start, issue 19)', () => {
  const demo: SearchablePerson[] = generateDemoAssociation({ size: 'small' }).people;
  /** `demo`'s built index as rows, counting the rows made and the ids read. */
  const counted = () => {
    const state = PeopleSearchIndex.from(demo).exportState();
    const made = new Set<number>();
    let idsRead = 0;
    const index = PeopleSearchIndex.restoreRows(
      {
        count: state.people.length,
        id: (slot) => ((idsRead += 1), (state.people[slot] as SearchablePerson).id),
        row: (slot) => {
          if (made.has(slot)) throw new Error(`row ${slot} made twice`);
          made.add(slot);
          return {
            person: state.people[slot] as SearchablePerson,
            names: [...(state.names[slot] as string[])],
            numbers: [...(state.numbers[slot] as string[])],
            email: state.emails[slot] as string,
          };
        },
      },
      state.tables,
      state.order,
    );
    return { index, made, idsRead: () => idsRead };
  };

  it('makes nobody at restore, and only the people a search reaches', () => {
    const { index, made, idsRead } = counted();
    expect(made.size).toBe(0);
    expect(index.size).toBe(demo.length);
    const someone = demo[42] as SearchablePerson;
    expect(ids(index.search(someone.memberNumber))).toEqual([someone.id]);
    expect(ids(index.search(`${someone.lastName} ${someone.firstName}`))).toContain(someone.id);
    expect(made.size).toBeGreaterThan(0);
    expect(made.size).toBeLessThan(demo.length / 2);
    // Nothing so far needed the map by id.
    expect(idsRead()).toBe(0);
  });

  it('answers, changes and exports as the built index does, making each person once', () => {
    const built = PeopleSearchIndex.from(demo);
    const { index, made, idsRead } = counted();
    expect(index.get((demo[7] as SearchablePerson).id)).toEqual(demo[7]);
    // The map by id is made from the ids alone: one person made so far.
    expect(idsRead()).toBe(demo.length);
    expect(made.size).toBe(1);
    for (const target of [built, index]) {
      target.upsert(person('new-1', 'Aaron', 'Aardvark', 'Z-0001'));
      target.upsert({ ...(demo[3] as SearchablePerson), lastName: 'Zyzzyva' });
      target.remove((demo[5] as SearchablePerson).id);
    }
    expect(index.has((demo[5] as SearchablePerson).id)).toBe(false);
    expect(index.size).toBe(built.size);
    for (const query of ['m', 'ma', 'le', 'a-0', 'dupont', 'e', 'jean l', 'zyzz', 'aardvark', 'z-0001'])
      expect(ids(index.search(query, { limit: 200 })), query).toEqual(
        ids(built.search(query, { limit: 200 })),
      );
    index.deriveSortKeys();
    built.deriveSortKeys();
    expect(index.exportState()).toEqual(built.exportState());
    // Every person made once (the row's checks would have thrown on a second time).
    expect(made.size).toBe(demo.length);
  });
});

describe('an index built in slices (the server’s directory seed)', () => {
  it('is the index built at once, and pauses between its slices', async () => {
    const people: SearchablePerson[] = generateDemoAssociation({ size: 'small', seed: 3 }).people;
    let pauses = 0;
    const sliced = new PeopleSearchIndex();
    await sliced.upsertManyInSlices(people, 40, () => {
      pauses += 1;
      return Promise.resolve();
    });
    expect(pauses).toBe(Math.ceil(people.length / 40) - 1);
    expect(sliced.exportState()).toEqual(PeopleSearchIndex.from(people).exportState());
    const someone = people[17] as SearchablePerson;
    expect(sliced.search(`${someone.lastName} ${someone.firstName}`)[0]?.person.id).toBe(someone.id);
  });
});
