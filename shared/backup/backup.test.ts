import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectBytes, fromChunks } from '@shared/backup/bytes';
import { encryptBackup } from '@shared/backup/crypto';
import { BackupError } from '@shared/backup/errors';
import { writeBackup } from '@shared/backup/format';
import type { BackupCollectionSource } from '@shared/backup/format';
import { inspectBackup, isEncryptedBackup, readBackup } from '@shared/backup/read';
import type { ReadBackupOptions } from '@shared/backup/read';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { makeMembership, makePerson } from '@shared/members/testing';

const header = {
  association: { name: 'Les Amis du Tilleul' },
  createdAt: '2026-07-14T10:00:00.000Z',
  appVersion: '0.1.0',
};

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

const people = [
  makePerson({ id: 'p1', firstName: 'Élise', lastName: 'Lefèvre' }),
  makePerson({ id: 'p2', firstName: 'Zoé', lastName: 'Dupont', notes: 'x'.repeat(3000) }),
];
const memberships = [makeMembership({ id: 'm1', holderId: 'p1', seasonId: '2025-2026' })];

function sources(): BackupCollectionSource[] {
  return [
    { name: 'people', version: 1, count: people.length, documents: each(people) },
    { name: 'households', version: 0, count: 0, documents: each([]) },
    { name: 'memberships', version: 2, count: memberships.length, documents: each(memberships) },
  ];
}

/** Cuts bytes into chunks of `size`, as a file stream would hand them out in any sizes. */
async function* rechunk(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += size) yield await Promise.resolve(bytes.slice(i, i + size));
}

async function readAll(bytes: Uint8Array, options: ReadBackupOptions = {}, chunk = 7) {
  const out: { collection: string; document: Record<string, unknown> }[] = [];
  let ended = false;
  for await (const entry of readBackup(rechunk(bytes, chunk), options)) {
    if (entry.kind === 'document') out.push(entry);
    if (entry.kind === 'end') ended = true;
  }
  return { documents: out, ended };
}

async function failure(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

const plainFile = () => collectBytes(writeBackup(header, sources()));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (value: string) => new TextEncoder().encode(value);

describe('backup file', () => {
  it('writes a header, one line per document in collection order, and a trailer; reads them back equal', async () => {
    const file = await plainFile();
    const lines = text(file).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      format: 'tilleul-backup',
      formatVersion: 1,
      association: { name: 'Les Amis du Tilleul' },
      collections: [
        { name: 'people', version: 1, count: 2 },
        { name: 'households', version: 0, count: 0 },
        { name: 'memberships', version: 2, count: 1 },
      ],
    });
    expect(JSON.parse(lines[4] as string)).toMatchObject({
      end: true,
      counts: { people: 2, households: 0, memberships: 1 },
    });
    const { documents, ended } = await readAll(file);
    expect(ended).toBe(true);
    expect(documents).toEqual([
      ...people.map((document) => ({ kind: 'document', collection: 'people', document })),
      ...memberships.map((document) => ({ kind: 'document', collection: 'memberships', document })),
    ]);
    const summary = await inspectBackup(fromChunks([file]));
    expect(summary).toMatchObject({ encrypted: false, counts: { people: 2, households: 0, memberships: 1 } });
  });

  it('refuses a changed letter (checksum), a missing trailer, a wrong count, a bad document, a foreign file', async () => {
    const file = text(await plainFile());
    const tampered = file.replace('Lefèvre', 'Lefevre');
    expect((await failure(readAll(bytesOf(tampered)))).code).toBe('checksumMismatch');

    const lines = file.trimEnd().split('\n');
    const noTrailer = `${lines.slice(0, -1).join('\n')}\n`;
    expect((await failure(readAll(bytesOf(noTrailer)))).code).toBe('truncated');

    const dropped = `${[...lines.slice(0, 2), ...lines.slice(3)].join('\n')}\n`;
    expect((await failure(readAll(bytesOf(dropped)))).code).toBe('countMismatch');

    const bad = file.replace('"lastName":"Dupont"', '"lastName":""');
    const error = await failure(readAll(bytesOf(bad)));
    expect(error.code).toBe('badDocument');
    expect(error.params).toMatchObject({ line: 3, collection: 'people' });

    expect((await failure(readAll(bytesOf('')))).code).toBe('notABackup');
    expect((await failure(readAll(bytesOf('nom;prénom\nMartin;Élise\n')))).code).toBe('notABackup');
    expect(await failure(readAll(new Uint8Array([0xff, 0xfe, 0, 1, 2])))).toBeInstanceOf(BackupError);
    const newer = file.replace('"formatVersion":1', '"formatVersion":2');
    expect((await failure(readAll(bytesOf(newer)))).code).toBe('newerFormat');
    const duplicated = file.replace('"id":"p2"', '"id":"p1"');
    expect((await failure(readAll(bytesOf(duplicated)))).code).toBe('duplicateDocument');
  });

  it('refuses a line without end (no line break in megabytes) without holding it all', async () => {
    const huge = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    expect((await failure(readAll(huge, {}, 64 * 1024))).code).toBe('lineTooLong');
  });

  it('brings documents saved with an older schema version up to date with the collection’s migrations', async () => {
    const v0 = defineCollection({
      name: 'notes',
      version: 0,
      schema: documentSchema({ text: z.string().max(10) }),
    });
    const v1 = defineCollection({
      name: 'notes',
      version: 1,
      schema: documentSchema({ body: z.string().max(10) }),
      migrations: { 1: ({ text: body, ...rest }) => ({ ...rest, body }) },
    });
    const note = {
      id: 'n1',
      createdAt: header.createdAt,
      updatedAt: header.createdAt,
      updatedBy: 'u',
      deviceId: 'd',
      text: 'bonjour',
    };
    const file = await collectBytes(
      writeBackup(header, [
        { name: 'notes', version: 0, count: 1, documents: each([v0.schema.parse(note)]) },
      ]),
    );
    const { documents } = await readAll(file, { specs: { notes: v1 } });
    expect(documents[0]?.document).toEqual({ ...note, text: undefined, body: 'bonjour' });
    const older = { notes: { ...v0, version: 0 } };
    const newer = await collectBytes(
      writeBackup(header, [{ name: 'notes', version: 1, count: 0, documents: each([]) }]),
    );
    expect((await failure(readAll(newer, { specs: older }))).code).toBe('newerSchema');
    expect((await failure(readAll(file, { specs: {} }))).code).toBe('unknownCollection');
  });
});

