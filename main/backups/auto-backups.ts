import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { autoBackupName, rotationPlan } from '@main/backups/rotation';

/** A whole automatic backup: far above a federation's 50,000 people with their journal. */
export const AUTO_BACKUP_MAX_BYTES = 2 * 1024 * 1024 * 1024;

interface Session {
  handle: FileHandle;
  tempPath: string;
  target: string;
  bytes: number;
}

export class AutoBackupError extends Error {
  constructor(readonly reason: 'unknownSession' | 'tooLarge' | 'writeFailed') {
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

  constructor(
    private readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async begin(): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const id = randomUUID();
    const target = join(this.folder, autoBackupName(this.now()));
    const tempPath = join(this.folder, `.${id}.tmp`);
    const handle = await open(tempPath, 'wx');
    this.sessions.set(id, { handle, tempPath, target, bytes: 0 });
    return id;
  }

  async append(id: string, data: Uint8Array): Promise<void> {
    const session = this.session(id);
    session.bytes += data.byteLength;
    if (session.bytes > AUTO_BACKUP_MAX_BYTES) {
      await this.abort(id);
      throw new AutoBackupError('tooLarge');
    }
    await session.handle.write(data);
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
      throw new AutoBackupError('writeFailed');
    }
    const { remove } = rotationPlan(await readdir(this.folder));
    for (const name of remove) await rm(join(this.folder, name), { force: true });
    return { path: session.target, removed: remove };
  }

  async abort(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    await session.handle.close().catch(() => undefined);
    await rm(session.tempPath, { force: true });
  }

  /** At start-up: temp files of backups a crash interrupted. */
  async removeLeftovers(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const leftovers = names.filter((name) => /^\.[0-9a-f-]{36}\.tmp$/.test(name));
    for (const name of leftovers) await rm(join(this.folder, name), { force: true });
    return leftovers;
  }

  private session(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new AutoBackupError('unknownSession');
    return session;
  }
}
