import { describe, expect, it } from 'vitest';
import { FirstSyncProgress } from '@renderer/sync/first-sync-progress';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('FirstSyncProgress', () => {
  it('counts received out of expected per collection, from the server’s remaining counts', () => {
    const time = clock();
    const progress = new FirstSyncProgress(['people', 'memberships'], time.now);
    expect(progress.snapshot().collections).toEqual([
      { collection: 'people', received: 0, expected: null, bytes: 0, done: false },
      { collection: 'memberships', received: 0, expected: null, bytes: 0, done: false },
    ]);
    progress.announced('people', 5000);
    progress.announced('memberships', 7000);
    progress.page('people', { documents: 2000, remaining: 3000, bytes: 1_400_000 });
    expect(progress.snapshot()).toMatchObject({
      collections: [
        { collection: 'people', received: 2000, expected: 5000, bytes: 1_400_000, done: false },
        { collection: 'memberships', received: 0, expected: 7000 },
      ],
      remaining: 10_000,
      secondsLeft: null,
    });
    progress.complete('people');
    expect(progress.snapshot().collections[0]).toMatchObject({ received: 2000, expected: 2000, done: true });
    expect(progress.finished).toBe(false);
    progress.complete('memberships');
    expect(progress.finished).toBe(true);
  });

  it('counts what a resumed first sync already holds as received', () => {
    const progress = new FirstSyncProgress(['people']);
    progress.held('people', 3000);
    progress.announced('people', 2000);
    expect(progress.snapshot().collections[0]).toMatchObject({ received: 3000, expected: 5000 });
    progress.page('people', { documents: 1000, remaining: 1000, bytes: 10 });
    expect(progress.snapshot().collections[0]).toMatchObject({ received: 4000, expected: 5000 });
  });

  it('estimates the time left from the pace measured since the first page, again after a cut', () => {
    const time = clock();
    const progress = new FirstSyncProgress(['people', 'attendance'], time.now);
    progress.announced('attendance', 20_000);
    progress.page('people', { documents: 1000, remaining: 9000, bytes: 1 });
    time.advance(1000);
    progress.page('people', { documents: 1000, remaining: 8000, bytes: 1 });
    expect(progress.snapshot().secondsLeft).toBeNull();
    time.advance(1000);
    progress.page('people', { documents: 1000, remaining: 7000, bytes: 1 });
    // 2,000 documents in 2 s; 27,000 to come.
    expect(progress.snapshot()).toMatchObject({ remaining: 27_000, secondsLeft: 27, interrupted: false });

    progress.interrupted();
    expect(progress.snapshot()).toMatchObject({ secondsLeft: null, interrupted: true });
    progress.page('people', { documents: 1000, remaining: 6000, bytes: 1 });
    for (const remaining of [5000, 4000]) {
      time.advance(4000);
      progress.page('people', { documents: 1000, remaining, bytes: 1 });
    }
    // A slower link now: 2,000 in 8 s, 24,000 to come.
    expect(progress.snapshot()).toMatchObject({ remaining: 24_000, secondsLeft: 96, interrupted: true });
  });

  it('ignores pages after a collection’s first pass and collections it does not follow', () => {
    const progress = new FirstSyncProgress(['people']);
    progress.complete('people');
    progress.page('people', { documents: 10, remaining: 0, bytes: 1 });
    progress.page('audit', { documents: 10, remaining: 0, bytes: 1 });
    expect(progress.snapshot().collections).toEqual([
      { collection: 'people', received: 0, expected: 0, bytes: 0, done: true },
    ]);
  });
});
