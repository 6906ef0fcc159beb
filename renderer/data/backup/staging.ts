import { z } from 'zod';
import { collectionSpecs } from '@shared/schema/collections';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * The restore marker and the staged documents, in RxDB local documents of the database (they
 * never sync, and survive a closed tab or a crash like the data itself). While the marker says
 * `staging`, nothing of the backup has touched the collections: an interruption is undone. Once it
 * says `applying`, every document is staged: an interruption is finished from the staging.
 */
export const RESTORE_MARKER = 'restore-marker';

export const restoreMarkerSchema = z
  .object({
    phase: z.enum(['staging', 'applying']),
    startedAt: z.string().max(30),
    association: z.string().max(150),
    backupCreatedAt: z.string().max(30),
    userId: z.string().max(40),
    userName: z.string().max(80),
    /** Collections in the order they are applied, with how many chunks each has staged. */
    collections: z.array(z.object({ name: z.string().max(40), chunks: z.number().int().min(0) })).max(30),
    applied: z.array(z.string().max(40)).max(30),
  })
  .strict();
export type RestoreMarker = z.infer<typeof restoreMarkerSchema>;

export const chunkId = (collection: string, index: number) => `restore-chunk-${collection}-${index}`;

export async function readMarker(db: TilleulDatabase): Promise<RestoreMarker | null> {
  const found = await db.getLocal<RestoreMarker>(RESTORE_MARKER);
  if (!found) return null;
  const parsed = restoreMarkerSchema.safeParse(found.toJSON().data);
  // A damaged marker cannot say what was staged: treat it as a restore that never applied.
  return parsed.success ? parsed.data : { ...EMPTY, phase: 'staging' };
}

const EMPTY: RestoreMarker = {
  phase: 'staging',
  startedAt: '',
  association: '',
  backupCreatedAt: '',
  userId: '',
  userName: '',
  collections: [],
  applied: [],
};

export async function writeMarker(db: TilleulDatabase, marker: RestoreMarker): Promise<void> {
  await db.upsertLocal(RESTORE_MARKER, restoreMarkerSchema.parse(marker));
}

export async function stageChunk(
  db: TilleulDatabase,
  collection: string,
  index: number,
  documents: Record<string, unknown>[],
): Promise<void> {
  await db.upsertLocal(chunkId(collection, index), { documents });
}

export async function readChunk(
  db: TilleulDatabase,
  collection: string,
  index: number,
): Promise<Record<string, unknown>[]> {
  const found = await db.getLocal<{ documents: Record<string, unknown>[] }>(chunkId(collection, index));
  if (!found) throw new Error(`RESTORE_CHUNK_MISSING ${collection} ${index}`);
  return found.toJSON().data.documents as Record<string, unknown>[];
}

/**
 * Removes every staged chunk and then the marker. Chunks are numbered from 0 without gaps, so
 * they are found by probing each collection, whatever the marker knew when it was interrupted.
 */
export async function clearStaging(db: TilleulDatabase): Promise<void> {
  for (const name of Object.keys(collectionSpecs)) {
    for (let index = 0; ; index++) {
      const found = await db.getLocal(chunkId(name, index));
      if (!found) break;
      await found.remove();
    }
  }
  const marker = await db.getLocal(RESTORE_MARKER);
  await marker?.remove();
}
