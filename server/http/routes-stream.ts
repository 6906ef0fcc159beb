import { deviceMayRead } from '@shared/sync/device-scope';
import type { FastifyInstance } from 'fastify';
import type { StreamEvent } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { authenticate, deviceHook, deviceOf } from '@server/http/authenticate';
import type { ChangeFeed } from '@server/sync/change-feed';
import type { Store } from '@server/storage/store';

export interface StreamOptions {
  /**
   * A comment line this often keeps proxies and NAT boxes from closing a quiet stream. At the
   * same pace the device's token is checked again: a device revoked meanwhile (by the CLI, in
   * another process) has its stream closed, and its reconnection is refused with 401.
   */
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

    let ended = false;
    let checking = false;
    // A door device is not told of changes to what it may not pull (donations, receipts…).
    const unsubscribe = deps.changes.subscribe(device.orgId, (event) => {
      if (event.type !== 'change' || deviceMayRead(device.scope, event.collection)) raw.write(frame(event));
    });
    const recheck = async () => {
      if (checking) return;
      checking = true;
      try {
        await authenticate(deps.store, request, { allowQueryToken: true });
        if (!ended) raw.write(': ping\n\n');
      } catch (error) {
        if (error instanceof ApiError && error.statusCode === 401) {
          request.log.info({ deviceId: device.id, code: error.code }, 'flux fermé : appareil refusé');
          end();
        } else {
          // The database is unavailable for a moment: keep the stream, check again next time.
          request.log.warn(
            { err: error, deviceId: device.id },
            'flux : vérification de l’appareil impossible',
          );
          if (!ended) raw.write(': ping\n\n');
        }
      } finally {
        checking = false;
      }
    };
    const heartbeat = setInterval(() => void recheck(), deps.options.heartbeatMs);
    const end = () => {
      ended = true;
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
