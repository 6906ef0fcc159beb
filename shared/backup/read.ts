import { ByteReader, splitLines } from '@shared/backup/bytes';
import type { ByteSource } from '@shared/backup/bytes';
import { AUTO_ENCRYPTED_MAGIC, decryptAutoBackup } from '@shared/backup/admin-keys';
import type { AdminKey } from '@shared/backup/admin-keys';
import { decryptBackup, ENCRYPTED_MAGIC } from '@shared/backup/crypto';
import { BackupError } from '@shared/backup/errors';
import { MAX_LINE_BYTES, readBackupLines } from '@shared/backup/format';
import type { BackupHeader, BackupTrailer } from '@shared/backup/format';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { collectionSpecs } from '@shared/schema/collections';

export interface ReadBackupOptions {
  /**
   * Needed only for an encrypted file: its password, or for an automatic backup the password of
   * one of its administrators, or their recovery code.
   */
  password?: string;
  /** This PC's administrators' keys now (an automatic backup opens with their current secrets). */
  adminKeys?: readonly AdminKey[];
  /** The collections as this version declares them (tests of migrations replace them). */
  specs?: Readonly<Record<string, CollectionSpec>>;
}

export type BackupEntry =
  | { kind: 'header'; header: BackupHeader; encrypted: boolean }
  | { kind: 'document'; collection: string; document: Record<string, unknown> }
  | { kind: 'end'; trailer: BackupTrailer };

function startsWith(start: Uint8Array, magic: Uint8Array): boolean {
  return start.byteLength >= magic.byteLength && magic.every((b, i) => b === start[i]);
}

/**
 * How a file is encrypted, from its first bytes: with a password chosen at export, for the
 * administrators (a desktop's automatic backup, admin-keys.ts), or not at all.
 */
export async function backupEncryption(source: ByteSource): Promise<'password' | 'administrators' | null> {
  const length = Math.max(ENCRYPTED_MAGIC.byteLength, AUTO_ENCRYPTED_MAGIC.byteLength);
  const start = await new ByteReader(source).peek(length);
  if (startsWith(start, ENCRYPTED_MAGIC)) return 'password';
  return startsWith(start, AUTO_ENCRYPTED_MAGIC) ? 'administrators' : null;
}

/** Does this file start as an encrypted backup? Reads only its first bytes. */
export async function isEncryptedBackup(source: ByteSource): Promise<boolean> {
  return (await backupEncryption(source)) !== null;
}

function firstIssue(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '—'} : ${issue.message}` : '';
}

/**
 * A document of the backup as this version stores it: brought from the backup's schema version
 * to the current one by the collection's own migrations, then checked by its zod schema.
 */
function upgrade(
  spec: CollectionSpec,
  fromVersion: number,
  document: Record<string, unknown>,
  line: number,
): Record<string, unknown> {
  let current = document;
  try {
    for (let v = fromVersion + 1; v <= spec.version; v++) {
      const migrate = spec.migrations?.[v];
      if (migrate) current = migrate(current);
    }
  } catch {
    throw new BackupError('badDocument', { line, collection: spec.name, detail: 'migration' });
  }
  const parsed = spec.schema.safeParse(current);
  if (!parsed.success) {
    throw new BackupError('badDocument', { line, collection: spec.name, detail: firstIssue(parsed.error) });
  }
  return parsed.data as Record<string, unknown>;
}

/**
 * Reads a backup file, encrypted or not, and validates all of it: the header, every document
 * against its collection's schema (after migrations from the version it was saved with), ids
 * unique per collection, then the trailer's counts and SHA-256. Anything wrong throws a
 * `BackupError`; `end` is yielded only when the whole file is sound.
 */
export async function* readBackup(
  source: ByteSource,
  options: ReadBackupOptions = {},
): AsyncGenerator<BackupEntry> {
  const specs: Readonly<Record<string, CollectionSpec>> = options.specs ?? collectionSpecs;
  const reader = new ByteReader(source);
  const start = await reader.peek(Math.max(ENCRYPTED_MAGIC.byteLength, AUTO_ENCRYPTED_MAGIC.byteLength));
  const magic = [ENCRYPTED_MAGIC, AUTO_ENCRYPTED_MAGIC].find((bytes) => startsWith(start, bytes));
  const encrypted = magic !== undefined;
  let plain: ByteSource;
  if (magic) {
    if (!options.password) throw new BackupError('passwordRequired');
    await reader.read(magic.byteLength);
    plain =
      magic === ENCRYPTED_MAGIC
        ? decryptBackup(reader, options.password)
        : decryptAutoBackup(reader, options.password, options.adminKeys);
  } else {
    plain = reader.rest();
  }

  let header: BackupHeader | null = null;
  const seen = new Map<string, Set<string>>();
  for await (const entry of readBackupLines(splitLines(plain, MAX_LINE_BYTES))) {
    if (entry.kind === 'header') {
      header = entry.header;
      for (const collection of header.collections) {
        const spec = specs[collection.name];
        if (!spec) throw new BackupError('unknownCollection', { collection: collection.name });
        if (collection.version > spec.version)
          throw new BackupError('newerSchema', { collection: spec.name });
        seen.set(collection.name, new Set());
      }
      yield { kind: 'header', header, encrypted };
    } else if (entry.kind === 'document') {
      const line = entry.line;
      const spec = specs[entry.collection] as CollectionSpec;
      const version = header?.collections.find((c) => c.name === entry.collection)?.version ?? spec.version;
      const document = upgrade(spec, version, entry.document, line);
      const ids = seen.get(entry.collection) as Set<string>;
      const id = String(document.id);
      if (ids.has(id)) throw new BackupError('duplicateDocument', { line, collection: spec.name });
      ids.add(id);
      yield { kind: 'document', collection: entry.collection, document };
    } else {
      yield entry;
    }
  }
}

export interface BackupSummary {
  header: BackupHeader;
  encrypted: boolean;
  /** Documents per collection, as read and checked. */
  counts: Record<string, number>;
}

/** Reads and validates the whole file, keeping only what the preview shows. */
export async function inspectBackup(
  source: ByteSource,
  options: ReadBackupOptions = {},
  onDocument?: (read: number) => void,
): Promise<BackupSummary> {
  let header: BackupHeader | null = null;
  let encrypted = false;
  let read = 0;
  for await (const entry of readBackup(source, options)) {
    if (entry.kind === 'header') {
      header = entry.header;
      encrypted = entry.encrypted;
    } else if (entry.kind === 'document') {
      read += 1;
      if (read % 500 === 0) onDocument?.(read);
    } else if (header) {
      return { header, encrypted, counts: { ...entry.trailer.counts } };
    }
  }
  throw new BackupError('truncated');
}
