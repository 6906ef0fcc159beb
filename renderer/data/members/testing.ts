import type { TilleulDatabase } from '@renderer/data/database';
import { Directory } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, memorySnapshotStore } from '@renderer/data/directory-snapshot';
import { createMemoryDatabase } from '@renderer/data/memory-database';

/** For the tests of the members file's writes: an empty database in memory and its directory. */
export interface MembersFile {
  db: TilleulDatabase;
  directory: Directory;
}

export async function openMembersFile(): Promise<MembersFile> {
  const db = await createMemoryDatabase();
  return {
    db,
    directory: await Directory.open(db, {
      snapshot: memorySnapshotStore(),
      signature: CURRENT_SNAPSHOT_SIGNATURE,
    }),
  };
}

export async function closeMembersFile({ db, directory }: MembersFile): Promise<void> {
  directory.close();
  await db.close();
}

/** Waits up to a second for `check` to hold: the directory follows a write a moment later. */
export async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error('waitFor: still false after a second');
}
