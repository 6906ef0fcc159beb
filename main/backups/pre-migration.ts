import { randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@main/fs/atomic-write';

/**
 * The copy of the whole local database taken before a schema migration.
 *
 * Why a copy of the folder, by main, before the window loads: the migration runs in the renderer
 * when RxDB opens the collections with their new schema, and a new version of the app no longer
 * has the old schemas to read the old documents with (an export at that point would have to
 * migrate them first, which is the very step to guard). Before the window loads, nothing holds
 * Chromium's IndexedDB files open, so a plain copy of `<userData>/IndexedDB` is a consistent
 * snapshot of every origin's databases, whatever their schema. It is restored whole (the copy
 * back in place, before the window loads, at the next start).
 *
 * When: the schema signature (every collection's name and version) differs from the one recorded
 * at the last start. A first start with a database but no signature (an install from before
 * this) is copied too: its schemas are unknown.
 */
export const BEFORE_UPDATE_PREFIX = 'tilleul-avant-maj-';
/** Whole copies are large: the last 3 are kept (the daily files cover the rest of the history). */
export const BEFORE_UPDATE_KEEP = 3;
const NAME = /^tilleul-avant-maj-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z$/;

export function beforeUpdateName(at: Date): string {
  return `${BEFORE_UPDATE_PREFIX}${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

export function beforeUpdateInstant(name: string): Date | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
}

/** `people@1,households@0,…`: changes exactly when a collection's schema version does. */
export function schemaSignature(specs: Readonly<Record<string, { version: number }>>): string {
  return Object.entries(specs)
    .map(([name, spec]) => `${name}@${spec.version}`)
    .sort()
    .join(',');
}

export interface BeforeUpdateOptions {
  /** Electron's `userData`: holds `IndexedDB/` and the recorded signature. */
  userData: string;
  /** The automatic backups' folder. */
  folder: string;
  signature: string;
  now?: () => Date;
}

export type BeforeUpdateOutcome =
  | { kind: 'unchanged' }
  | { kind: 'firstStart' }
  | { kind: 'copied'; name: string; removed: string[] }
  | { kind: 'failed'; error: unknown };

const SIGNATURE_FILE = 'schema-signature.json';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function recordedSignature(userData: string): Promise<string | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(userData, SIGNATURE_FILE), 'utf8'));
    const signature = (parsed as { signature?: unknown } | null)?.signature;
    return typeof signature === 'string' ? signature : null;
  } catch {
    return null;
  }
}

/**
 * At start-up, before the window loads. The signature is recorded only once the copy is whole,
 * so a copy that failed (full disk) is tried again at the next start; the failure is returned
 * for the settings screen, and the app starts anyway.
 */
export async function backupBeforeUpdate(options: BeforeUpdateOptions): Promise<BeforeUpdateOutcome> {
  const { userData, folder, signature, now = () => new Date() } = options;
  const previous = await recordedSignature(userData);
  if (previous === signature) return { kind: 'unchanged' };
  const database = join(userData, 'IndexedDB');
  const record = () =>
    writeFileAtomic(join(userData, SIGNATURE_FILE), new TextEncoder().encode(JSON.stringify({ signature })));
  if (!(await exists(database))) {
    await record();
    return { kind: 'firstStart' };
  }
  const temp = join(folder, `.${randomUUID()}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    // Into a hidden folder first: a crash mid-copy leaves no half copy under a backup's name.
    await cp(database, temp, { recursive: true, errorOnExist: true, force: false });
    const name = beforeUpdateName(now());
    await rename(temp, join(folder, name));
    const removed = await pruneBeforeUpdate(folder);
    await record();
    return { kind: 'copied', name, removed };
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    return { kind: 'failed', error };
  }
}

/** Keeps the newest `BEFORE_UPDATE_KEEP` copies. */
export async function pruneBeforeUpdate(folder: string): Promise<string[]> {
  const names = (await readdir(folder))
    .filter((name) => beforeUpdateInstant(name) !== null)
    .sort()
    .reverse();
  const removed = names.slice(BEFORE_UPDATE_KEEP);
  for (const name of removed) await rm(join(folder, name), { recursive: true, force: true });
  return removed;
}

/** A folder's size, all its files summed. */
export async function folderBytes(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
