import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `target` so that, whatever happens (full disk, power cut, a PDF viewer
 * holding the old file open on Windows), `target` is either the complete old file or the
 * complete new one, never a truncated mix (STYLE.md §7).
 *
 * The temp file lives in the target's folder because `rename` is only atomic within one file
 * system; it is hidden and uniquely named so two saves never share it.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const folder = dirname(target);
  const tempPath = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    // `wx`: fail rather than follow or overwrite anything already at the temp path.
    handle = await open(tempPath, 'wx');
    await handle.writeFile(data);
    // Without fsync the rename can reach the disk before the data does.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tempPath, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/**
 * Makes the rename itself durable. Best effort: Windows cannot open a folder for fsync, and the
 * file is already complete under its final name by now.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system: the write itself succeeded.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
