import { useEffect, useState } from 'react';
import { debounceTime, from, merge, startWith, switchMap } from 'rxjs';
import type { RxCollection } from 'rxdb/plugins/core';
import { z } from 'zod';
import { auditEntrySchema } from '@shared/audit/audit';
import { jsonEqual } from '@shared/json/canonical';
import { collectionSpecs } from '@shared/schema/collections';
import type { WriteContext } from '@shared/schema/common';
import { editStamps } from '@shared/schema/stamps';
import type { ReplacedValue } from '@shared/sync/replaced-value';
import { MAX_REPLACED_VALUES, replacedValueSchema, replacedValuesOfEntry } from '@shared/sync/replaced-value';
import { useData, useSessionUser } from '@renderer/data/context';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * Before the journal carried the losing values, the device that met a conflict kept them in this
 * RxDB local document. It is no longer written; what it holds is still shown until put back or
 * set aside.
 */
const LEGACY_INBOX = 'replaced-values';
/** Per device, never synced: the entries set aside (« Garder la valeur actuelle ») or put back here. */
const SET_ASIDE = 'replaced-values-set-aside';
const MAX_SET_ASIDE = 2000;
/** Conflict entries read from the journal, newest first. */
const MAX_CONFLICT_ENTRIES = 1000;

const legacySchema = z.object({ values: z.array(z.unknown()) });
const setAsideSchema = z.object({ ids: z.array(z.string()) });

/** Entries that no longer read (an older version, damage) are dropped, not the whole inbox. */
function parseLegacy(data: unknown): ReplacedValue[] {
  const parsed = legacySchema.safeParse(data);
  if (!parsed.success) return [];
  return parsed.data.values.flatMap((value) => {
    const entry = replacedValueSchema.safeParse(value);
    return entry.success ? [entry.data] : [];
  });
}

async function readSetAside(db: TilleulDatabase): Promise<string[]> {
  const parsed = setAsideSchema.safeParse((await db.getLocal(SET_ASIDE))?.toJSON().data);
  return parsed.success ? parsed.data.ids : [];
}

async function currentValue(
  db: TilleulDatabase,
  entry: ReplacedValue,
): Promise<{ found: boolean; value?: unknown }> {
  const collection = (db.collections as unknown as Record<string, RxCollection | undefined>)[
    entry.collection
  ];
  const doc = collection ? await collection.findOne(entry.documentId).exec() : null;
  return doc
    ? { found: true, value: (doc.toJSON() as Record<string, unknown>)[entry.field] }
    : { found: false };
}

/**
 * The values of `userId` that lost a sync conflict, newest first: from the journal's
 * 'conflict-merged' entries (synced, so they reach the devices of the person whose value lost),
 * less those set aside or put back on this device, and those whose record already holds the
 * losing value again (put back on another device).
 */
export async function readReplacedValues(db: TilleulDatabase, userId: string): Promise<ReplacedValue[]> {
  const entries = await db.audit
    .find({
      selector: { action: 'conflict-merged' },
      sort: [{ action: 'asc' }, { createdAt: 'desc' }],
      limit: MAX_CONFLICT_ENTRIES,
    })
    .exec();
  const fromJournal = entries.flatMap((doc) => {
    const entry = auditEntrySchema.safeParse(doc.toJSON());
    return entry.success ? replacedValuesOfEntry(entry.data) : [];
  });
  const legacy = parseLegacy((await db.getLocal(LEGACY_INBOX))?.toJSON().data);
  const setAside = new Set(await readSetAside(db));
  const seen = new Set<string>();
  const candidates = [...fromJournal, ...legacy].filter((entry) => {
    // One conflict met twice (a retried push) is one value to put back.
    const key = JSON.stringify([
      entry.collection,
      entry.documentId,
      entry.field,
      entry.lostBy.at,
      entry.lost,
    ]);
    if (entry.lostBy.userId !== userId || setAside.has(entry.id) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const shown: ReplacedValue[] = [];
  for (const entry of candidates) {
    if (shown.length === MAX_REPLACED_VALUES) break;
    const current = await currentValue(db, entry);
    if (current.found && jsonEqual(current.value, entry.lost)) continue;
    shown.push(entry);
  }
  return shown;
}

// Two clicks in a row: their read-modify-writes go one at a time.
const queues = new WeakMap<TilleulDatabase, Promise<unknown>>();
function queued(db: TilleulDatabase, write: () => Promise<void>): Promise<void> {
  const next = (queues.get(db) ?? Promise.resolve()).catch(() => undefined).then(write);
  queues.set(db, next);
  return next;
}

/** « Garder la valeur actuelle »: the entry leaves this device's inbox (the journal keeps it). */
export function dismissReplacedValue(db: TilleulDatabase, id: string): Promise<void> {
  return queued(db, async () => {
    const legacy = await db.getLocal(LEGACY_INBOX);
    const values = parseLegacy(legacy?.toJSON().data);
    if (values.some((entry) => entry.id === id)) {
      await db.upsertLocal(LEGACY_INBOX, { values: values.filter((entry) => entry.id !== id) });
      return;
    }
    const ids = (await readSetAside(db)).filter((other) => other !== id);
    await db.upsertLocal(SET_ASIDE, { ids: [id, ...ids].slice(0, MAX_SET_ASIDE) });
  });
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

/**
 * The signed-in person's inbox, live: read again when the journal changes (a conflict met here or
 * on another device, a value put back elsewhere arrives as an edit with its entry) or when an
 * entry is set aside here. Empty while locked.
 */
export function useReplacedValues(): ReplacedValue[] {
  const { db } = useData();
  const userId = useSessionUser()?.id;
  // Tagged with whose they are: after a change of user, the previous person's never show.
  const [inbox, setInbox] = useState<{ userId: string; values: ReplacedValue[] } | null>(null);
  useEffect(() => {
    if (!userId) return undefined;
    const subscription = merge(db.audit.$, db.getLocal$(SET_ASIDE), db.getLocal$(LEGACY_INBOX))
      .pipe(
        debounceTime(150),
        startWith(null),
        // A failed read leaves the inbox empty until the next change, never stops listening.
        switchMap(() => from(readReplacedValues(db, userId).catch((): ReplacedValue[] => []))),
      )
      .subscribe((values) => setInbox({ userId, values }));
    return () => subscription.unsubscribe();
  }, [db, userId]);
  return userId && inbox?.userId === userId ? inbox.values : [];
}
