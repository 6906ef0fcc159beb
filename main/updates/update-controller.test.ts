import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha512OfFile, verifyRelease } from '@main/updates/release-signature';
import { UpdateController } from '@main/updates/update-controller';
import type { UpdaterPort } from '@main/updates/update-controller';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTEFACT = 'Tilleul-1.2.0-x86_64.AppImage';
const sha512 = (data: Buffer) => createHash('sha512').update(data).digest('base64');
const keyPair = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};

/** A release folder as `npm run dist` leaves it, signed by the real script with `privateKey`. */
function release(dir: string, version: string, data: Buffer, privateKey: string | null) {
  writeFileSync(join(dir, ARTEFACT), data);
  writeFileSync(
    join(dir, 'latest-linux.yml'),
    `version: ${version}\nfiles:\n  - url: ${ARTEFACT}\n    sha512: ${sha512(data)}\n    size: ${data.length}\npath: ${ARTEFACT}\nsha512: ${sha512(data)}\n`,
  );
  if (privateKey === null) return;
  execFileSync(process.execPath, [join(ROOT, 'build/sign-update.mjs'), dir], {
    env: { ...process.env, TILLEUL_RELEASE_KEY: privateKey },
  });
}

describe('release signature (build/sign-update.mjs and main/updates/release-signature.ts)', () => {
  const project = keyPair();
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-sign-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const verdict = async (version: string, signature: string | null, key = project.publicKey) =>
    verifyRelease({
      version,
      file: ARTEFACT,
      sha512: sha512(readFileSync(join(dir, ARTEFACT))),
      downloadedSha512: await sha512OfFile(join(dir, ARTEFACT)),
      signature,
      publicKey: key,
    });

  it('accepts what the release key signed, and nothing else', async () => {
    const data = Buffer.from('installeur de la version 1.2.0');
    release(dir, '1.2.0', data, project.privateKey);
    const signature = readFileSync(join(dir, `${ARTEFACT}.sig`), 'utf8');
    expect(await verdict('1.2.0', signature)).toEqual({ ok: true });
    // Unsigned, signed by someone else, replayed as another version, garbage.
    expect(await verdict('1.2.0', null)).toEqual({ ok: false, reason: 'unsigned' });
    expect(await verdict('1.2.0', signature, keyPair().publicKey)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
    expect(await verdict('1.3.0', signature)).toEqual({ ok: false, reason: 'badSignature' });
    expect(await verdict('1.2.0', 'A'.repeat(86) + '==')).toEqual({ ok: false, reason: 'badSignature' });
    expect(await verdict('1.2.0', 'pas une signature')).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses a tampered artefact: the old signature no longer matches its new sha512', async () => {
    release(dir, '1.2.0', Buffer.from('installeur honnête'), project.privateKey);
    const signature = readFileSync(join(dir, `${ARTEFACT}.sig`), 'utf8');
    // Someone on the club's Wi-Fi swaps the file and rewrites latest.yml to match it.
    writeFileSync(join(dir, ARTEFACT), Buffer.from('installeur piégé'));
    expect(await verdict('1.2.0', signature)).toEqual({ ok: false, reason: 'badSignature' });
    // Or leaves latest.yml as it was: the downloaded file is not what it lists.
    expect(
      verifyRelease({
        version: '1.2.0',
        file: ARTEFACT,
        sha512: sha512(Buffer.from('installeur honnête')),
        downloadedSha512: await sha512OfFile(join(dir, ARTEFACT)),
        signature,
        publicKey: project.publicKey,
      }),
    ).toEqual({ ok: false, reason: 'checksum' });
  });

  it('the script says clearly what is missing, in French and English', () => {
    const run = (env: Record<string, string>, folder = dir) => {
      try {
        execFileSync(process.execPath, [join(ROOT, 'build/sign-update.mjs'), folder], {
          env: { ...process.env, TILLEUL_RELEASE_KEY: '', ...env },
          stdio: 'pipe',
        });
        return '';
      } catch (error) {
        return String((error as { stderr: Buffer }).stderr);
      }
    };
    expect(run({})).toMatch(/TILLEUL_RELEASE_KEY est vide.*TILLEUL_RELEASE_KEY is empty/);
    expect(run({ TILLEUL_RELEASE_KEY: 'n’importe quoi' })).toMatch(/pas une clé privée PEM/);
    expect(run({ TILLEUL_RELEASE_KEY: project.privateKey }, join(dir, 'nowhere'))).toMatch(
      /Aucun latest\*\.yml.*npm run dist/,
    );
    writeFileSync(join(dir, ARTEFACT), Buffer.from('changé après le build'));
    expect(run({ TILLEUL_RELEASE_KEY: project.privateKey })).toMatch(/ne correspond pas au sha512/);
  });

  it('with --built-in-key, refuses a release key that installed apps would not accept', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'build/sign-update.mjs'), dir, ...args], {
        env: { ...process.env, TILLEUL_RELEASE_KEY: project.privateKey },
        cwd: ROOT,
        encoding: 'utf8',
      });
    release(dir, '2.0.0', Buffer.from('installeur de la version 2.0.0'), null);
    rmSync(join(dir, `${ARTEFACT}.sig`), { force: true });
    // The app's own key (main/updates/release-key.ts) is not this test's: refused, nothing signed.
    const refused = run('--built-in-key');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/ne correspond pas à la clé publique de main\/updates\/release-key\.ts/);
    expect(existsSync(join(dir, `${ARTEFACT}.sig`))).toBe(false);
    // A key file holding this key's public half: signed.
    const keyFile = join(dir, 'release-key.ts');
    writeFileSync(keyFile, `export const RELEASE_PUBLIC_KEY = \`${project.publicKey}\`;\n`);
    const signed = run(`--built-in-key=${keyFile}`);
    expect(signed.stderr).toBe('');
    expect(signed.status).toBe(0);
    expect(existsSync(join(dir, `${ARTEFACT}.sig`))).toBe(true);
  });
});

