/**
 * Lock-out after repeated failures: the first `FREE_ATTEMPTS` failures cost nothing, then each
 * further one makes the account wait, doubling from 30 s up to 15 min. Offline, on a shared PC,
 * this is what slows down someone trying PINs at the door laptop.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export interface LockoutState {
  failures: number;
  /** Epoch ms before which no attempt is accepted; 0 when free. */
  lockedUntil: number;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: 0 };

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export function recordFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const delay = delayAfter(failures);
  return { failures, lockedUntil: delay > 0 ? now + delay : 0 };
}

export function recordSuccess(): LockoutState {
  return NO_LOCKOUT;
}

/** Milliseconds still to wait before an attempt is allowed (0 = try now). */
export function waitRemaining(state: LockoutState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}
