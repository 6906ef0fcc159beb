import { BehaviorSubject, Subject } from 'rxjs';
import { apiErrorSchema, streamEventSchema } from '@shared/sync/protocol';
import type { StreamEvent } from '@shared/sync/protocol';
import type { SyncApi } from '@renderer/sync/api-client';
import { DEFAULT_BACKOFF, retryDelay } from '@renderer/sync/backoff';
import type { BackoffOptions } from '@renderer/sync/backoff';
import { createSseParser } from '@renderer/sync/sse-parser';
import { SyncError, toSyncError } from '@renderer/sync/sync-error';

export interface ChangeStreamOptions {
  api: SyncApi;
  backoff?: BackoffOptions;
  /**
   * The server sends a heartbeat every 25 s; a connection silent for longer than this is taken
   * for dead (a NAT box or a sleeping laptop dropped it without a word) and reopened.
   */
  idleTimeoutMs?: number;
  random?: () => number;
}

/**
 * The server's change notices, read with fetch rather than EventSource: the token travels in
 * the Authorization header (not in a URL that proxies and logs keep), the reconnection delay is
 * ours (back-off with jitter, cut short when the browser says it is online again), a silent dead
 * connection is detected, and the same code runs in Node for the tests.
 *
 * Every (re)connection starts with `RESYNC`, emitted here as soon as the server accepts the
 * connection: whatever changed while the connection was down is then pulled from the
 * checkpoints. The server's own opening RESYNC is the same news and is not repeated.
 */
export class ChangeStream {
  readonly events$ = new Subject<StreamEvent>();
  readonly connected$ = new BehaviorSubject(false);
  readonly errors$ = new Subject<SyncError>();

  private readonly backoff: BackoffOptions;
  private readonly idleTimeoutMs: number;
  private readonly random: () => number;
  private stopped = true;
  private abort: AbortController | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** The browser came back online: the next attempt leaves at once, with a fresh back-off. */
  private hurry = false;
  /** When the current (or last) connection was opened, on `performance.now()`'s clock. */
  openedAt = 0;

  constructor(private readonly options: ChangeStreamOptions) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
    this.random = options.random ?? Math.random;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    globalThis.addEventListener?.('online', this.reconnectNow);
    globalThis.addEventListener?.('offline', this.goneOffline);
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    globalThis.removeEventListener?.('online', this.reconnectNow);
    globalThis.removeEventListener?.('offline', this.goneOffline);
    this.abort?.abort();
    this.wake?.();
    await this.loop;
    this.connected$.next(false);
  }

  /**
   * Reconnects now (the browser is back online, a test asks): skips the wait before the next
   * attempt, and gives up an attempt still hanging from the cut — left alone it would only end
   * by the timeout of inactivity, a minute of « hors ligne » with the network back (issue 19).
   */
  reconnectNow = (): void => {
    if (this.stopped || this.connected$.getValue()) return;
    this.hurry = true;
    this.abort?.abort();
    this.wake?.();
  };

  /** The browser says the network is gone: the connection is dead, whatever the socket says. */
  private goneOffline = (): void => {
    this.abort?.abort();
  };

  /** Cuts the current connection, as a network failure would (tests of reconnection). */
  dropConnection(): void {
    this.abort?.abort();
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      this.hurry = false;
      const opened = await this.connectOnce();
      if (this.stopped) break;
      attempt = opened ? 0 : attempt + 1;
      if (this.hurry) {
        attempt = 0;
        continue;
      }
      await this.sleep(retryDelay(attempt, this.backoff, this.random));
    }
  }

  /** One connection, until it ends; true when the server accepted it. */
  private async connectOnce(): Promise<boolean> {
    const abort = new AbortController();
    this.abort = abort;
    this.openedAt = performance.now();
    let idle: ReturnType<typeof setTimeout> | undefined;
    const resetIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => abort.abort(), this.idleTimeoutMs);
    };
    let accepted = false;
    try {
      resetIdle();
      const response = await this.options.api.openStream('/sync/stream', abort.signal);
      if (!response.ok || !response.body) {
        const body = apiErrorSchema.safeParse(await response.json().catch(() => undefined));
        this.errors$.next(
          body.success
            ? new SyncError(body.data.code, body.data.message, response.status)
            : new SyncError('BAD_RESPONSE', `HTTP ${response.status}`, response.status),
        );
        return false;
      }
      accepted = true;
      this.connected$.next(true);
      this.events$.next({ type: 'RESYNC' });
      let first = true;
      const parse = createSseParser((data) => {
        const event = streamEventSchema.safeParse(safeJson(data));
        if (!event.success) return;
        if (first && event.data.type === 'RESYNC') {
          first = false;
          return;
        }
        first = false;
        this.events$.next(event.data);
      });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        resetIdle();
        parse(decoder.decode(value, { stream: true }));
      }
    } catch (error) {
      if (!this.stopped) this.errors$.next(toSyncError(error));
    } finally {
      clearTimeout(idle);
      abort.abort();
      if (this.connected$.getValue()) this.connected$.next(false);
    }
    return accepted;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
