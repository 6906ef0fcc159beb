import { describe, expect, it } from 'vitest';
import type { DirectoryMembership, DirectoryPerson } from '@shared/search/snapshot';
import { decodeSnapshot, encodeSnapshot, snapshotSignature } from '@shared/search/snapshot';
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
];
const now = new Date('2026-12-02T10:00:00.000Z');

describe('search snapshot', () => {
  it('reads back what it wrote, in order', () => {
    const decoded = decodeSnapshot(encodeSnapshot({ people, memberships }, signature, now), signature);
    expect(decoded).toEqual({
      kind: 'ok',
      snapshot: { signature, writtenAt: now.toISOString(), people, memberships },
    });
  });

  it('is smaller than the same rows as objects', () => {
    const [first] = people as [DirectoryPerson];
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...first, id: personId(`p-${i}`) }));
    const text = encodeSnapshot({ people: many, memberships: [] }, signature, now);
    expect(text.length).toBeLessThan(JSON.stringify(many).length * 0.7);
  });

  it('says missing when nothing is stored', () => {
    expect(decodeSnapshot(undefined, signature)).toEqual({ kind: 'missing' });
    expect(decodeSnapshot(null, signature)).toEqual({ kind: 'missing' });
  });

  it('says stale when written under another schema version or format', () => {
    const older = snapshotSignature({ people: 3, households: 0, memberships: 4 });
    const text = encodeSnapshot({ people, memberships }, older, now);
    expect(decodeSnapshot(text, signature)).toEqual({ kind: 'stale', signature: older });
    const otherFormat = text.replace('"format":1', '"format":0');
    expect(decodeSnapshot(otherFormat, signature).kind).toBe('stale');
  });

  it('says corrupt on bad JSON, a wrong shape, or columns of unequal length', () => {
    const good = encodeSnapshot({ people, memberships }, signature, now);
    expect(decodeSnapshot(good.slice(0, good.length / 2), signature)).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('bad JSON') as unknown,
    });
    expect(decodeSnapshot(42, signature).kind).toBe('corrupt');
    expect(decodeSnapshot('{"hello":"world"}', signature).kind).toBe('corrupt');
    const wrongKind = good.replace('"organisation"', '"robot"');
    expect(decodeSnapshot(wrongKind, signature).kind).toBe('corrupt');
    const json = JSON.parse(good) as { people: { lastName: string[] } };
    json.people.lastName.pop();
    expect(decodeSnapshot(JSON.stringify(json), signature).kind).toBe('corrupt');
    const tooLong = good.replace('Lefèvre', 'x'.repeat(121));
    expect(decodeSnapshot(tooLong, signature).kind).toBe('corrupt');
  });
});
