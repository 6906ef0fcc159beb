import { describe, expect, it } from 'vitest';
import type { DirectoryMembership, DirectoryPerson } from '@shared/search/snapshot';
import { PeopleSearchIndex } from '@shared/search/people-index';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT, snapshotSignature } from '@shared/search/snapshot';
import { householdId, membershipId, personId, seasonId } from '@shared/testing/ids';

const signature = snapshotSignature({ people: 4, households: 0, memberships: 4 });
const people: DirectoryPerson[] = [
  {
    id: personId('p-1'),
    kind: 'person',
    firstName: 'Élodie',
    lastName: 'Lefèvre',
    memberNumber: 'A-0042',
    formerMemberNumbers: ['B-7'],
    email: 'elodie@example.fr',
    householdId: householdId('h-1'),
  },
  {
    id: personId('p-2'),
    kind: 'organisation',
    firstName: '',
    lastName: 'Boulangerie Martin',
    memberNumber: '',
    formerMemberNumbers: [],
    email: '',
    householdId: '',
  },
];
const memberships: DirectoryMembership[] = [
  {
    id: membershipId('m-1'),
    holderKind: 'household',
    holderId: householdId('h-1'),
    seasonId: seasonId('s-2026'),
    cancelledOn: '',
  },
  // Held by a person, cancelled, another season: the holder and season stored as places.
  {
    id: membershipId('m-2'),
    holderKind: 'person',
    holderId: personId('p-2'),
    seasonId: seasonId('s-2025'),
    cancelledOn: '2025-11-03',
  },
  // Holders this device has no record of (not pulled yet): stored in full.
  {
    id: membershipId('m-3'),
    holderKind: 'person',
    holderId: personId('p-elsewhere'),
    seasonId: seasonId('s-2026'),
    cancelledOn: '',
  },
  {
    id: membershipId('m-4'),
    holderKind: 'household',
    holderId: householdId('h-elsewhere'),
    seasonId: seasonId('s-2026'),
    cancelledOn: '',
  },
];
const now = new Date('2026-12-02T10:00:00.000Z');
const contentOf = (rows: readonly DirectoryPerson[], held = memberships) => ({
  index: PeopleSearchIndex.from(rows).exportState(),
  memberships: held,
});
const decodeOk = (stored: unknown) => {
  const decoded = decodeSnapshot(stored, signature);
  if (decoded.kind !== 'ok') throw new Error(`snapshot ${JSON.stringify(decoded)}`);
  return decoded.snapshot;
};
const ids = (index: PeopleSearchIndex<DirectoryPerson>, query: string) =>
  index.search(query).map((hit) => [hit.person.id, hit.rank]);

/** A small association with the cases the index cares about: shared names, accents, numbers. */
const village: DirectoryPerson[] = Array.from({ length: 300 }, (_, i) => ({
  id: personId(`v-${i}`),
  kind: 'person',
  firstName: ['Élodie', 'Jean-Pierre', 'Marie', 'Zoé', 'Anne Sophie'][i % 5] as string,
  lastName: ['Lefèvre', 'Martin', 'Dupont-Moreau', "L'Hôte", 'Bernard'][(i % 7) % 5] as string,
  memberNumber: i % 3 === 0 ? '' : `A-${String(i).padStart(4, '0')}`,
  formerMemberNumbers: i % 10 === 0 ? [`B-${i}`] : [],
  email: i % 4 === 0 ? `p${i}@example.fr` : '',
  householdId: i % 2 === 0 ? householdId(`h-${i >> 1}`) : '',
}));

