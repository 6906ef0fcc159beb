import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { AutoBackupEntry, AutoBackupList } from '@shared/ipc/auto-backups';
import { autoBackupListSchema, autoBackupNameSchema } from '@shared/ipc/auto-backups';
import { AUTO_BACKUP_CHUNK_MAX_BYTES } from '@shared/ipc/contract';
import { writeFileAtomic } from '@main/fs/atomic-write';
import { beforeUpdateInstant, folderBytes } from '@main/backups/pre-migration';
import { autoBackupName, instantOf, rotationKinds, rotationPlan } from '@main/backups/rotation';

/** A whole automatic backup: far above a federation's 50,000 people with their journal. */
export const AUTO_BACKUP_MAX_BYTES = 2 * 1024 * 1024 * 1024;

const autoBackupStateSchema = z.object({ failure: autoBackupListSchema.shape.failure }).strict();

interface Session {
  handle: FileHandle;
  tempPath: string;
  target: string;
  bytes: number;
}

export class AutoBackupError extends Error {
  constructor(readonly reason: 'unknownSession' | 'tooLarge' | 'writeFailed' | 'notFound') {
    super(`AUTO_BACKUP_${reason}`);
    this.name = 'AutoBackupError';
  }
}

/**
 * The automatic backups the renderer streams to main, chunk by chunk, into one folder: each is
 * written to a hidden temp file beside its final name, synced, then renamed (a crash leaves the
 * previous backups whole and at most a temp file, removed at the next start); then the folder is
 * rotated (rotation.ts).
 */
export class AutoBackupWriter {
  private readonly sessions = new Map<string, Session>();
  /** The last attempt's failure, until a backup works again (kept in `statePath` across starts). */
  private failure: AutoBackupList['failure'] = null;
  private saving: Promise<void> = Promise.resolve();

  /**
   * `statePath`: main's state file for the backups (`<userData>/sauvegardes-etat.json`), where
   * the last failure is remembered until a backup works, so a failure seen at one start is still
   * shown after a restart. Without it (tests of other parts), the failure lives in memory only.
   */
  constructor(
    private readonly folder: string,
    private readonly now: () => Date = () => new Date(),
    private readonly statePath?: string,
  ) {}

  /** At start-up: the failure remembered from an earlier run, if any (a damaged file: none). */
  async loadState(): Promise<void> {
    if (!this.statePath) return;
    const text = await readFile(this.statePath, 'utf8').catch(() => null);
    if (text === null) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const parsed = autoBackupStateSchema.safeParse(json);
    this.failure = parsed.success ? parsed.data.failure : null;
  }

  /** Resolves once the state file holds the last change (tests, and main before quitting). */
  flushed(): Promise<void> {
    return this.saving;
  }

  async begin(): Promise<string> {
    try {
      await mkdir(this.folder, { recursive: true });
      const id = randomUUID();
      const target = join(this.folder, autoBackupName(this.now()));
      const tempPath = join(this.folder, `.${id}.tmp`);
      const handle = await open(tempPath, 'wx');
      this.sessions.set(id, { handle, tempPath, target, bytes: 0 });
      return id;
    } catch {
      this.fail('errors.ipc.writeFailed');
      throw new AutoBackupError('writeFailed');
    }
  }

  async append(id: string, data: Uint8Array): Promise<void> {
    const session = this.session(id);
    session.bytes += data.byteLength;
    if (session.bytes > AUTO_BACKUP_MAX_BYTES) {
      await this.abort(id, 'errors.ipc.fileTooLarge');
      throw new AutoBackupError('tooLarge');
    }
    try {
      await session.handle.write(data);
    } catch {
      await this.abort(id, 'errors.ipc.writeFailed');
      throw new AutoBackupError('writeFailed');
    }
  }

  async finish(id: string): Promise<{ path: string; removed: string[] }> {
    const session = this.session(id);
    this.sessions.delete(id);
    try {
      await session.handle.sync();
      await session.handle.close();
      await rename(session.tempPath, session.target);
    } catch {
      await session.handle.close().catch(() => undefined);
      await rm(session.tempPath, { force: true });
      this.fail('errors.ipc.writeFailed');
      throw new AutoBackupError('writeFailed');
    }
    this.setFailure(null);
    const { remove } = rotationPlan(await readdir(this.folder));
    for (const name of remove) await rm(join(this.folder, name), { force: true });
    return { path: session.target, removed: remove };
  }

  /** Gives up on a backup under way; `reason` is what the settings screen will show. */
  async abort(id: string, reason?: string): Promise<void> {
    if (reason) this.fail(reason);
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    await session.handle.close().catch(() => undefined);
    await rm(session.tempPath, { force: true });
  }

  /** Records a failure outside a session (the copy before an update, at start-up). */
  fail(message: string): void {
    this.setFailure({ at: this.now().toISOString(), message: message.slice(0, 300) });
  }

  private setFailure(failure: AutoBackupList['failure']): void {
    this.failure = failure;
    const path = this.statePath;
    if (!path) return;
    const data = new TextEncoder().encode(JSON.stringify({ failure }));
    // One write after the other, so the file ends with the last state; a failed write leaves
    // the previous file whole (atomic) and the backups going on.
    this.saving = this.saving
      .then(() => mkdir(dirname(path), { recursive: true }))
      .then(() => writeFileAtomic(path, data))
      .catch((error: unknown) => console.error('[tilleul] backup state not saved', error));
  }

  /** The backups in the folder, newest first, with why each is kept and its size. */
  async list(): Promise<AutoBackupList> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const kinds = rotationKinds(names);
    const backups: AutoBackupEntry[] = [];
    for (const name of names) {
      const kind = kinds.get(name);
      const before = beforeUpdateInstant(name);
      const at = kind ? instantOf(name) : before;
      if (!at) continue;
      const path = join(this.folder, name);
      const bytes = await (kind ? stat(path).then((s) => s.size) : folderBytes(path)).catch(() => null);
      if (bytes === null) continue;
      backups.push({ name, at: at.toISOString(), kind: kind ?? 'beforeUpdate', bytes });
    }
    backups.sort((a, b) => b.at.localeCompare(a.at));
    return { backups: backups.slice(0, 200), failure: this.failure };
  }

  /** Up to `AUTO_BACKUP_CHUNK_MAX_BYTES` of a backup file from `offset`; empty at its end. */
  async read(name: string, offset: number): Promise<Uint8Array<ArrayBuffer>> {
    // Only a backup file's own name: never a path, never the copies before an update (folders).
    if (!autoBackupNameSchema.safeParse(name).success || instantOf(name) === null) {
      throw new AutoBackupError('notFound');
    }
    let handle: FileHandle | undefined;
    try {
      handle = await open(join(this.folder, name), 'r');
      const buffer = new Uint8Array(AUTO_BACKUP_CHUNK_MAX_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, offset);
      return buffer.slice(0, bytesRead);
    } catch {
      throw new AutoBackupError('notFound');
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  /** At start-up: temp files of backups a crash interrupted. */
  async removeLeftovers(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const leftovers = names.filter((name) => /^\.[0-9a-f-]{36}\.tmp$/.test(name));
    // Files of streamed backups, folders of copies before an update.
    for (const name of leftovers) await rm(join(this.folder, name), { recursive: true, force: true });
    return leftovers;
  }

  private session(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new AutoBackupError('unknownSession');
    return session;
  }
}
