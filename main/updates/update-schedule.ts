import type { UpdateState } from '@shared/ipc/updates';

/** How often a running Tilleul looks for an update after the check at start-up. */
export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
/**
 * How long the first check waits for the page to say which server this device is enrolled with
 * (`setDesktopContext`), before asking the public feed alone.
 */
export const FIRST_CHECK_WAIT_MS = 60 * 1000;

/** A feed URL for electron-updater's generic provider: http(s), no credentials, ends with `/`. */
function asFeed(candidate: string | null): string | null {
  if (candidate === null || !URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

/**
 * The feeds to ask, in order: the association's own server's `/updates/` when this device is
 * enrolled (a club with a local server updates even on a poor Internet link), then the public
 * feed an administrator set. Either may be missing.
 */
export function feedCandidates(choice: { serverUrl: string | null; publicFeed: string | null }): string[] {
  const server = choice.serverUrl === null ? null : `${choice.serverUrl.replace(/\/+$/, '')}/updates/`;
  const feeds = [asFeed(server), asFeed(choice.publicFeed)].filter((feed) => feed !== null);
  return [...new Set(feeds)];
}

/**
 * Asks each feed in turn until one answers: a server that hosts no updates (or is out of reach)
 * gives way to the public feed. With no feed at all, says so.
 */
export async function checkFeeds(
  updates: { check(feed: string | null): Promise<UpdateState> },
  feeds: readonly string[],
): Promise<UpdateState> {
  if (feeds.length === 0) return updates.check(null);
  let state: UpdateState = { status: 'noFeed' };
  for (const feed of feeds) {
    state = await updates.check(feed);
    if (state.status !== 'error') return state;
  }
  return state;
}

export interface UpdateSchedule {
  /** The page said where this device stands: the first check need not wait any longer. */
  contextKnown(): void;
  stop(): void;
}

/**
 * Checks at start-up (as soon as the page has said whether the device is enrolled, or after
 * `firstWaitMs`), then every `intervalMs`. A check never overlaps the previous one, and a
 * failed one waits for the next turn: the app never nags, and nothing is interrupted.
 */
export function scheduleUpdateChecks(options: {
  check: () => Promise<unknown>;
  intervalMs?: number;
  firstWaitMs?: number;
  onError?: (error: unknown) => void;
}): UpdateSchedule {
  let running = false;
  let started = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  const run = () => {
    if (running) return;
    running = true;
    options
      .check()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = false;
      });
  };
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(first);
    run();
    interval = setInterval(run, options.intervalMs ?? UPDATE_CHECK_INTERVAL_MS);
  };
  const first = setTimeout(start, options.firstWaitMs ?? FIRST_CHECK_WAIT_MS);
  return {
    contextKnown: start,
    stop: () => {
      started = true;
      clearTimeout(first);
      clearInterval(interval);
    },
  };
}
