import { describe, expect, it } from 'vitest';
import { proxiesHeldBy, proxyRefusal } from '@shared/events/proxies';
import { personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

type R = { personId: PersonId; present: boolean; proxyHolderId: PersonId | '' };
const here = (id: string): R => ({ personId: personId(id), present: true, proxyHolderId: '' });
const gives = (id: string, holder: string): R => ({
  personId: personId(id),
  present: false,
  proxyHolderId: personId(holder),
});
const voters = new Set(['a', 'b', 'c', 'd', 'e']);
const isVoter = (id: string) => voters.has(id);

describe('recording a proxy', () => {
  it('accepts an absent voter giving to another voter within the limit', () => {
    expect(
      proxyRefusal({ giverId: personId('b'), holderId: personId('a') }, [here('a')], isVoter, 1),
    ).toBeUndefined();
    // Holder not there yet: recorded before the AG, it counts once they come.
    expect(proxyRefusal({ giverId: personId('b'), holderId: personId('a') }, [], isVoter, 1)).toBeUndefined();
  });

  it('refuses a proxy to oneself', () => {
    expect(proxyRefusal({ giverId: personId('a'), holderId: personId('a') }, [], isVoter, 1)).toBe('self');
  });

  it('refuses a proxy from or to someone who may not vote', () => {
    expect(proxyRefusal({ giverId: personId('x'), holderId: personId('a') }, [], isVoter, 1)).toBe(
      'giver-not-voter',
    );
    expect(proxyRefusal({ giverId: personId('a'), holderId: personId('x') }, [], isVoter, 1)).toBe(
      'holder-not-voter',
    );
  });

  it('refuses a proxy from someone present: they vote in person', () => {
    expect(proxyRefusal({ giverId: personId('b'), holderId: personId('a') }, [here('b')], isVoter, 1)).toBe(
      'giver-present',
    );
  });

  it('refuses beyond the limit, and 0 means no proxies at all', () => {
    const records = [here('a'), gives('b', 'a')];
    expect(proxyRefusal({ giverId: personId('c'), holderId: personId('a') }, records, isVoter, 1)).toBe(
      'limit',
    );
    expect(
      proxyRefusal({ giverId: personId('c'), holderId: personId('a') }, records, isVoter, 2),
    ).toBeUndefined();
    expect(proxyRefusal({ giverId: personId('b'), holderId: personId('a') }, [], isVoter, 0)).toBe('limit');
  });

  it('moving a proxy to the same holder again does not count it twice', () => {
    const records = [here('a'), gives('b', 'a')];
    expect(
      proxyRefusal({ giverId: personId('b'), holderId: personId('a') }, records, isVoter, 1),
    ).toBeUndefined();
  });

  it('refuses chains either way', () => {
    // b gave to c: b cannot hold a's proxy.
    expect(
      proxyRefusal({ giverId: personId('a'), holderId: personId('b') }, [gives('b', 'c')], isVoter, 2),
    ).toBe('holder-gave');
    // b holds d's proxy: b cannot give theirs (d's would go on to c).
    expect(
      proxyRefusal({ giverId: personId('b'), holderId: personId('c') }, [gives('d', 'b')], isVoter, 2),
    ).toBe('giver-holds');
  });

  it('lists the proxies a holder holds', () => {
    expect(proxiesHeldBy(personId('a'), [gives('b', 'a'), gives('c', 'a'), gives('d', 'e')])).toEqual([
      'b',
      'c',
    ]);
  });
});
