import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateState } from '@shared/ipc/updates';
import {
  checkFeeds,
  feedCandidates,
  FIRST_CHECK_WAIT_MS,
  scheduleUpdateChecks,
  UPDATE_CHECK_INTERVAL_MS,
} from '@main/updates/update-schedule';

describe('feedCandidates: which feeds to ask, in order', () => {
  it("asks the association's server first when enrolled, then the public feed", () => {
    expect(
      feedCandidates({
        serverUrl: 'http://192.168.1.20:8787',
        publicFeed: 'https://tilleul.example/releases',
      }),
    ).toEqual(['http://192.168.1.20:8787/updates/', 'https://tilleul.example/releases/']);
    expect(feedCandidates({ serverUrl: 'https://club.example/', publicFeed: null })).toEqual([
      'https://club.example/updates/',
    ]);
    expect(feedCandidates({ serverUrl: null, publicFeed: 'https://tilleul.example/r/?x=1#y' })).toEqual([
      'https://tilleul.example/r/',
    ]);
    expect(feedCandidates({ serverUrl: null, publicFeed: null })).toEqual([]);
  });

  it('drops anything that is not a plain http(s) address', () => {
    for (const publicFeed of ['file:///etc/', 'https://user:pw@example.org/', 'pas une adresse']) {
      expect(feedCandidates({ serverUrl: null, publicFeed }), publicFeed).toEqual([]);
    }
  });
});

describe('checkFeeds', () => {
  /** The controller's `check` as seen from here: each feed answers what `answers` says. */
  function controller(answers: Record<string, UpdateState>) {
    const asked: (string | null)[] = [];
    return {
      asked,
      check: async (feed: string | null): Promise<UpdateState> => {
        asked.push(feed);
        return feed === null ? { status: 'noFeed' } : (answers[feed] ?? { status: 'error', message: '404' });
      },
    };
  }
  const server = 'http://192.168.1.20:8787/updates/';
  const public_ = 'https://tilleul.example/releases/';
  const upToDate: UpdateState = { status: 'upToDate', checkedAt: '2026-07-14T10:00:00.000Z' };

  it('stops at the first feed that answers', async () => {
    const updates = controller({ [server]: upToDate, [public_]: upToDate });
    expect(await checkFeeds(updates, [server, public_])).toEqual(upToDate);
    expect(updates.asked).toEqual([server]);
  });

  it('falls back to the public feed when the server has no updates or cannot be reached', async () => {
    const updates = controller({ [public_]: { status: 'downloading', version: '0.2.0' } });
    expect(await checkFeeds(updates, [server, public_])).toEqual({ status: 'downloading', version: '0.2.0' });
    expect(updates.asked).toEqual([server, public_]);
    // Every feed failing: the last error is what the screen shows.
    const none = controller({});
    expect(await checkFeeds(none, [server, public_])).toEqual({ status: 'error', message: '404' });
  });

  it('says there is no feed when there is none', async () => {
    const updates = controller({});
    expect(await checkFeeds(updates, [])).toEqual({ status: 'noFeed' });
    expect(updates.asked).toEqual([null]);
  });
});

describe('scheduleUpdateChecks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once the page has spoken, then every four hours', async () => {
    const check = vi.fn(async () => undefined);
    const schedule = scheduleUpdateChecks({ check });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(check).not.toHaveBeenCalled();
    schedule.contextKnown();
    expect(check).toHaveBeenCalledTimes(1);
    // The page speaks again (the language changed): no second check for that.
    schedule.contextKnown();
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_WAIT_MS);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(check).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2 * UPDATE_CHECK_INTERVAL_MS);
    expect(check).toHaveBeenCalledTimes(4);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(10 * UPDATE_CHECK_INTERVAL_MS);
    expect(check).toHaveBeenCalledTimes(4);
  });

  it('checks anyway when the page never speaks, and never overlaps a slow check', async () => {
    let finish: () => void = () => undefined;
    const check = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const schedule = scheduleUpdateChecks({ check, intervalMs: 1_000, firstWaitMs: 2_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(check).toHaveBeenCalledTimes(1);
    // Still running three turns later: no second check on top of it.
    await vi.advanceTimersByTimeAsync(3_000);
    expect(check).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(check).toHaveBeenCalledTimes(2);
    schedule.stop();
  });

  it('goes on after a failed check, and reports the failure', async () => {
    const errors: unknown[] = [];
    const check = vi.fn(async () => {
      throw new Error('réseau absent');
    });
    const schedule = scheduleUpdateChecks({ check, intervalMs: 1_000, onError: (e) => errors.push(e) });
    schedule.contextKnown();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(check).toHaveBeenCalledTimes(3);
    expect(errors).toHaveLength(3);
    schedule.stop();
  });
});
