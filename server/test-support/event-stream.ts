import { streamEventSchema } from '@shared/sync/protocol';
import type { StreamEvent } from '@shared/sync/protocol';

/** A minimal SSE reader over fetch, for tests: yields the parsed `data` of each message. */
export interface EventStreamReader {
  status: number;
  contentType: string | null;
  next(timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream (or close() cuts it). */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(url: string, token?: string): Promise<EventStreamReader> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: abort.signal,
  });
  const queue: StreamEvent[] = [];
  const waiters: ((event: StreamEvent) => void)[] = [];
  let buffer = '';

  const pump = async (): Promise<void> => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          if (!data) continue;
          const event = streamEventSchema.parse(JSON.parse(data));
          const waiter = waiters.shift();
          if (waiter) waiter(event);
          else queue.push(event);
        }
      }
    } catch {
      // Aborted by close(): the test is done with this stream.
    }
  };
  const ended = response.ok ? pump() : Promise.resolve();

  return {
    status: response.status,
    ended,
    contentType: response.headers.get('content-type'),
    next(timeoutMs = 3000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event within the time limit')), timeoutMs);
        waiters.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
    close() {
      abort.abort();
    },
  };
}
