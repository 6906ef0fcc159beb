import { randomUUID } from 'node:crypto';
import { cp, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '@main/fs/atomic-write';
import { beforeUpdateInstant } from '@main/backups/pre-migration';

/**
 * Restoring a copy taken before an update (pre-migration.ts): the whole `<userData>/IndexedDB`
 * folder replaced by the copy. Chromium holds that folder open while the window lives, so the
 * confirmation only records the request (`requestBeforeUpdateRestore`); main then relaunches, and
 * at the next start, before the window loads, `applyBeforeUpdateRestore` does it:
 *
 * 1. the copy is copied into a hidden folder beside `IndexedDB` (the copy itself stays whole);
 * 2. the current `IndexedDB` is moved aside to `IndexedDB-remplacee-<instant>Z` (nothing lost);
 * 3. the hidden folder is renamed `IndexedDB`; then the request is removed.
 *
 * A crash at any point leaves either the old database or the restored one in place, and the
 * request, so the next start finishes the job.
 */
export const RESTORE_REQUEST_FILE = 'restaurer-avant-maj.json';
const REPLACED_PREFIX = 'IndexedDB-remplacee-';

const requestSchema = z
  .object({
    name: z
      .string()
      .max(80)
      .refine((name) => beforeUpdateInstant(name) !== null),
    requestedAt: z.iso.datetime(),
  })
  .strict();

export class BeforeUpdateRestoreError extends Error {
  constructor(readonly reason: 'notFound' | 'writeFailed') {
    super(`BEFORE_UPDATE_RESTORE_${reason}`);
    this.name = 'BeforeUpdateRestoreError';
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );
}

/** « Restaurer » confirmed: the copy `name` of the backups' folder replaces the database at next start. */
export async function requestBeforeUpdateRestore(
  userData: string,
  folder: string,
  name: string,
  now: () => Date = () => new Date(),
): Promise<void> {
  const request = requestSchema.safeParse({ name, requestedAt: now().toISOString() });
  if (!request.success || !(await isFolder(join(folder, name)))) {
    throw new BeforeUpdateRestoreError('notFound');
  }
  try {
    await writeFileAtomic(
      join(userData, RESTORE_REQUEST_FILE),
      new TextEncoder().encode(JSON.stringify(request.data)),
    );
  } catch {
    throw new BeforeUpdateRestoreError('writeFailed');
  }
}

export type BeforeUpdateRestoreOutcome =
  | { kind: 'none' }
  | { kind: 'restored'; name: string; replacedBy: string | null }
  | { kind: 'failed'; name: string | null; error: unknown };

async function readRequest(userData: string): Promise<z.infer<typeof requestSchema> | 'damaged' | null> {
  const text = await readFile(join(userData, RESTORE_REQUEST_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = requestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** At start-up, before the window loads: a requested restore, done whole or not at all. */
export async function applyBeforeUpdateRestore(options: {
  userData: string;
  folder: string;
  now?: () => Date;
}): Promise<BeforeUpdateRestoreOutcome> {
  const { userData, folder, now = () => new Date() } = options;
  const request = await readRequest(userData);
  if (request === null) return { kind: 'none' };
  const requestPath = join(userData, RESTORE_REQUEST_FILE);
  if (request === 'damaged') {
    // Never loop on a request that cannot be read: it is dropped, the database left as it is.
    await rm(requestPath, { force: true });
    return { kind: 'failed', name: null, error: new BeforeUpdateRestoreError('notFound') };
  }
  const source = join(folder, request.name);
  const database = join(userData, 'IndexedDB');
  const temp = join(userData, `.IndexedDB-${randomUUID()}.tmp`);
  try {
    if (!(await isFolder(source))) throw new BeforeUpdateRestoreError('notFound');
    await cp(source, temp, { recursive: true, errorOnExist: true, force: false });
    let replacedBy: string | null = null;
    if (await isFolder(database)) {
      replacedBy = `${REPLACED_PREFIX}${now().toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
      await rename(database, join(userData, replacedBy));
    }
    await rename(temp, database);
    await rm(requestPath, { force: true });
    return { kind: 'restored', name: request.name, replacedBy };
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    // Tried once: the app starts on the database it has (the failure is shown in the settings).
    await rm(requestPath, { force: true }).catch(() => undefined);
    return { kind: 'failed', name: request.name, error };
  }
}
