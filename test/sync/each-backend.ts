import { afterEach, it } from 'vitest';
import { useBackend } from '@server/test-support/backend';
import { startTestClient, startTestServer } from './harness';
import type { TestClient, TestServer } from './harness';
/**
 * One story of devices and a real server, run on SQLite and on PostgreSQL (its half skipped,
 * said in one line, where PostgreSQL is absent outside CI): « title (SQLite) », « title
 * (PostgreSQL) ». Call it where `it` may be called; it registers the PostgreSQL set-up there.
 */
export function itOnEachBackend(
  title: string,
  story: (options: { databaseUrl?: string }) => Promise<void>,
  timeoutMs?: number,
) {
  const postgres = useBackend('postgres');
  it(`${title} (SQLite)`, () => story({}), timeoutMs);
  if (postgres) {
    it(
      `${title} (PostgreSQL)`,
      () => {
        const location = postgres.location;
        if (!('databaseUrl' in location)) throw new Error('PostgreSQL location expected');
        return story({ databaseUrl: location.databaseUrl });
      },
      timeoutMs,
    );
  }
}

/**
 * The server and client devices of one test, closed after it (each test file had this
 * `afterEach` of its own): `start` a server, then a `client` per device.
 */
export function useTestWorld() {
  const world = {
    server: undefined as TestServer | undefined,
    clients: [] as TestClient[],
    async start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
      world.server = await startTestServer(options);
      return world.server;
    },
    async client(...args: Parameters<typeof startTestClient>): Promise<TestClient> {
      const client = await startTestClient(...args);
      world.clients.push(client);
      return client;
    },
  };
  afterEach(async () => {
    await Promise.all(world.clients.splice(0).map((client) => client.close()));
    await world.server?.dispose();
    world.server = undefined;
  });
  return world;
}
