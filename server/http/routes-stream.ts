import type { FastifyInstance } from 'fastify';
import type { StreamEvent } from '@shared/sync/protocol';
import { deviceHook, deviceOf } from '@server/http/authenticate';
import type { ChangeFeed } from '@server/sync/change-feed';
import type { Store } from '@server/storage/store';

export interface StreamOptions {
  /** A comment line this often keeps proxies and NAT boxes from closing a quiet stream. */
  heartbeatMs: number;
}

/** Open streams, so that shutdown can end them (they would otherwise hold `close()` forever). */
export type OpenStreams = Set<() => void>;

function frame(event: StreamEvent): string {
  const id = event.type === 'change' ? `id: ${event.seq}\n` : '';
  return `${id}data: ${JSON.stringify(event)}\n\n`;
}

export function registerStreamRoute(
  app: FastifyInstance,
  deps: { store: Store; changes: ChangeFeed; options: StreamOptions; open: OpenStreams },
): void {
  const onRequest = deviceHook(deps.store, { allowQueryToken: true });
  app.get('/sync/stream', { onRequest }, async (request, reply) => {
    const device = deviceOf(request);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx buffers responses by default, which would hold the notices back.
      'x-accel-buffering': 'no',
      'access-control-allow-origin': '*',
    });
    // `retry`: how long EventSource waits before reconnecting; every connection starts with
    // RESYNC because the server cannot know what the client missed while it was away.
    raw.write(`retry: 2000\n${frame({ type: 'RESYNC' })}`);

    const unsubscribe = deps.changes.subscribe(device.orgId, (event) => raw.write(frame(event)));
    const heartbeat = setInterval(() => raw.write(': ping\n\n'), deps.options.heartbeatMs);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      deps.open.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    deps.open.add(end);
    request.raw.on('close', end);
    raw.on('error', end);
  });
}
