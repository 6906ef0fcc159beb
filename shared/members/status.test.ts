import { describe, expect, it } from 'vitest';
import {
  coveredForSeason,
  coversPerson,
  createStatusResolver,
  membershipStatus,
  renewalsDue,
  seasonFrame,
} from '@shared/members/status';
import type { MembershipInput } from '@shared/members/membership';
import { makeMembership, makePerson } from '@shared/members/testing';
import { householdId, personId, seasonId, tariffId } from '@shared/testing/ids';

const seasons = [
  { id: seasonId('s2023'), startsOn: '2023-09-01', endsOn: '2024-08-31' },
  { id: seasonId('s2024'), startsOn: '2024-09-01', endsOn: '2025-08-31' },
  { id: seasonId('s2025'), startsOn: '2025-09-01', endsOn: '2026-08-31' },
];

const alice = makePerson({ id: 'alice', householdId: householdId('h1') });
const bob = makePerson({ id: 'bob', householdId: householdId('h1') });
const carol = makePerson({ id: 'carol' });

let n = 0;
const paid = (holderId: string, seasonId: string, extra: Partial<MembershipInput> = {}) =>
  makeMembership({ id: `m${++n}`, holderId, seasonId, ...extra });

describe('membership status', () => {
  it('is « à jour » from the first to the last day of the season, inclusive', () => {
    const memberships = [paid('carol', 's2025')];
    expect(membershipStatus(carol, memberships, seasons, '2025-09-01')).toBe('a-jour');
    expect(membershipStatus(carol, memberships, seasons, '2026-08-31')).toBe('a-jour');
    expect(membershipStatus(carol, memberships, seasons, '2025-08-31')).toBe('a-jour'); // paid ahead for next season
  });

  it('becomes « à renouveler » the day the next season starts, then « ancien membre » a season later', () => {
    const memberships = [paid('carol', 's2024')];
    expect(membershipStatus(carol, memberships, seasons, '2025-08-31')).toBe('a-jour');
    expect(membershipStatus(carol, memberships, seasons, '2025-09-01')).toBe('a-renouveler');
    const older = [paid('carol', 's2023')];
    expect(membershipStatus(carol, older, seasons, '2025-09-01')).toBe('ancien-membre');
  });

  it('between two seasons (no season defined yet), the last ended one is the one to renew', () => {
    const memberships = [paid('carol', 's2025')];
    expect(membershipStatus(carol, memberships, seasons, '2026-09-15')).toBe('a-renouveler');
    expect(seasonFrame(seasons, '2026-09-15')).toMatchObject({
      current: undefined,
      previous: { id: 's2025' },
    });
  });

  it('a family membership covers every member of the household, not others', () => {
    const memberships = [paid('h1', 's2025', { holderKind: 'household' })];
    const status = createStatusResolver(memberships, seasons, '2025-10-01');
    expect(status(alice)).toBe('a-jour');
    expect(status(bob)).toBe('a-jour');
    expect(status(carol)).toBe('jamais-adherent');
  });

  it('ignores cancelled (refunded) memberships', () => {
    const memberships = [paid('carol', 's2025', { cancelledOn: '2025-10-01' })];
    expect(membershipStatus(carol, memberships, seasons, '2025-10-02')).toBe('jamais-adherent');
  });

  it('says « jamais adhérent » for contacts and donors', () => {
    expect(membershipStatus(carol, [], seasons, '2025-10-01')).toBe('jamais-adherent');
    expect(membershipStatus(carol, [paid('carol', 's2025')], [], '2025-10-01')).toBe('ancien-membre');
  });
});

describe('renewal campaign', () => {
  it('lists last season’s holders not covered yet, once each, with their last tariff', () => {
    const dave = makePerson({ id: 'dave', householdId: householdId('h2') });
    const memberships = [
      paid('alice', 's2024', { tariffId: tariffId('adulte') }),
      paid('carol', 's2024', { tariffId: tariffId('adulte'), paidOn: '2024-09-05' }),
      paid('carol', 's2024', { tariffId: tariffId('bienfaiteur'), paidOn: '2025-01-10' }),
      paid('h2', 's2024', { holderKind: 'household', tariffId: tariffId('famille') }),
      // Alice renewed through a family membership of her household: she is covered.
      paid('h1', 's2025', { holderKind: 'household', tariffId: tariffId('famille') }),
    ];
    const due = renewalsDue([alice, bob, carol, dave], memberships, seasonId('s2024'), seasonId('s2025'));
    expect(due.map((m) => [m.holderId, m.tariffId]).sort()).toEqual([
      ['carol', 'bienfaiteur'],
      ['h2', 'famille'],
    ]);
  });

  it('counts a household as renewed when each member renewed individually', () => {
    const memberships = [
      paid('h1', 's2024', { holderKind: 'household' }),
      paid('alice', 's2025'),
      paid('bob', 's2025'),
    ];
    expect(renewalsDue([alice, bob], memberships, seasonId('s2024'), seasonId('s2025'))).toEqual([]);
    expect(
      renewalsDue([alice, bob], memberships.slice(0, 2), seasonId('s2024'), seasonId('s2025')),
    ).toHaveLength(1);
  });
});

describe('coverage by one membership, and for one season', () => {
  const ann = { id: personId('ann'), householdId: householdId('h1') };
  const ben = { id: personId('ben'), householdId: '' as const };
  const family = {
    holderKind: 'household' as const,
    holderId: householdId('h1'),
    seasonId: seasonId('s1'),
    cancelledOn: '',
    tariffId: tariffId('famille'),
  };
  const own = {
    holderKind: 'person' as const,
    holderId: personId('ben'),
    seasonId: seasonId('s1'),
    cancelledOn: '',
    tariffId: tariffId('solo'),
  };

  it('a household membership covers its current members, a person’s only them', () => {
    expect(coversPerson(family, ann)).toBe(true);
    expect(coversPerson(family, ben)).toBe(false);
    expect(coversPerson(own, ben)).toBe(true);
    // No household is not a household: an empty holder id never matches.
    expect(coversPerson({ holderId: personId('') }, ben)).toBe(false);
  });

  it('filters people covered for a season, and for one tariff of it', () => {
    const covered = coveredForSeason([family, own], seasonId('s1'));
    expect([ann, ben].filter(covered)).toEqual([ann, ben]);
    const solo = coveredForSeason([family, own], seasonId('s1'), tariffId('solo'));
    expect([ann, ben].filter(solo)).toEqual([ben]);
    expect([ann, ben].filter(coveredForSeason([family, own], seasonId('s2')))).toEqual([]);
  });

  it('a cancelled membership covers no one', () => {
    const cancelled = coveredForSeason([{ ...own, cancelledOn: '2026-10-01' }], seasonId('s1'));
    expect(cancelled(ben)).toBe(false);
  });
});
