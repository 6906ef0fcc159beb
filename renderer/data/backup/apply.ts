import { createRevision, deepEqual, now } from 'rxdb/plugins/core';
import type { RxCollection, RxDocumentData } from 'rxdb/plugins/core';
import { syncRulesFor } from '@shared/sync/collection-rules';
import type { TilleulDatabase } from '@renderer/data/database';
import { withoutMeta } from '@renderer/data/without-meta';

type Plain = Record<string, unknown>;

export interface AppliedCounts {
  /** Written: absent here, deleted here, or different here. */
  restored: number;
  /** Already identical here: not written again (nothing to sync). */
  unchanged: number;
  /**
   * Kept as this device holds them, because the collection's own rules refuse the backup's
   * version (an issued receipt cancelled since stays cancelled; a journal entry is never
   * rewritten).
   */
  kept: number;
}

const CONTEXT = 'tilleul-restore';

/**
 * Writes one batch of a backup's documents into their collection, through the storage so that
 * the write guard's per-document journal is not written 50,000 times (the restore is journalled
 * once, by whoever confirmed it). The change is an ordinary local write: RxDB's replication pushes
 * it to the server like any other, and the server checks it with the same rules.
 */
export async function applyBatch(
  db: TilleulDatabase,
  name: string,
  documents: readonly Plain[],
  counts: AppliedCounts,
): Promise<void> {
  const collection = (db.collections as unknown as Record<string, RxCollection>)[name];
  if (!collection) throw new Error(`RESTORE_UNKNOWN_COLLECTION ${name}`);
  const rules = syncRulesFor(name);
  let pending = [...documents];
  // A write that meets a newer version (the sync or another tab wrote meanwhile) is tried again
  // against that version; a few rounds settle it.
  for (let round = 0; pending.length > 0; round++) {
    if (round === 5) throw new Error(`RESTORE_WRITE_CONFLICT ${name}`);
    const stored = await collection.storageInstance.findDocumentsById(
      pending.map((d) => String(d.id)),
      true,
    );
    const byId = new Map(stored.map((d) => [String((d as Plain).id), d as RxDocumentData<Plain>]));
    const rows: { previous?: RxDocumentData<Plain>; document: RxDocumentData<Plain> }[] = [];
    for (const document of pending) {
      const previous = byId.get(String(document.id));
      if (previous && !previous._deleted && deepEqual(withoutMeta(previous), document)) {
        counts.unchanged += 1;
        continue;
      }
      if (previous && (name === 'audit' || !(await allowed(db, rules, previous, document)))) {
        counts.kept += 1;
        continue;
      }
      rows.push({
        ...(previous ? { previous } : {}),
        document: {
          ...document,
          _deleted: false,
          _attachments: {},
          _meta: { lwt: now() },
          _rev: createRevision(db.token, previous),
        } as RxDocumentData<Plain>,
      });
    }
    if (rows.length === 0) return;
    const result = await collection.storageInstance.bulkWrite(rows, CONTEXT);
    const failed = new Set(result.error.map((e) => e.documentId));
    for (const error of result.error) {
      if (error.status !== 409) throw new Error(`RESTORE_WRITE_FAILED ${name} ${error.documentId}`);
    }
    counts.restored += rows.length - failed.size;
    pending = pending.filter((d) => failed.has(String(d.id)));
  }
}

async function allowed(
  db: TilleulDatabase,
  rules: ReturnType<typeof syncRulesFor>,
  previous: RxDocumentData<Plain>,
  next: Plain,
): Promise<boolean> {
  if (!rules.change) return true;
  const stored = { ...withoutMeta<Plain>(previous), _deleted: previous._deleted };
  const related = new Map<string, Plain>();
  for (const ref of rules.related?.(stored) ?? []) {
    const found = await (db.collections as unknown as Record<string, RxCollection | undefined>)[
      ref.collection
    ]
      ?.findOne(ref.id)
      .exec();
    if (found) related.set(`${ref.collection}/${ref.id}`, found.toJSON() as Plain);
  }
  return rules.change(stored, next, (collection, id) => related.get(`${collection}/${id}`)).allowed;
}
