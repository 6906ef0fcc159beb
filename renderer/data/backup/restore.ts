import { asUserId, SYSTEM_WRITERS, type DeviceId } from '@shared/ids';
import type { ByteSource } from '@shared/backup/bytes';
import { BackupError } from '@shared/backup/errors';
import type { BackupSummary, ReadBackupOptions } from '@shared/backup/read';
import { inspectBackup, readBackup } from '@shared/backup/read';
import type { TilleulDatabase } from '@renderer/data/database';
import type { AuditActor } from '@renderer/data/audit/write';
import { appendAudit } from '@renderer/data/audit/write';
import type { AppliedCounts } from '@renderer/data/backup/apply';
import { applyBatch } from '@renderer/data/backup/apply';
import type { RestoreMarker } from '@renderer/data/backup/staging';
import { clearStaging, readChunk, readMarker, stageChunk, writeMarker } from '@renderer/data/backup/staging';

const CHUNK_DOCUMENTS = 500;

export type RestoreStep = 'checking' | 'staging' | 'applying';

export interface RestoreOptions extends ReadBackupOptions {
  actor: AuditActor;
  onProgress?: (step: RestoreStep, done: number, total: number) => void;
  /**
   * Called after each collection is applied, before the marker records it: where a crash, or a
   * closed tab, would land in the middle of a restore (the tests interrupt it there).
   */
  afterCollection?: (name: string) => void | Promise<void>;
  /** The validation already made for the preview (the file is read again to stage it anyway). */
  checked?: BackupSummary;
}

export type RestoreResult = Record<string, AppliedCounts>;

/**
 * Restores a backup file into this database. `open` gives the file's bytes from the start each
 * time it is called: it is read once to validate everything (nothing is written if anything is
 * wrong), once more to stage it in local documents under the restore marker; then each
 * collection is applied in turn. Documents of the backup come back as they were saved; documents
 * created since are kept.
 */
export async function restoreBackup(
  db: TilleulDatabase,
  open: () => ByteSource,
  options: RestoreOptions,
): Promise<RestoreResult> {
  if (await readMarker(db)) throw new BackupError('restoreInProgress');
  const summary =
    options.checked ??
    (await inspectBackup(open(), options, (read) => options.onProgress?.('checking', read, 0)));
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  const marker: RestoreMarker = {
    phase: 'staging',
    startedAt: options.actor.now().toISOString(),
    association: summary.header.association.name,
    backupCreatedAt: summary.header.createdAt,
    userId: options.actor.userId.slice(0, 40),
    userName: options.actor.userName.slice(0, 80),
    collections: summary.header.collections.map(({ name }) => ({ name, chunks: 0 })),
    applied: [],
  };
  await writeMarker(db, marker);
  try {
    await stage(db, open(), options, marker, total);
  } catch (error) {
    // Nothing has been applied yet: undo the staging, the database is as it was.
    await clearStaging(db);
    throw error;
  }
  marker.phase = 'applying';
  await writeMarker(db, marker);
  return applyStaged(db, marker, options);
}

async function stage(
  db: TilleulDatabase,
  source: ByteSource,
  options: RestoreOptions,
  marker: RestoreMarker,
  total: number,
) {
  let batch: Record<string, unknown>[] = [];
  let current: string | null = null;
  let staged = 0;
  const flush = async () => {
    const entry = marker.collections.find((c) => c.name === current);
    if (!entry || batch.length === 0) return;
    await stageChunk(db, entry.name, entry.chunks, batch);
    entry.chunks += 1;
    staged += batch.length;
    batch = [];
    options.onProgress?.('staging', staged, total);
  };
  let ended = false;
  for await (const entry of readBackup(source, options)) {
    if (entry.kind === 'document') {
      if (entry.collection !== current) {
        await flush();
        current = entry.collection;
      }
      batch.push(entry.document);
      if (batch.length >= CHUNK_DOCUMENTS) await flush();
    } else if (entry.kind === 'end') {
      await flush();
      ended = true;
    }
  }
  if (!ended) throw new BackupError('truncated');
}

async function applyStaged(
  db: TilleulDatabase,
  marker: RestoreMarker,
  options: Pick<RestoreOptions, 'onProgress' | 'afterCollection' | 'actor'>,
): Promise<RestoreResult> {
  const result: RestoreResult = {};
  const total = marker.collections.reduce((sum, c) => sum + c.chunks, 0);
  let done = marker.collections
    .filter((c) => marker.applied.includes(c.name))
    .reduce((sum, c) => sum + c.chunks, 0);
  for (const collection of marker.collections) {
    if (marker.applied.includes(collection.name)) continue;
    const counts: AppliedCounts = { restored: 0, unchanged: 0, kept: 0 };
    for (let index = 0; index < collection.chunks; index++) {
      await applyBatch(db, collection.name, await readChunk(db, collection.name, index), counts);
      done += 1;
      options.onProgress?.('applying', done, total);
    }
    result[collection.name] = counts;
    await options.afterCollection?.(collection.name);
    marker.applied.push(collection.name);
    await writeMarker(db, marker);
  }
  const restored = Object.values(result).reduce((sum, c) => sum + c.restored, 0);
  await appendAudit(db, options.actor, {
    action: 'import',
    detail: `backup-restore:${marker.backupCreatedAt}:${restored}`.slice(0, 200),
  });
  await clearStaging(db);
  return result;
}

export type ResumeOutcome =
  { kind: 'none' } | { kind: 'undone' } | { kind: 'finished'; marker: RestoreMarker };

/**
 * At start-up, before the sync and the screens: a restore that was interrupted is undone if it
 * had not started applying, finished from its staging otherwise. Never left half-applied.
 */
export async function resumeRestore(db: TilleulDatabase, deviceId: DeviceId): Promise<ResumeOutcome> {
  const marker = await readMarker(db);
  if (!marker) return { kind: 'none' };
  if (marker.phase === 'staging') {
    await clearStaging(db);
    return { kind: 'undone' };
  }
  await applyStaged(db, marker, {
    actor: {
      userId: marker.userId ? asUserId(marker.userId) : SYSTEM_WRITERS.restore,
      userName: marker.userName,
      deviceId,
      now: () => new Date(),
    },
  });
  return { kind: 'finished', marker };
}

export { readMarker as pendingRestore };
