import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

const bytes = (text: string) => new TextEncoder().encode(text);

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilleul-atomic-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the given bytes and leaves no temp file', async () => {
    const target = join(folder, 'reçus 2026.pdf');
    await writeFileAtomic(target, bytes('%PDF-1.7 nouveau'));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 nouveau');
    expect(await readdir(folder)).toEqual(['reçus 2026.pdf']);
  });

  it('replaces an existing file as a whole', async () => {
    const target = join(folder, 'membres.csv');
    await writeFile(target, 'ancien contenu, bien plus long que le nouveau');
    await writeFileAtomic(target, bytes('nouveau'));
    expect(await readFile(target, 'utf8')).toBe('nouveau');
    expect(await readdir(folder)).toEqual(['membres.csv']);
  });

  it('writes an empty file', async () => {
    const target = join(folder, 'vide.txt');
    await writeFileAtomic(target, new Uint8Array());
    expect(await readFile(target, 'utf8')).toBe('');
  });

  it('when the rename fails, removes its temp file and leaves the target untouched', async () => {
    // The target is an existing folder: the data is written and synced, then the rename fails.
    const target = join(folder, 'sauvegarde');
    await mkdir(target);
    await writeFile(join(target, 'garde.txt'), 'à conserver');

    await expect(writeFileAtomic(target, bytes('nouveau'))).rejects.toThrow();

    expect(await readdir(folder)).toEqual(['sauvegarde']);
    expect(await readdir(target)).toEqual(['garde.txt']);
    expect(await readFile(join(target, 'garde.txt'), 'utf8')).toBe('à conserver');
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const target = join(folder, 'absent', 'export.csv');
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});
