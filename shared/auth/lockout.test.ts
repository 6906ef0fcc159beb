import { describe, expect, it } from 'vitest';
import {
  delayAfter,
  FREE_ATTEMPTS,
  NO_LOCKOUT,
  recordFailure,
  recordSuccess,
  waitRemaining,
} from '@shared/auth/lockout';

describe('lock-out after repeated failures', () => {
  it('lets the first failures through, then waits longer and longer, up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0]);
    expect(FREE_ATTEMPTS).toBe(5);
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delayAfter(20)).toBe(15 * 60_000);
  });

  it('counts failures on a fake clock and clears on success', () => {
    let clock = 1_000_000;
    let state = NO_LOCKOUT;
    for (let i = 0; i < 4; i++) state = recordFailure(state, clock);
    expect(waitRemaining(state, clock)).toBe(0);
    state = recordFailure(state, clock);
    expect(waitRemaining(state, clock)).toBe(30_000);
    clock += 10_000;
    expect(waitRemaining(state, clock)).toBe(20_000);
    clock += 20_000;
    expect(waitRemaining(state, clock)).toBe(0);
    state = recordFailure(state, clock);
    expect(waitRemaining(state, clock)).toBe(60_000);
    expect(recordSuccess()).toEqual(NO_LOCKOUT);
  });
});