describe('encrypted backup', () => {
  const iterations = 10_000;
  const bigPeople = Array.from({ length: 60 }, (_, i) =>
    makePerson({ id: `p${i}`, firstName: 'Élise', notes: 'é'.repeat(1000 + i) }),
  );
  const bigFile = () =>
    collectBytes(
      encryptBackup(
        writeBackup(header, [{ name: 'people', version: 1, count: 60, documents: each(bigPeople) }]),
        'tilleul en fleurs',
        iterations,
      ),
    );

  it('reads back, over several 64 KiB frames, with the password only', async () => {
    const file = await bigFile();
    expect(file.byteLength).toBeGreaterThan(2 * 64 * 1024);
    expect(text(file)).not.toContain('Élise');
    expect(await isEncryptedBackup(fromChunks([file]))).toBe(true);
    const { documents, ended } = await readAll(file, { password: 'tilleul en fleurs' }, 10_000);
    expect(ended).toBe(true);
    expect(documents.map((d) => d.document)).toEqual(bigPeople);

    expect((await failure(readAll(file))).code).toBe('passwordRequired');
    expect((await failure(readAll(file, { password: 'tilleul' }))).code).toBe('wrongPassword');
  });

  it('refuses a cut, a changed byte and a dropped frame', async () => {
    const file = await bigFile();
    const cut = file.slice(0, file.byteLength - 70_000);
    expect((await failure(readAll(cut, { password: 'tilleul en fleurs' }, 10_000))).code).toBe('truncated');
    const flipped = file.slice();
    flipped[file.byteLength - 100] = (flipped[file.byteLength - 100] ?? 0) ^ 1;
    expect((await failure(readAll(flipped, { password: 'tilleul en fleurs' }, 10_000))).code).toBe(
      'checksumMismatch',
    );
    // The first frame starts after magic (13) + salt (16) + iterations (4); a full frame is 4 + 12 + 64 KiB + 16.
    const start = 33;
    const frame = 4 + 12 + 64 * 1024 + 16;
    const dropped = new Uint8Array([...file.slice(0, start), ...file.slice(start + frame)]);
    expect((await failure(readAll(dropped, { password: 'tilleul en fleurs' }, 10_000))).code).toBe(
      'wrongPassword',
    );
    const second = new Uint8Array([...file.slice(0, start + frame), ...file.slice(start + 2 * frame)]);
    expect((await failure(readAll(second, { password: 'tilleul en fleurs' }, 10_000))).code).toBe(
      'checksumMismatch',
    );
  });
});
