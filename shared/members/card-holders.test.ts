import { describe, expect, it } from 'vitest';
import { cardHolders, MAX_CARDS_PER_PRINT } from '@shared/members/card-holders';

describe('cardHolders', () => {
  it('keeps the numbered people, in order', () => {
    const people = [{ memberNumber: 'A-0002' }, { memberNumber: '' }, { memberNumber: 'A-0001' }];
    expect(cardHolders(people)).toEqual([{ memberNumber: 'A-0002' }, { memberNumber: 'A-0001' }]);
  });

  it('stops at 500 cards', () => {
    const people = Array.from({ length: 600 }, (_, i) => ({ memberNumber: `A-${1000 + i}` }));
    expect(cardHolders(people)).toHaveLength(MAX_CARDS_PER_PRINT);
    expect(cardHolders(people)[0]).toBe(people[0]);
  });
});
