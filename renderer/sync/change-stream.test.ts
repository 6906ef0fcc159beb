import { firstValueFrom, filter, take, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncApi } from '@renderer/sync/api-client';
import type { FetchLike } from '@renderer/sync/api-client';
import { ChangeStream } from '@renderer/sync/change-stream';
import { call, enrol, settingsDoc } from '@server/test-support/fixtures';
import { startTestServer } from '../../test/sync/harness';
import type { TestServer } from '../../test/sync/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

const within = <T>(promise: Promise<T>, ms = 5000) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ]);

describe('ChangeStream', () => {
  it('says RESYNC on every (re)connection, relays changes, and survives a server restart', async () => {
    const device = await enrol(server.url, server.store(), server.orgId);
    const stream = new ChangeStream({
      api: new SyncApi({ baseUrl: server.url, token: device.token }),
      backoff: { baseMs: 20, maxMs: 200 },
      random: () => 0.5,
    });
    const resyncs = () => firstValueFrom(stream.events$.pipe(filter((e) => e.type === 'RESYNC')));
    let next = resyncs();
    stream.start();
    try {
      await within(next);
      expect(stream.connected$.getValue()).toBe(true);

      const change = firstValueFrom(stream.events$.pipe(filter((e) => e.type === 'change')));
      await call(server.url, 'POST', '/api/v1/sync/settings/push', {
        token: device.token,
        body: [{ newDocumentState: settingsDoc('s-stream') }],
      });
      expect(await within(change)).toEqual({
        type: 'change',
        collection: 'settings',
        seq: expect.any(Number),
      });

      // Killed server: the stream notices, reconnects with back-off, and says RESYNC again.
      next = resyncs();
      await server.kill();
      await within(firstValueFrom(stream.connected$.pipe(filter((c) => !c))));
      await server.restart();
      await within(next);

      // A connection cut on the client side (Wi-Fi lost) ends the same way.
      next = resyncs();
      stream.dropConnection();
      await within(next);
    } finally {
      await stream.stop();
    }
    expect(stream.connected$.getValue()).toBe(false);
  });

  it('emits exactly one RESYNC per connection (the server’s opening one is not repeated)', async () => {
    const device = await enrol(server.url, server.store(), server.orgId);
    const stream = new ChangeStream({ api: new SyncApi({ baseUrl: server.url, token: device.token }) });
    const firstTwo = firstValueFrom(stream.events$.pipe(take(2), toArray()));
    stream.start();
    await within(firstValueFrom(stream.connected$.pipe(filter(Boolean))));
    await call(server.url, 'POST', '/api/v1/sync/settings/push', {
      token: device.token,
      body: [{ newDocumentState: settingsDoc('s-once') }],
    });
    const events = await within(firstTwo);
    await stream.stop();
    expect(events.map((e) => e.type)).toEqual(['RESYNC', 'change']);
  });

  it('reconnects at once when the network comes back, even from an attempt that hangs since the cut', async () => {
    const device = await enrol(server.url, server.store(), server.orgId);
    // Offline, a connection attempt may neither fail nor answer (Chromium's emulated cut): it
    // hangs until aborted. Online again, requests pass.
    let online = false;
    let attempts = 0;
    const fetchLike: FetchLike = (url, init) => {
      attempts += 1;
      if (online) return fetch(url, init);
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    const stream = new ChangeStream({
      api: new SyncApi({ baseUrl: server.url, token: device.token, fetch: fetchLike }),
      // Long enough that only the reconnection asked for can explain a connection within the test.
      idleTimeoutMs: 60_000,
      backoff: { baseMs: 30_000, maxMs: 30_000 },
    });
    stream.start();
    try {
      await within(
        new Promise<void>((resolve) => {
          const poll = setInterval(() => attempts > 0 && (clearInterval(poll), resolve()), 10);
        }),
      );
      expect(stream.connected$.getValue()).toBe(false);
      online = true;
      const connected = firstValueFrom(stream.connected$.pipe(filter(Boolean)));
      stream.reconnectNow(); // what the browser's « online » event calls
      await within(connected, 2000);
      expect(attempts).toBe(2);
    } finally {
      await stream.stop();
    }
  });

  it('reports a refused token with the server’s code', async () => {
    const stream = new ChangeStream({
      api: new SyncApi({ baseUrl: server.url, token: 'x'.repeat(43) }),
      backoff: { baseMs: 1000, maxMs: 1000 },
    });
    const error = firstValueFrom(stream.errors$);
    stream.start();
    expect(await within(error)).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await stream.stop();
  });
});
