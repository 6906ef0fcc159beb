import { describe, expect, it } from 'vitest';
import { mayVote, quorumFigures, quorumRequired } from '@shared/events/quorum';
import type { PersonId } from '@shared/ids';
import { personId } from '@shared/testing/ids';

type R = { personId: PersonId; present: boolean; proxyHolderId: PersonId | '' };
const here = (id: string): R => ({ personId: personId(id), present: true, proxyHolderId: '' });
const gives = (id: string, holder: string): R => ({
  personId: personId(id),
  present: false,
  proxyHolderId: personId(holder),
});

const voters = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
const isVoter = (id: string) => voters.has(id);
const rules = { quorumPercent: 50, maxProxiesPerMember: 2 };

describe('who may vote', () => {
  it('only members à jour at the AG date, or every member of this season or the last', () => {
    expect(mayVote('members-up-to-date', 'a-jour')).toBe(true);
    expect(mayVote('members-up-to-date', 'a-renouveler')).toBe(false);
    expect(mayVote('all-members', 'a-renouveler')).toBe(true);
    expect(mayVote('all-members', 'ancien-membre')).toBe(false);
    expect(mayVote('all-members', 'jamais-adherent')).toBe(false);
  });
});

describe('quorum required', () => {
  it.each([
    [10, 50, 5],
    [10, 25, 3], // 2.5 rounds up
    [7, 33, 3], // 2.31 rounds up
    [3, 100, 3],
    [300, 33, 99],
    [301, 33, 100], // 99.33 rounds up
    [0, 50, 0],
    [10, 0, 0],
  ])('%i voters at %i %% need %i', (count, percent, needed) => {
    expect(quorumRequired(count, percent)).toBe(needed);
  });
});

describe('live figures', () => {
  it('counts présents, représentés, voix, and how many more the quorum needs', () => {
    const figures = quorumFigures([here('a'), here('b'), gives('c', 'a')], isVoter, 10, rules);
    expect(figures).toMatchObject({
      voters: 10,
      present: 2,
      represented: 1,
      votes: 3,
      guests: 0,
      required: 5,
      reached: false,
      missing: 2,
    });
    expect(figures.proxiesByHolder.get('a')).toBe(1);
  });

  it('is reached exactly at the rounded-up threshold', () => {
    const records = [here('a'), here('b'), gives('c', 'a'), gives('d', 'b'), gives('e', 'b')];
    expect(quorumFigures(records, isVoter, 10, rules)).toMatchObject({ votes: 5, reached: true, missing: 0 });
    expect(quorumFigures(records.slice(0, 4), isVoter, 10, rules)).toMatchObject({
      reached: false,
      missing: 1,
    });
  });

  it('a holder who leaves takes their proxies with them', () => {
    const records = [here('a'), here('b'), gives('c', 'a'), gives('d', 'a')];
    expect(quorumFigures(records, isVoter, 10, rules)).toMatchObject({
      present: 2,
      represented: 2,
      votes: 4,
    });
    const left = [{ ...here('a'), present: false }, here('b'), gives('c', 'a'), gives('d', 'a')];
    expect(quorumFigures(left, isVoter, 10, rules)).toMatchObject({ present: 1, represented: 0, votes: 1 });
  });

  it('a giver who comes votes in person: their proxy no longer counts', () => {
    const records = [here('a'), { ...gives('c', 'a'), present: true }];
    expect(quorumFigures(records, isVoter, 10, rules)).toMatchObject({
      present: 2,
      represented: 0,
      votes: 2,
    });
  });

  it('counts guests apart, and never a proxy from or to a non-voter', () => {
    const records = [here('a'), here('x'), gives('y', 'a'), gives('b', 'x')];
    expect(quorumFigures(records, isVoter, 10, rules)).toMatchObject({
      present: 1,
      guests: 1,
      represented: 0,
      votes: 1,
    });
  });

  it('never counts more proxies per holder than the limit, even if more were recorded offline', () => {
    const records = [here('a'), gives('b', 'a'), gives('c', 'a'), gives('d', 'a')];
    const figures = quorumFigures(records, isVoter, 10, rules);
    expect(figures.represented).toBe(2);
    expect(figures.proxiesByHolder.get('a')).toBe(2);
    expect(quorumFigures(records, isVoter, 10, { ...rules, maxProxiesPerMember: 0 }).represented).toBe(0);
  });

  it('with no quorum asked, it is reached with nobody', () => {
    expect(quorumFigures([], isVoter, 10, { quorumPercent: 0, maxProxiesPerMember: 1 })).toMatchObject({
      required: 0,
      reached: true,
      missing: 0,
    });
  });
});
