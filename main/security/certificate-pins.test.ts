import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTls } from '@server/tls/certificate';
import type { TlsMaterial } from '@server/tls/certificate';
import {
  CertificatePins,
  certificateVerdict,
  fingerprintFromElectron,
  normaliseFingerprint,
} from '@main/security/certificate-pins';
import { inspectServerCertificate } from '@main/security/inspect-certificate';

/**
 * The desktop app and the association's own https server: the certificate the server made for
 * itself (`serve --https`), read over a real TLS handshake on 127.0.0.1, pinned after its
 * fingerprint was compared, then trusted for that host only — any other certificate is left to
 * Chromium. Electron cannot run here; `setCertificateVerifyProc` calls `certificateVerdict`
 * with what the tests below give it.
 */
let folder: string;
let tls: TlsMaterial;
let server: Server;
let url: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilleul-pins-'));
  tls = await loadTls({ keepIn: folder });
  server = createServer({ key: tls.key, cert: tls.cert }, (_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

/** Electron's form of a certificate's fingerprint: `sha256/` and the digest in base64. */
function electronFingerprint(pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  return `sha256/${createHash('sha256').update(der).digest('base64')}`;
}

describe('fingerprints', () => {
  it('reads the forms people copy and the one Electron gives, as the server prints it', () => {
    const printed = tls.fingerprint;
    expect(normaliseFingerprint(printed.toLowerCase().replaceAll(':', ' '))).toBe(printed);
    expect(normaliseFingerprint(printed.replaceAll(':', ''))).toBe(printed);
    expect(fingerprintFromElectron(electronFingerprint(tls.cert))).toBe(printed);
    expect(normaliseFingerprint('AB:CD')).toBeNull();
    expect(fingerprintFromElectron('sha1/AAAA')).toBeNull();
    expect(fingerprintFromElectron(`sha256/${Buffer.alloc(20).toString('base64')}`)).toBeNull();
  });
});

describe('inspectServerCertificate', () => {
  it('reads the server’s own certificate over TLS: its printed fingerprint, not vouched for', async () => {
    const seen = await inspectServerCertificate(url);
    expect(seen).toEqual({
      host: '127.0.0.1',
      fingerprint: tls.fingerprint,
      trusted: false,
      validTo: tls.validTo.toISOString(),
    });
  });

  it('says trusted when an authority the device knows vouches for it', async () => {
    // The server's certificate is its own authority: given as one, it vouches for itself.
    expect((await inspectServerCertificate(url, { ca: tls.cert })).trusted).toBe(true);
  });

  it('fails in time when nothing answers, and refuses a plain-http address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(inspectServerCertificate(`https://127.0.0.1:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
    await expect(inspectServerCertificate('http://127.0.0.1/')).rejects.toThrow(/https/);
  });
});

describe('CertificatePins and certificateVerdict', () => {
  it('trusts the pinned certificate for its host only, and leaves every other to Chromium', async () => {
    const file = join(folder, 'server-certificates.json');
    const pins = await CertificatePins.load(file);
    const electron = electronFingerprint(tls.cert);
    expect(certificateVerdict({ hostname: '127.0.0.1', fingerprint: electron }, pins.all)).toBe(-3);

    await pins.pin(url, tls.fingerprint.toLowerCase());
    expect(certificateVerdict({ hostname: '127.0.0.1', fingerprint: electron }, pins.all)).toBe(0);
    // Another certificate on the pinned host, or the pinned one on another host: Chromium decides.
    const other = `sha256/${Buffer.alloc(32, 7).toString('base64')}`;
    expect(certificateVerdict({ hostname: '127.0.0.1', fingerprint: other }, pins.all)).toBe(-3);
    expect(certificateVerdict({ hostname: 'tilleul.example', fingerprint: electron }, pins.all)).toBe(-3);

    // Kept across restarts, in a file validated when read.
    const reloaded = await CertificatePins.load(file);
    expect(reloaded.all.get('127.0.0.1')).toBe(tls.fingerprint);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      pins: { '127.0.0.1': tls.fingerprint },
    });
  });

  it('trusts nothing from a damaged file, and refuses what is not a fingerprint or https', async () => {
    const file = join(folder, 'damaged.json');
    await writeFile(file, '{"version":1,"pins":{"127.0.0.1":"not a fingerprint"}}');
    const pins = await CertificatePins.load(file);
    expect(pins.all.size).toBe(0);
    await writeFile(file, '{ not json');
    expect((await CertificatePins.load(file)).all.size).toBe(0);
    await expect(pins.pin(url, 'AB:CD')).rejects.toThrow('Not a SHA-256 fingerprint.');
    await expect(pins.pin('http://127.0.0.1/', tls.fingerprint)).rejects.toThrow(/https/);
    expect(pins.all.size).toBe(0);
  });
});
