import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncApi } from '@renderer/sync/api-client';
import { SyncError } from '@renderer/sync/sync-error';

/**
 * Issue 19: the sync client's timeout is one of inactivity, not of total duration. A real HTTP
 * server on 127.0.0.1 trickles a pull page over four times the timeout (as a 256 kbit/s link
 * does a large page), stalls half-way through another, and never answers a third; a request
 * waiting for a free connection is not timed.
 */
const TIMEOUT_MS = 400;
const CHUNK_EVERY_MS = 100;

const documents = Array.from({ length: 40 }, (_, n) => ({
  id: `s-${n}`,
  value: { text: 'x'.repeat(200) },
  _deleted: false,
}));
const page = JSON.stringify({ documents, checkpoint: { seq: 40 } });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function trickle(response: ServerResponse, text: string, chunks: number, stallAfter?: number) {
  response.writeHead(200, { 'content-type': 'application/json' });
  const size = Math.ceil(text.length / chunks);
  for (let n = 0; n < chunks; n++) {
    if (n === stallAfter) return; // keeps the connection open, sends nothing more
    if (response.destroyed) return;
    response.write(text.slice(n * size, (n + 1) * size));
    await wait(CHUNK_EVERY_MS);
  }
  response.end();
}

describe('sync API client over a slow link', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '';
      if (path.includes('/sync/slow/')) void trickle(response, page, 20);
      else if (path.includes('/sync/stalls/')) void trickle(response, page, 20, 5);
      // `/sync/silent/`: the request is read and never answered.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const api = () => new SyncApi({ baseUrl: base, timeoutMs: TIMEOUT_MS });

  it('receives a page that takes five times the timeout to arrive, as long as bytes keep coming', async () => {
    const started = performance.now();
    const received = await api().pull('slow', 0, 40);
    const elapsed = performance.now() - started;
    expect(received.documents).toHaveLength(40);
    expect(received.checkpoint).toEqual({ seq: 40 });
    expect(elapsed).toBeGreaterThan(4 * TIMEOUT_MS);
  });

  it('counts a request’s wait for a free connection as no silence of the server', async () => {
    // One request at a time: the second waits the whole first page (over four timeouts).
    const shared = new SyncApi({ baseUrl: base, timeoutMs: TIMEOUT_MS, concurrency: 1 });
    const started = performance.now();
    const pages = await Promise.all([shared.pull('slow', 0, 40), shared.pull('slow', 0, 40)]);
    expect(pages.map((received) => received.documents.length)).toEqual([40, 40]);
    expect(performance.now() - started).toBeGreaterThan(2 * 18 * CHUNK_EVERY_MS);
  });

  it('gives up on a page that stops arriving, one timeout after its last byte, with a French sentence', async () => {
    const started = performance.now();
    const failure = await api()
      .pull('stalls', 0, 40)
      .catch((error: unknown) => error);
    const elapsed = performance.now() - started;
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).code).toBe('NETWORK');
    expect((failure as SyncError).message).toMatch(/^Le serveur n’a rien envoyé pendant 0,4\ss/);
    // Five chunks arrived, a hundred milliseconds apart: it waited for them, then one timeout.
    expect(elapsed).toBeGreaterThanOrEqual(4 * CHUNK_EVERY_MS + TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(4 * CHUNK_EVERY_MS + TIMEOUT_MS + 1500);
  });

  it('keeps no browser sentence for a server that cannot be reached (the screen says it in French)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await new SyncApi({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: TIMEOUT_MS })
      .pull('people', 0, 40)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).code).toBe('NETWORK');
    expect((failure as SyncError).message).toBe('');
  });

  it('gives up on a server that never answers after the timeout', async () => {
    const started = performance.now();
    const failure = await api()
      .pull('silent', 0, 40)
      .catch((error: unknown) => error);
    const elapsed = performance.now() - started;
    expect((failure as SyncError).code).toBe('NETWORK');
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1500);
  });
});
