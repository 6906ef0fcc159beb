import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfiguredFeed, UpdateFeedSetting } from '@main/updates/update-settings';

let dir = '';
let path = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tilleul-update-settings-'));
  path = join(dir, 'updates.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('updates.json: the public feed of an installation', () => {
  it('reads a valid feed URL, and nothing from a missing, broken or hostile file', async () => {
    expect(await readConfiguredFeed(path)).toBeNull();
    await writeFile(path, JSON.stringify({ feedUrl: 'https://tilleul.example/releases/' }));
    expect(await readConfiguredFeed(path)).toBe('https://tilleul.example/releases/');
    await writeFile(path, JSON.stringify({ feedUrl: 'http://localhost:8080/' }));
    expect(await readConfiguredFeed(path)).toBe('http://localhost:8080/');
    for (const text of [
      '{',
      '[]',
      '{"feedUrl":"file:///etc/"}',
      '{"feedUrl":"https://a/","x":1}',
      // Plain http is for this computer only: on the club's Wi-Fi anyone could answer.
      '{"feedUrl":"http://192.168.1.20/updates/"}',
      '{"feedUrl":"https://user:secret@tilleul.example/"}',
    ]) {
      await writeFile(path, text);
      expect(await readConfiguredFeed(path), text).toBeNull();
    }
  });

  it('saves a new feed atomically and uses it; clears it; refuses a bad one without touching the file', async () => {
    const setting = await UpdateFeedSetting.load(path);
    expect(setting.current).toBeNull();
    await setting.set('https://tilleul.example/releases/');
    expect(setting.current).toBe('https://tilleul.example/releases/');
    expect(await readdir(dir)).toEqual(['updates.json']);
    expect((await UpdateFeedSetting.load(path)).current).toBe('https://tilleul.example/releases/');

    const before = await readFile(path, 'utf8');
    for (const bad of [
      'http://tilleul.example/',
      'ftp://x/',
      'pas une adresse',
      `https://a.fr/${'x'.repeat(2000)}`,
    ]) {
      await expect(setting.set(bad), bad).rejects.toThrow();
    }
    expect(setting.current).toBe('https://tilleul.example/releases/');
    expect(await readFile(path, 'utf8')).toBe(before);

    await setting.set(null);
    expect(setting.current).toBeNull();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ feedUrl: null });
  });
});
