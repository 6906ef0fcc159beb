import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildServer } from '@server/http/app';
import type { Store } from '@server/storage/store';
import type { Backend } from '@server/test-support/backend';

/** A suite's server: its store and its address on 127.0.0.1, set once `beforeAll` has run. */
export interface LiveServer {
  store: Store;
  base: string;
}

/**
 * Registers, in the calling `describe`, a real server on 127.0.0.1 over a fresh store of
 * `backend` (enrolment not rate-limited, heartbeats rare), closed after the suite.
 */
export function liveServer(backend: Backend): LiveServer {
  const live = { base: '' } as LiveServer;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    live.store = await backend.open();
    app = await buildServer({
      store: live.store,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
      heartbeatMs: 60_000,
    });
    live.base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await live.store?.close();
  });
  return live;
}
