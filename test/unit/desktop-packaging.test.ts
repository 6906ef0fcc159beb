import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Electron's own downloader, the very copy `electron`'s install uses (a dependency of it, not of
// ours: it declares Node 22, and runs here only for this test's one download from 127.0.0.1).
import { downloadArtifact } from '@electron/get';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own configuration schema', () => {
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // And the same validator refuses a key electron-builder does not know.
    expect(validate({ ...(config as object), nsiss: {} })).toBe(false);
  });

  it('installs per user without admin rights, keeps the data on uninstall, and ships no source map', () => {
    const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.files).toContain('!dist/**/*.map');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });
  });

  it('package.json names an author (electron-builder warns and the deb needs one)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.author).toMatchObject({ name: expect.any(String), email: expect.stringContaining('@') });
    expect(String((pkg.scripts as Record<string, string>).start)).toMatch(
      /^node build\/check-electron\.mjs &&/,
    );
    expect(String((pkg.scripts as Record<string, string>).dist)).toMatch(
      /^node build\/check-electron\.mjs --dist &&/,
    );
  });
});

describe('.github/workflows/release.yml', () => {
  it('builds on a version tag for the three systems, runs the launch tests for real, signs, publishes', () => {
    const text = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    const workflow = yaml.load(text) as {
      on: { push: { tags: string[] } };
      jobs: {
        installers: { strategy: { matrix: { os: string[] } }; steps: { run?: string; uses?: string }[] };
      };
    };
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    const job = workflow.jobs.installers;
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const runs = job.steps.map((step) => step.run ?? step.uses ?? '');
    const order = [
      'node build/check-electron.mjs',
      'test:electron',
      'npm run dist',
      'build/sign-update.mjs',
    ].map((part) => runs.findIndex((run) => run.includes(part)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('build/check-electron.mjs: npm start and npm run dist say what is missing', () => {
  const run = (electronDir: string, env: Record<string, string>, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(ROOT, 'build/check-electron.mjs'), `--electron-dir=${electronDir}`, ...args],
      {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      },
    );

  it('explains a missing binary in French and English, with the proxy, the mirror and the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tilleul-electron-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '45.4.1' }));
      const missing = run(dir, { electron_config_cache: join(dir, 'cache') });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('Electron 45.4.1 n’est pas installé');
      expect(missing.stderr).toContain('Electron 45.4.1 is not installed');
      for (const hint of ['HTTPS_PROXY', 'ELECTRON_MIRROR', 'electron_config_cache', join(dir, 'cache')])
        expect(missing.stderr).toContain(hint);

      // Installed: npm start goes on.
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '');
      writeFileSync(join(dir, 'path.txt'), 'electron');
      expect(run(dir, {}).status).toBe(0);

      // dist without its zip and without network (an unreachable mirror): said so, exit 1.
      const offline = run(
        dir,
        { electron_config_cache: join(dir, 'cache'), ELECTRON_MIRROR: 'http://127.0.0.1:9/' },
        '--dist',
      );
      expect(offline.status).toBe(1);
      expect(offline.stderr).toMatch(/npm run dist a besoin de electron-v45\.4\.1-\w+-\w+\.zip/);
      expect(offline.stderr).toMatch(/the network does not answer \(proxy\?\)/);
      // With the zip in the cache (in its per-URL folder), no network is needed.
      const zip = `electron-v45.4.1-${process.platform}-${process.arch}.zip`;
      mkdirSync(join(dir, 'cache', 'a1b2c3'), { recursive: true });
      writeFileSync(join(dir, 'cache', 'a1b2c3', zip), '');
      expect(
        run(
          dir,
          { electron_config_cache: join(dir, 'cache'), ELECTRON_MIRROR: 'http://127.0.0.1:9/' },
          '--dist',
        ).status,
      ).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the zip where Electron’s own downloader (@electron/get) caches it', async () => {
    // A real download from a mirror on 127.0.0.1: @electron/get puts the zip in the cache in its
    // own layout, and the check must then find it with the mirror gone.
    const dir = mkdtempSync(join(tmpdir(), 'tilleul-electron-get-'));
    const zip = `electron-v45.4.1-${process.platform}-${process.arch}.zip`;
    const body = Buffer.from('un zip d’Electron pour le test');
    const server = createServer((request, response) => {
      if (request.url?.endsWith(`/${zip}`)) response.end(body);
      else response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const cache = join(dir, 'cache');
      await downloadArtifact({
        version: '45.4.1',
        artifactName: 'electron',
        platform: process.platform,
        arch: process.arch,
        cacheRoot: cache,
        mirrorOptions: { mirror },
        checksums: { [zip]: createHash('sha256').update(body).digest('hex') },
      });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '45.4.1' }));
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '');
      writeFileSync(join(dir, 'path.txt'), 'electron');
      const offline = { electron_config_cache: cache, ELECTRON_MIRROR: 'http://127.0.0.1:9/' };
      const found = run(dir, offline, '--dist');
      expect(found.stderr).toBe('');
      expect(found.status).toBe(0);
      // And without that download, the same check says the zip is missing (the test can fail).
      rmSync(cache, { recursive: true, force: true });
      expect(run(dir, offline, '--dist').status).toBe(1);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