describe('search snapshot', () => {
  it('reads back what it wrote: the same people, memberships, and an index that answers the same', () => {
    const snapshot = decodeOk(encodeSnapshot(contentOf(people), signature, now));
    expect(snapshot.signature).toBe(signature);
    expect(snapshot.writtenAt).toBe(now.toISOString());
    expect([...snapshot.memberships]).toEqual(memberships);
    // Made anew at each walk, the same each time.
    expect([...snapshot.memberships]).toEqual(memberships);
    expect(snapshot.index.exportState().people).toEqual(people);
    expect(snapshot.index.get(personId('p-1'))).toEqual(people[0]);
    expect(ids(snapshot.index, 'lefevre elodie')).toEqual([['p-1', 'exact']]);
    expect(ids(snapshot.index, 'a0042')).toEqual([['p-1', 'exact']]);
    expect(ids(snapshot.index, 'boulang')).toEqual([['p-2', 'prefix']]);
  });

  it('restores an index that ranks every query like the one it was made from, and keeps working', () => {
    const built = PeopleSearchIndex.from(village);
    // Holes in the slots (people removed) are numbered away in the stored index.
    built.remove(personId('v-7'));
    built.remove(personId('v-120'));
    const restored = decodeOk(
      encodeSnapshot({ index: built.exportState(), memberships: [] }, signature, now),
    ).index;
    expect(restored.size).toBe(298);
    for (const query of [
      'm',
      'ma',
      'marie',
      'lef',
      'fevre',
      'A-00',
      'a-0042',
      '42',
      'p4@',
      'hote',
      'zoe l',
      'anne sophie bern',
      'B-10',
    ]) {
      expect(ids(restored, query), query).toEqual(ids(built, query));
    }
    // Upserts and removals after a restore work as on a built index.
    const newcomer = {
      ...village[0],
      id: personId('v-new'),
      lastName: 'Zanzibar',
      memberNumber: 'Z-0001',
    } as DirectoryPerson;
    restored.upsert(newcomer);
    built.upsert(newcomer);
    restored.remove(personId('v-5'));
    built.remove(personId('v-5'));
    // Somebody restored with no number and no former one (one shared empty list) gets both.
    const renumbered = {
      ...village[3],
      memberNumber: 'N-0003',
      formerMemberNumbers: ['OLD-3'],
    } as DirectoryPerson;
    expect(restored.get(personId('v-3'))?.formerMemberNumbers).toEqual([]);
    restored.upsert(renumbered);
    built.upsert(renumbered);
    expect(restored.get(personId('v-6'))?.formerMemberNumbers).toEqual([]);
    for (const query of ['zanz', 'Z-0001', 'marie', 'm', 'N-0003', 'OLD-3'])
      expect(ids(restored, query), query).toEqual(ids(built, query));
  });

  it('writes each string once: names, households, seasons and e-mails shared by several rows are one string', () => {
    const stored = encodeSnapshot(contentOf(village), signature, now);
    const strings = stored.text.split('\u0000');
    expect(new Set(strings).size).toBe(strings.length);
    // 300 people of 5 first names and 5 last names, half of them two to a household.
    for (const shared of ['Élodie', 'Lefèvre', householdId('h-3')])
      expect(strings.filter((value) => value === shared)).toHaveLength(1);
    const withMemberships = encodeSnapshot(contentOf(people), signature, now).text.split('\u0000');
    expect(withMemberships.filter((value) => value === seasonId('s-2026'))).toHaveLength(1);
    // An e-mail is its own search token: the field names the token's string.
    expect(withMemberships.filter((value) => value === 'elodie@example.fr')).toHaveLength(1);
    expect(decodeOk(stored).index.exportState().people).toEqual(village);
  });

  it('says missing when nothing is stored', () => {
    expect(decodeSnapshot(undefined, signature)).toEqual({ kind: 'missing' });
    expect(decodeSnapshot(null, signature)).toEqual({ kind: 'missing' });
  });

  it('says stale when written under another schema version or format, or as the rows of format 1', () => {
    const older = snapshotSignature({ people: 3, households: 0, memberships: 4 });
    const stored = encodeSnapshot(contentOf(people), older, now);
    expect(decodeSnapshot(stored, signature)).toEqual({ kind: 'stale', signature: older });
    expect(
      decodeSnapshot({ ...encodeSnapshot(contentOf(people), signature, now), format: 1 }, signature).kind,
    ).toBe('stale');
    expect(decodeSnapshot('{"format":1,"signature":"f1-p4-h0-m4","people":{}}', signature).kind).toBe(
      'stale',
    );
  });

  it('says corrupt on a wrong shape, a value altered or cut on disk, or counts that do not hold together', () => {
    const good = encodeSnapshot(contentOf(village), signature, now);
    const corrupt = (value: unknown) => decodeSnapshot(value, signature);
    expect(corrupt(42).kind).toBe('corrupt');
    expect(corrupt({ format: SNAPSHOT_FORMAT, signature, people: [] }).kind).toBe('corrupt');
    expect(corrupt({ ...good, numbers: Array.from(good.numbers) }).kind).toBe('corrupt');
    // Altered: a letter of a name, a posting, a text cut short.
    expect(corrupt({ ...good, text: good.text.replace('Lefèvre', 'Lefèvra') })).toEqual({
      kind: 'corrupt',
      reason: 'checksum mismatch',
    });
    const numbers = good.numbers.slice();
    numbers[numbers.length - 1] = (numbers[numbers.length - 1] as number) + 1;
    expect(corrupt({ ...good, numbers }).kind).toBe('corrupt');
    expect(corrupt({ ...good, text: good.text.slice(0, good.text.length / 2) }).kind).toBe('corrupt');
  });

  it('refuses values that decode but do not hold together, whatever their checksum', () => {
    const bad = (change: (state: ReturnType<typeof contentOf>) => void) => {
      // Copies of the people: a change must not leak into the next case (the index keeps `village`'s objects).
      const content = contentOf(village.map((person) => ({ ...person })));
      change(content);
      return decodeSnapshot(encodeSnapshot(content, signature, now), signature);
    };
    // Each case alone is refused; the untouched village is not.
    expect(bad(() => undefined).kind).toBe('ok');
    // Kinds are stored as their place in the list: one that is not in it is never written.
    expect(() => bad((c) => ((c.index.people[0] as { kind: string }).kind = 'robot'))).toThrow(
      /unknown kind/,
    );
    expect(
      bad((c) => ((c.index.people[0] as { lastName: string }).lastName = 'x'.repeat(121))),
    ).toMatchObject({ kind: 'corrupt' });
    expect(
      bad((c) => ((c.index.order as number[])[0] = (c.index.order as number[])[1] as number)),
    ).toMatchObject({ kind: 'corrupt' });
    expect(bad((c) => (c.index.tables.name.slots[0] = 10_000))).toMatchObject({
      kind: 'corrupt',
    });
    expect(bad((c) => (c.index.tables.name.tokens as string[]).reverse())).toMatchObject({ kind: 'corrupt' });
    expect(
      bad((c) => ((c.index.people[1] as { id: string }).id = (c.index.people[0] as { id: string }).id)),
    ).toMatchObject({ kind: 'corrupt' });
    const cancelledOn = (date: string) =>
      decodeSnapshot(
        encodeSnapshot(
          contentOf(people, [{ ...(memberships[1] as DirectoryMembership), cancelledOn: date }]),
          signature,
          now,
        ),
        signature,
      ).kind;
    expect(cancelledOn('2025-11-03')).toBe('ok');
    expect(cancelledOn('2025-11')).toBe('corrupt');
    expect(() =>
      encodeSnapshot(contentOf([{ ...people[0], lastName: 'a\u0000b' } as DirectoryPerson]), signature, now),
    ).toThrow(/U\+0000/);
  });
});