/** electron-updater as the controller sees it: events it emits, calls it records. */
class RecordingUpdater extends EventEmitter implements UpdaterPort {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  feeds: string[] = [];
  installs: [boolean, boolean][] = [];
  next: () => void = () => undefined;
  setFeedURL(url: string) {
    this.feeds.push(url);
  }
  async checkForUpdates() {
    this.next();
    return null;
  }
  quitAndInstall(isSilent: boolean, isForceRunAfter: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

describe('update controller: downloads in the background, installs only a verified update on quit', () => {
  const project = keyPair();
  let dir = '';
  let server: Server;
  let feed = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-feed-'));
    // The feed over real HTTP: the .sig files are fetched as the app fetches them.
    server = createServer((request, response) => {
      const path = join(dir, decodeURIComponent((request.url ?? '/').slice('/updates/'.length)));
      if (!existsSync(path)) return void response.writeHead(404).end();
      response.writeHead(200).end(readFileSync(path));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    feed = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/updates/`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  const fetchSignature = async (url: string) => {
    const response = await fetch(url);
    return response.ok ? response.text() : null;
  };

  /** A check that finds version `version`, downloaded into a copy (electron-updater's cache). */
  async function checkAndDownload(version: string, privateKey: string | null, tamper = false) {
    const data = Buffer.from(`installeur ${version}`);
    release(dir, version, data, privateKey);
    const cached = join(dir, `cache-${ARTEFACT}`);
    writeFileSync(cached, tamper ? Buffer.from('installeur piégé') : data);
    const updater = new RecordingUpdater();
    const states: string[] = [];
    const controller = new UpdateController({
      updater,
      publicKey: project.publicKey,
      fetchSignature,
      onState: (state) => states.push(state.status),
    });
    updater.next = () => {
      updater.emit('update-available', { version });
    };
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: false });
    await controller.check(feed);
    expect(updater.feeds).toEqual([feed]);
    const done = await controller.verify({
      version,
      downloadedFile: cached,
      files: [{ url: ARTEFACT, sha512: sha512(data), size: data.length }],
    });
    return { controller, updater, states, done, cached };
  }

  it('verifies a signed update, keeps it for the quit, and only then runs the installer', async () => {
    const { controller, updater, states, done } = await checkAndDownload('1.2.0', project.privateKey);
    expect(done).toEqual({ status: 'ready', version: '1.2.0' });
    expect(states).toEqual(['checking', 'downloading', 'ready']);
    // Nothing installed until Tilleul quits; another check leaves the verified update ready.
    expect(updater.installs).toEqual([]);
    expect(await controller.check(feed)).toEqual({ status: 'ready', version: '1.2.0' });
    expect(controller.installOnQuit()).toBe(true);
    expect(updater.installs).toEqual([[true, false]]);
  });

  it('refuses and deletes an unsigned, a foreign-signed or a tampered update; the quit installs nothing', async () => {
    for (const [privateKey, tamper, reason] of [
      [null, false, 'unsigned'],
      [keyPair().privateKey, false, 'badSignature'],
      [project.privateKey, true, 'checksum'],
    ] as const) {
      rmSync(join(dir, `${ARTEFACT}.sig`), { force: true });
      const { controller, updater, done, cached } = await checkAndDownload('1.3.0', privateKey, tamper);
      expect(done, reason).toEqual({ status: 'refused', version: '1.3.0', reason });
      expect(existsSync(cached), reason).toBe(false);
      expect(controller.installOnQuit(), reason).toBe(false);
      expect(updater.installs, reason).toEqual([]);
    }
  });

  it('says when there is nothing new, when there is no feed, and when the feed fails', async () => {
    const updater = new RecordingUpdater();
    const controller = new UpdateController({
      updater,
      publicKey: project.publicKey,
      fetchSignature,
      now: () => new Date('2026-07-14T10:00:00Z'),
    });
    expect(await controller.check(null)).toEqual({ status: 'noFeed' });
    updater.next = () => updater.emit('update-not-available');
    expect(await controller.check(feed)).toEqual({
      status: 'upToDate',
      checkedAt: '2026-07-14T10:00:00.000Z',
    });
    updater.next = () => {
      throw new Error('getaddrinfo ENOTFOUND');
    };
    expect(await controller.check(feed)).toEqual({ status: 'error', message: 'getaddrinfo ENOTFOUND' });
    expect(await controller.verify({ version: '9' })).toMatchObject({ status: 'error' });
  });
});
