import { describe, expect, it } from 'vitest';
import { RequestOutcomes } from '@renderer/sync/request-outcomes';
import { syncPhase } from '@renderer/sync/sync-phase';

function clock() {
  let t = 0;
  return { now: () => t, at: (value: number) => (t = value) };
}

describe('request outcomes (the « hors ligne » of the header)', () => {
  it('is not failing before any request, fails on a failure, recovers on a later success', () => {
    const c = clock();
    const outcomes = new RequestOutcomes(c.now);
    expect(outcomes.failing).toBe(false);
    c.at(1);
    expect(outcomes.failed(outcomes.start())).toBe(true);
    expect(outcomes.failing).toBe(true);
    c.at(2);
    outcomes.succeeded(outcomes.start());
    expect(outcomes.failing).toBe(false);
  });

  it('ignores a request that stalled across a cut and fails after later successes', () => {
    const c = clock();
    const outcomes = new RequestOutcomes(c.now);
    c.at(10);
    const stalled = outcomes.start(); // a pull page under way when the network drops
    c.at(20);
    expect(outcomes.failed(outcomes.start())).toBe(true); // offline: a retry fails at once
    c.at(30);
    outcomes.succeeded(outcomes.start()); // the network is back: the retry passes
    expect(outcomes.failing).toBe(false);
    c.at(45);
    // The stalled page ends only now, by its timeout of inactivity: stale, it changes nothing.
    expect(outcomes.failed(stalled)).toBe(false);
    expect(outcomes.failing).toBe(false);
    const phase = syncPhase({
      refused: false,
      leadership: 'leader',
      requestFailed: outcomes.failing,
      connected: true,
      active: false,
      pending: 0,
      previous: 'syncing',
    });
    expect(phase).toBe('upToDate');
  });

  it('keeps a newer failure over an older request that succeeds after it', () => {
    const c = clock();
    const outcomes = new RequestOutcomes(c.now);
    c.at(1);
    const older = outcomes.start();
    c.at(2);
    const newer = outcomes.start();
    expect(outcomes.failed(newer)).toBe(true);
    outcomes.succeeded(older);
    expect(outcomes.failing).toBe(true);
    c.at(3);
    outcomes.succeeded(outcomes.start());
    expect(outcomes.failing).toBe(false);
  });
});
