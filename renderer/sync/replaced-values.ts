import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb/plugins/core';
import { z } from 'zod';
import { newDocumentId } from '@shared/ids';
import { collectionSpecs } from '@shared/schema/collections';
import type { WriteContext } from '@shared/schema/common';
import { editStamps } from '@shared/schema/stamps';
import type { ReplacedValue } from '@shared/sync/replaced-value';
import { addReplacedValues, replacedValueSchema, replacedValuesOf } from '@shared/sync/replaced-value';
import { useData } from '@renderer/data/context';
import type { TilleulDatabase } from '@renderer/data/database';
import type { MergedConflict } from '@renderer/sync/conflict-handler';

/** One RxDB local document: per device, never synced, and no collection of the 13 allowed. */
const INBOX = 'replaced-values';

const inboxSchema = z.object({ values: z.array(z.unknown()) });

/** Entries that no longer read (an older version, damage) are dropped, not the whole inbox. */
function parseInbox(data: unknown): ReplacedValue[] {
  const parsed = inboxSchema.safeParse(data);
  if (!parsed.success) return [];
  return parsed.data.values.flatMap((value) => {
    const entry = replacedValueSchema.safeParse(value);
    return entry.success ? [entry.data] : [];
  });
}

export async function readReplacedValues(db: TilleulDatabase): Promise<ReplacedValue[]> {
  return parseInbox((await db.getLocal(INBOX))?.toJSON().data);
}

// Conflicts of several collections resolve at once: their read-modify-writes go one at a time.
const queues = new WeakMap<TilleulDatabase, Promise<unknown>>();
function update(db: TilleulDatabase, change: (inbox: ReplacedValue[]) => ReplacedValue[]): Promise<void> {
  const next = (queues.get(db) ?? Promise.resolve())
    .catch(() => undefined)
    .then(async () => {
      const inbox = await readReplacedValues(db);
      await db.upsertLocal(INBOX, { values: change(inbox) });
    });
  queues.set(db, next);
  return next;
}

/** Keeps the values that lost a merged conflict, whole, for the person at this device to see. */
export function recordReplacedValues(db: TilleulDatabase, merged: MergedConflict, now: Date): Promise<void> {
  if (!merged.fieldByField) return Promise.resolve();
  const added = replacedValuesOf(merged, now.toISOString(), newDocumentId);
  if (added.length === 0) return Promise.resolve();
  return update(db, (inbox) => addReplacedValues(inbox, added));
}

export function dismissReplacedValue(db: TilleulDatabase, id: string): Promise<void> {
  return update(db, (inbox) => inbox.filter((entry) => entry.id !== id));
}

/** Why a value could not be put back: the record is gone, or the value no longer fits. */
export class RestoreError extends Error {
  constructor(readonly code: 'RESTORE_GONE' | 'RESTORE_INVALID') {
    super(code);
    this.name = 'RestoreError';
  }
}

/**
 * Puts the losing value back as a new edit of the record: validated with the collection's schema,
 * through the write guard (the signed-in role must be allowed to make it, and it is journalled),
 * and synced like any edit. The entry leaves the inbox once written.
 */
export async function restoreReplacedValue(
  db: TilleulDatabase,
  context: WriteContext,
  entry: ReplacedValue,
): Promise<void> {
  const spec = Object.hasOwn(collectionSpecs, entry.collection)
    ? collectionSpecs[entry.collection as keyof typeof collectionSpecs]
    : undefined;
  const collection = (db.collections as unknown as Record<string, RxCollection | undefined>)[
    entry.collection
  ];
  if (!spec || !collection) throw new RestoreError('RESTORE_GONE');
  const current = await collection.findOne(entry.documentId).exec();
  if (!current) throw new RestoreError('RESTORE_GONE');
  const next = spec.schema.safeParse({
    ...current.toJSON(),
    [entry.field]: entry.lost,
    ...editStamps(context),
  });
  if (!next.success) throw new RestoreError('RESTORE_INVALID');
  await current.incrementalPatch({ [entry.field]: entry.lost, ...editStamps(context) });
  await dismissReplacedValue(db, entry.id);
}

/** The inbox, live (a conflict resolved by the sync, a value put back in another tab). */
export function useReplacedValues(): ReplacedValue[] {
  const { db } = useData();
  const [values, setValues] = useState<ReplacedValue[]>([]);
  useEffect(() => {
    const subscription = db.getLocal$(INBOX).subscribe((doc) => setValues(parseInbox(doc?.toJSON().data)));
    return () => subscription.unsubscribe();
  }, [db]);
  return values;
}
