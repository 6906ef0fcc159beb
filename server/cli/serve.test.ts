import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@server/cli/run';
import { DEFAULT_ENROL_RATE_LIMIT } from '@server/http/routes-enrol';
import { openEventStream } from '@server/test-support/event-stream';
import { call, enrol } from '@server/test-support/fixtures';
import { SqliteStore } from '@server/storage/sqlite-store';
import { serve } from '@server/test-support/serve-process';

/** One real process: the command people run, its JSON line, and a clean stop on SIGTERM. */
describe('tilleul-server serve (real process)', () => {
  let dir = '';
  let orgId = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-serve-'));
    const out: string[] = [];
    await runCli(['init', '--data', dir, '--org', 'Servie', '--json'], {
      stdout: (l) => out.push(l),
      stderr: () => {},
    });
    orgId = (JSON.parse(out[0] as string) as { orgId: string }).orgId;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('listens, serves the API, and stops cleanly on SIGTERM, closing event streams', async () => {
    const server = await serve(dir);
    expect(await call(server.url, 'GET', '/api/v1/health')).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    // The CLI and the server share the SQLite file: a code made by one enrols through the other.
    const store = SqliteStore.open(dir, { create: false });
    const device = await enrol(server.url, store, orgId);
    await store.close();
    const stream = await openEventStream(`${server.url}/api/v1/sync/stream`, device.token);
    expect(await stream.next()).toEqual({ type: 'RESYNC' });

    expect(await server.stop()).toBe(0);
    stream.close();
    expect(server.stderr()).toContain('arrêt demandé');
  }, 30_000);

  it('serves the desktop app’s update feed from --updates DIR at /updates/', async () => {
    const feed = join(dir, 'feed');
    mkdirSync(feed);
    writeFileSync(join(feed, 'latest.yml'), 'version: 9.9.9\n');
    const server = await serve(dir, '--updates', feed);
    try {
      const reply = await call<string>(server.url, 'GET', '/updates/latest.yml');
      expect(reply).toMatchObject({ status: 200, body: 'version: 9.9.9\n' });
      expect(reply.headers.get('content-type')).toBe('text/yaml; charset=utf-8');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 30_000);

  /**
   * Behind nginx or Caddy every request comes from the proxy's address (here 127.0.0.1, the
   * test itself), and the proxy names the device in X-Forwarded-For. A wrong code is refused
   * (403) until the enrolment limit of that address is spent (429).
   */
  describe('--trust-proxy and the enrolment rate limit', () => {
    const { max } = DEFAULT_ENROL_RATE_LIMIT;
    const attempt = async (url: string, forwardedFor: string) =>
      (
        await call(url, 'POST', '/api/v1/devices/enrol', {
          body: { code: 'AAAA-BBBB-CCCC', name: 'Téléphone' },
          headers: { 'x-forwarded-for': forwardedFor },
        })
      ).status;

    it('without it, devices behind the proxy share one limit, whatever they forward', async () => {
      const server = await serve(dir);
      try {
        for (let i = 1; i <= max; i++) expect(await attempt(server.url, `203.0.113.${i}`)).toBe(403);
        expect(await attempt(server.url, '203.0.113.200')).toBe(429);
      } finally {
        await server.stop();
      }
    }, 30_000);

    it('with the proxy’s address, each forwarded address has its own limit', async () => {
      const server = await serve(dir, '--trust-proxy', '127.0.0.1');
      try {
        for (let i = 1; i <= max; i++) expect(await attempt(server.url, '203.0.113.1')).toBe(403);
        expect(await attempt(server.url, '203.0.113.1')).toBe(429);
        expect(await attempt(server.url, '203.0.113.2')).toBe(403);
        expect(await attempt(server.url, '198.51.100.7')).toBe(403);
      } finally {
        await server.stop();
      }
    }, 30_000);

    it('with a hop count, the address the proxy saw counts, not what the client wrote before it', async () => {
      const server = await serve(dir, '--trust-proxy', '1');
      try {
        // The client makes up the left part; the proxy appends the address it saw (203.0.113.1).
        for (let i = 1; i <= max; i++)
          expect(await attempt(server.url, `198.51.100.${i}, 203.0.113.1`)).toBe(403);
        expect(await attempt(server.url, '198.51.100.200, 203.0.113.1')).toBe(429);
        expect(await attempt(server.url, '198.51.100.1, 203.0.113.2')).toBe(403);
      } finally {
        await server.stop();
      }
    }, 30_000);
  });
});
