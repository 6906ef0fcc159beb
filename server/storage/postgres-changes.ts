import pg from 'pg';
import { z } from 'zod';
import type { ChangeWatcher, CommittedChange } from '@server/storage/store';

/** The channel of change notices between server processes sharing one database. */
export const CHANGES_CHANNEL = 'tilleul_changes';

const noticeSchema = z.object({
  instance: z.string(),
  orgId: z.string(),
  collection: z.string(),
  seq: z.number().int().min(1),
});

/** Reconnection delays of the LISTEN connection: 0.5 s doubling to 30 s. */
const WATCH_RETRY_MS = { first: 500, max: 30_000 };

/** `instance` tells a process's own notices from the others' (it publishes its own pushes itself). */
export function changeNotice(instance: string, change: CommittedChange): string {
  return JSON.stringify({ instance, ...change });
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When
 * the connection drops it comes back with growing delays, and `onGap` says notices may have
 * been missed in between.
 */
export async function watchChanges(
  databaseUrl: string,
  instance: string,
  watcher: ChangeWatcher,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let delay = WATCH_RETRY_MS.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      let parsed: z.infer<typeof noticeSchema>;
      try {
        parsed = noticeSchema.parse(JSON.parse(message.payload));
      } catch {
        return;
      }
      if (parsed.instance === instance) return;
      watcher.onChange({ orgId: parsed.orgId, collection: parsed.collection, seq: parsed.seq });
    });
    next.on('error', () => retry(next));
    next.on('end', () => retry(next));
    await next.connect();
    await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    client = next;
    delay = WATCH_RETRY_MS.first;
  };

  const retry = (failed: pg.Client) => {
    if (stopped || client !== failed) return;
    client = undefined;
    failed.end().catch(() => undefined);
    const attempt = () => {
      retryTimer = undefined;
      if (stopped) return;
      connect().then(
        () => {
          if (stopped) {
            const late = client;
            client = undefined;
            late?.end().catch(() => undefined);
            return;
          }
          watcher.onGap();
        },
        () => {
          delay = Math.min(delay * 2, WATCH_RETRY_MS.max);
          retryTimer = setTimeout(attempt, delay);
        },
      );
    };
    retryTimer = setTimeout(attempt, delay);
  };

  await connect();
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}
