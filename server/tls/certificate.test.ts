import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@server/cli/run';
import { serve } from '@server/test-support/serve-process';
import { loadTls, TlsError } from '@server/tls/certificate';

const DAY = 24 * 60 * 60 * 1000;

describe('the server’s own certificate (serve --https)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-tls-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is created once, kept, and answers for the names of the local network', async () => {
    const created = await loadTls({ keepIn: dir });
    expect(created.origin).toBe('created');
    expect(created.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const kept = await loadTls({ keepIn: dir });
    expect(kept).toMatchObject({ origin: 'kept', fingerprint: created.fingerprint });
    const certificate = new X509Certificate(created.cert);
    expect(certificate.subjectAltName).toContain('DNS:localhost');
    expect(certificate.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(certificate.validTo).toBeTruthy();
    expect((created.validTo.getTime() - Date.now()) / DAY).toBeGreaterThan(800);
    expect((created.validTo.getTime() - Date.now()) / DAY).toBeLessThanOrEqual(825);
    // The private key is the server's alone.
    expect(statSync(join(dir, 'tls', 'server.key')).mode & 0o077).toBe(0);
  });

  it('is renewed at start a month before it ends, with a new fingerprint', async () => {
    const current = await loadTls({ keepIn: dir });
    const renewed = await loadTls({ keepIn: dir, now: new Date(current.validTo.getTime() - 10 * DAY) });
    expect(renewed.origin).toBe('created');
    expect(renewed.fingerprint).not.toBe(current.fingerprint);
  });

  it('one given with --cert and --key is checked: readable, and the key is its own', async () => {
    const other = mkdtempSync(join(tmpdir(), 'tilleul-tls-other-'));
    try {
      const a = await loadTls({ keepIn: join(other, 'a') });
      const b = await loadTls({ keepIn: join(other, 'b') });
      writeFileSync(join(other, 'a.crt'), a.cert);
      writeFileSync(join(other, 'a.key'), a.key);
      writeFileSync(join(other, 'b.key'), b.key);
      writeFileSync(join(other, 'junk.crt'), 'pas un certificat');
      expect(await loadTls({ cert: join(other, 'a.crt'), key: join(other, 'a.key') })).toMatchObject({
        origin: 'given',
        fingerprint: a.fingerprint,
      });
      const refusals: [Parameters<typeof loadTls>[0], RegExp][] = [
        [{ cert: join(other, 'a.crt'), key: join(other, 'b.key') }, /ne correspond pas au certificat/],
        [{ cert: join(other, 'a.crt') }, /--cert et --key ensemble/],
        [{ cert: join(other, 'junk.crt'), key: join(other, 'a.key') }, /pas un certificat PEM/],
        [{ cert: join(other, 'absent.crt'), key: join(other, 'a.key') }, /introuvable ou illisible/],
        [{}, /donnez --cert et --key/],
      ];
      for (const [options, message] of refusals) {
        await expect(loadTls(options)).rejects.toThrow(TlsError);
        await expect(loadTls(options)).rejects.toThrow(message);
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

/** The real process, answering in https with the certificate whose fingerprint it printed. */
describe('tilleul-server serve --https (real process)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-serve-https-'));
    await runCli(['init', '--data', dir, '--org', 'Chorale', '--json'], {
      stdout: () => {},
      stderr: () => {},
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the fingerprint, serves with that certificate, keeps it from one start to the next', async () => {
    const first = await serve(dir, '--https');
    try {
      expect(first.url).toMatch(/^https:\/\//);
      const kept = await loadTls({ keepIn: dir });
      expect(first.fingerprint).toBe(kept.fingerprint);
      // A client that trusts exactly this certificate (as a device does once it was compared).
      const answer = await new Promise<{ status: number; fingerprint: string }>((resolve, reject) => {
        const req = request(
          `${first.url}/api/v1/health`,
          { ca: kept.cert, servername: 'localhost' },
          (res) => {
            const peer = (res.socket as TLSSocket).getPeerX509Certificate();
            res.resume();
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, fingerprint: peer?.fingerprint256 ?? '' }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(answer).toEqual({ status: 200, fingerprint: kept.fingerprint });
    } finally {
      expect(await first.stop()).toBe(0);
    }
    const second = await serve(dir, '--https');
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(await second.stop()).toBe(0);
  }, 60_000);
});
