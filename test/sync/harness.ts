import { asUserId } from '@shared/ids';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { RxStorage } from 'rxdb/plugins/core';
import { collectionSpecs } from '@shared/schema/collections';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import type { DeviceScope } from '@shared/sync/protocol';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import type { FetchLike } from '@renderer/sync/api-client';
import { enrolDevice } from '@renderer/sync/enrolment';
import type { Enrolment } from '@renderer/sync/enrolment';
import { startSyncEngine } from '@renderer/sync/sync-engine';
import type { SyncEngine, SyncEngineOptions } from '@renderer/sync/sync-engine';
import { SyncStatusStore } from '@renderer/sync/sync-status';
import { buildServer } from '@server/http/app';
import { openStore } from '@server/storage/open-store';
import type { StoreLocation } from '@server/storage/open-store';
import type { Store } from '@server/storage/store';
import { createOrganisation, issueCode } from '@server/test-support/fixtures';

/**
 * A real sync server on 127.0.0.1 (SQLite in a temporary folder, or a PostgreSQL URL) that can
 * be killed and restarted on the same port, and clients made of an in-memory RxDB and the real
 * replication code. Shared by the convergence test and the sync benchmark.
 */
export interface TestServer {
  readonly url: string;
  readonly port: number;
  readonly orgId: string;
  readonly store: () => Store;
  readonly running: boolean;
  /** Stops like a crash: open connections are cut, nothing is drained. */
  kill(): Promise<void>;
  /** Starts again on the same port with the same data. */
  restart(): Promise<void>;
  enrolmentCode(scope?: DeviceScope): Promise<string>;
  /** Kills and removes the temporary folder. */
  dispose(): Promise<void>;
}

export async function startTestServer(
  options: { databaseUrl?: string; heartbeatMs?: number; now?: () => Date } = {},
): Promise<TestServer> {
  let dir: string | undefined;
  let location: StoreLocation;
  if (options.databaseUrl) location = { databaseUrl: options.databaseUrl };
  else {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-sync-'));
    location = { data: dir };
  }
  let store = await openStore(location, { create: true });
  const orgId = await createOrganisation(store);
  let app: FastifyInstance | undefined;
  let port = 0;

  const listen = async () => {
    app = await buildServer({
      store,
      logger: false,
      heartbeatMs: options.heartbeatMs ?? 1000,
      // Many clients enrol from one address in tests.
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
      ...(options.now ? { now: options.now } : {}),
    });
    const address = await app.listen({ port, host: '127.0.0.1' });
    port = Number(new URL(address).port);
  };
  await listen();

  const server: TestServer = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    orgId,
    store: () => store,
    get running() {
      return app !== undefined;
    },
    async kill() {
      const current = app;
      app = undefined;
      if (!current) return;
      current.server.closeAllConnections();
      await current.close();
      await store.close();
    },
    async restart() {
      if (app) return;
      store = await openStore(location, { create: false });
      await listen();
    },
    async enrolmentCode(scope = 'office') {
      return issueCode(store, orgId, scope);
    },
    async dispose() {
      await server.kill();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

export interface TestClient {
  readonly name: string;
  readonly db: TilleulDatabase;
  readonly enrolment: Enrolment;
  readonly status: SyncStatusStore;
  readonly specs: Readonly<Record<string, CollectionSpec>>;
  engine: SyncEngine;
  close(): Promise<void>;
}

/**
 * RxDB's free edition opens at most 13 collections per process, so test clients hold a few:
 * enough to cover a member collection, a settings-like one and the journal that conflicts write.
 */
export const TEST_CLIENT_SPECS: Readonly<Record<string, CollectionSpec>> = {
  people: collectionSpecs.people,
  settings: collectionSpecs.settings,
  audit: collectionSpecs.audit,
};

export async function startTestClient(
  server: TestServer,
  name: string,
  options: {
    fetch?: FetchLike;
    engine?: Partial<SyncEngineOptions>;
    specs?: Readonly<Record<string, CollectionSpec>>;
    scope?: DeviceScope;
    /** RxDB's memory storage unless given (a test may wrap it to slow its writes). */
    storage?: RxStorage<unknown, unknown>;
  } = {},
): Promise<TestClient> {
  const specs = options.specs ?? TEST_CLIENT_SPECS;
  const db = await createMemoryDatabase(`client-${name}-${Date.now()}`, specs, options.storage);
  const enrolment = await enrolDevice(db, {
    address: server.url,
    code: await server.enrolmentCode(options.scope),
    deviceName: name,
  });
  const status = new SyncStatusStore();
  const engine = startSyncEngine({
    retryTime: 100,
    backoff: { baseMs: 50, maxMs: 500 },
    waitForLeadership: false,
    specs,
    ...options.engine,
    db,
    enrolment,
    status,
    fetch: options.fetch,
    auditActor: () => ({
      userId: asUserId(`user-${name}`),
      userName: name,
      deviceId: enrolment.deviceId,
      now: () => new Date(),
    }),
  });
  return {
    name,
    db,
    enrolment,
    status,
    specs,
    engine,
    async close() {
      await engine.stop();
      await db.close();
    },
  };
}

/** Waits until `check` holds (a document arrived, a status settled), or fails after `timeoutMs`. */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
