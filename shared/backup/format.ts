import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { BackupError } from '@shared/backup/errors';
import type { ByteSource } from '@shared/backup/bytes';
import { isoDateTime } from '@shared/schema/common';

/**
 * The backup file, version 1: UTF-8 text, one JSON value a line.
 *
 *   {"format":"tilleul-backup","formatVersion":1,"association":…,"collections":[…],…}   header
 *   {"c":"people","d":{…}}                                                            one per document,
 *   …                                                                                 collection by collection
 *   {"end":true,"counts":{"people":3,…},"sha256":"…"}                                  trailer
 *
 * The SHA-256 covers every byte before the trailer. Written and read as streams: neither side
 * ever holds more than a chunk and a line.
 */
export const BACKUP_FORMAT = 'tilleul-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'tilleul';
/** A document line may carry a logo and a signature (300 KiB each as data URLs): room to spare. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;
export const MAX_COUNT = 10_000_000;

const collectionName = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z-]*$/);
const count = z.number().int().min(0).max(MAX_COUNT);

export const backupHeaderSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    association: z.object({ name: z.string().max(150) }).strict(),
    createdAt: isoDateTime,
    appVersion: z.string().min(1).max(40),
    /** In the order the documents follow; `count` as counted when the backup started. */
    collections: z
      .array(z.object({ name: collectionName, version: z.number().int().min(0).max(1000), count }).strict())
      .max(30),
  })
  .strict()
  .refine((header) => new Set(header.collections.map((c) => c.name)).size === header.collections.length);
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupDocumentLineSchema = z
  .object({ c: collectionName, d: z.record(z.string(), z.unknown()) })
  .strict();

export const backupTrailerSchema = z
  .object({
    end: z.literal(true),
    counts: z.record(collectionName, count),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type BackupTrailer = z.infer<typeof backupTrailerSchema>;

export interface BackupCollectionSource {
  name: string;
  version: number;
  count: number;
  documents: AsyncIterable<Record<string, unknown>>;
}

const FLUSH_BYTES = 64 * 1024;

/** Writes a backup as UTF-8 chunks of about 64 KiB. Counts in the trailer are those written. */
export async function* writeBackup(
  header: Omit<BackupHeader, 'collections' | 'format' | 'formatVersion'>,
  collections: readonly BackupCollectionSource[],
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const hash = sha256.create();
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const push = (line: string, hashed: boolean) => {
    const bytes = encoder.encode(`${line}\n`);
    if (hashed) hash.update(bytes);
    pending.push(bytes);
    pendingBytes += bytes.byteLength;
  };
  const flush = () => {
    const out = new Uint8Array(pendingBytes);
    let offset = 0;
    for (const part of pending) {
      out.set(part, offset);
      offset += part.byteLength;
    }
    pending.length = 0;
    pendingBytes = 0;
    return out;
  };

  const fullHeader: BackupHeader = backupHeaderSchema.parse({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...header,
    collections: collections.map(({ name, version, count: expected }) => ({
      name,
      version,
      count: expected,
    })),
  });
  push(JSON.stringify(fullHeader), true);
  const counts: Record<string, number> = {};
  for (const collection of collections) {
    counts[collection.name] = 0;
    for await (const document of collection.documents) {
      push(JSON.stringify({ c: collection.name, d: document }), true);
      counts[collection.name] = (counts[collection.name] ?? 0) + 1;
      if (pendingBytes >= FLUSH_BYTES) yield flush();
    }
  }
  push(JSON.stringify({ end: true, counts, sha256: bytesToHex(hash.digest()) }), false);
  yield flush();
}

export type RawBackupEntry =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'document'; collection: string; document: Record<string, unknown>; line: number }
  | { kind: 'end'; trailer: BackupTrailer };

function parseJson(text: string, code: 'notABackup' | 'badDocument' | 'badTrailer', line: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BackupError(code, { line });
  }
}

/**
 * Reads the lines of a plain backup: the header, every document in its collection's order, and
 * the trailer, whose counts and SHA-256 are checked against what was read. `end` comes last, only
 * when everything matched: a reader that stops earlier has not validated the file.
 */
export async function* readBackupLines(lines: AsyncIterable<string>): AsyncGenerator<RawBackupEntry> {
  const encoder = new TextEncoder();
  const hash = sha256.create();
  let header: BackupHeader | null = null;
  let trailer: BackupTrailer | null = null;
  let position = 0;
  let current = 0;
  const counts: Record<string, number> = {};
  for await (const text of lines) {
    position += 1;
    if (trailer) throw new BackupError('badTrailer', { line: position });
    if (!header) {
      const raw = parseJson(text, 'notABackup', position) as Record<string, unknown> | null;
      if (raw?.format !== BACKUP_FORMAT) throw new BackupError('notABackup');
      if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION) {
        throw new BackupError('newerFormat', { version: raw.formatVersion });
      }
      const parsed = backupHeaderSchema.safeParse(raw);
      if (!parsed.success) throw new BackupError('badHeader');
      header = parsed.data;
      for (const c of header.collections) counts[c.name] = 0;
      hash.update(encoder.encode(`${text}\n`));
      yield { kind: 'header', header };
      continue;
    }
    const raw = parseJson(text, 'badDocument', position) as Record<string, unknown> | null;
    if (raw && typeof raw === 'object' && 'end' in raw) {
      const parsed = backupTrailerSchema.safeParse(raw);
      if (!parsed.success) throw new BackupError('badTrailer', { line: position });
      trailer = parsed.data;
      continue;
    }
    const parsed = backupDocumentLineSchema.safeParse(raw);
    if (!parsed.success) throw new BackupError('badDocument', { line: position, collection: '?' });
    // Collection by collection, in the header's order: a line may only stay or move forward.
    while (header.collections[current] && header.collections[current]?.name !== parsed.data.c) current += 1;
    const collection = header.collections[current];
    if (!collection) throw new BackupError('badDocument', { line: position, collection: parsed.data.c });
    counts[collection.name] = (counts[collection.name] ?? 0) + 1;
    hash.update(encoder.encode(`${text}\n`));
    yield { kind: 'document', collection: collection.name, document: parsed.data.d, line: position };
  }
  if (!header) throw new BackupError('notABackup');
  if (!trailer) throw new BackupError('truncated');
  for (const name of new Set([...Object.keys(counts), ...Object.keys(trailer.counts)])) {
    if (counts[name] !== trailer.counts[name]) {
      throw new BackupError('countMismatch', { collection: name });
    }
  }
  if (bytesToHex(hash.digest()) !== trailer.sha256) throw new BackupError('checksumMismatch');
  yield { kind: 'end', trailer };
}

export type { ByteSource };
