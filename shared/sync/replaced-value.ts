import { z } from 'zod';
import type { AuditEntry, Authorship, ConflictLoss } from '@shared/audit/audit';
import { authorshipSchema, MAX_CONFLICT_LOSS_BYTES } from '@shared/audit/audit';
import type { LostValue } from '@shared/sync/merge';

export { authorshipSchema };
export type { Authorship };

/**
 * A value someone typed that lost a sync conflict (the same field changed on two devices), kept
 * whole — the journal's `changes` shorten long values and mask secrets — so that it can be shown
 * and put back. It travels in the 'conflict-merged' journal entry (`replaced`), so it reaches the
 * devices of the person who typed it, not only the device that met the conflict.
 */
export const replacedValueSchema = z.object({
  id: z.string().min(1),
  collection: z.string().min(1),
  documentId: z.string().min(1),
  field: z.string().min(1),
  lost: z.unknown(),
  kept: z.unknown(),
  lostBy: authorshipSchema,
  keptBy: authorshipSchema,
  /** When the conflict was met (by whichever device pushed second). */
  resolvedAt: z.string(),
});
export type ReplacedValue = z.infer<typeof replacedValueSchema>;

/** At most this many are shown, newest first: an inbox, not an archive (the journal is that). */
export const MAX_REPLACED_VALUES = 200;

type Stamped = Readonly<Record<string, unknown>>;

function authorship(version: Stamped): Authorship {
  const text = (value: unknown, max: number) => [...String(value ?? '')].slice(0, max).join('');
  return {
    userId: text(version.updatedBy, 40),
    deviceId: text(version.deviceId, 40),
    at: text(version.updatedAt, 30),
  };
}

/**
 * Left out (the journal keeps them): whether a record exists is not a value to put back in one
 * click, and a password's hash is nobody's typing and stays on as few devices as it can.
 */
const NOT_RESTORABLE: ReadonlySet<string> = new Set(['_deleted', 'secret', 'recovery']);

const utf8 = new TextEncoder();
const jsonBytes = (value: unknown) => utf8.encode(JSON.stringify(value ?? null)).length;

/**
 * What a 'conflict-merged' entry carries of a merged conflict: each losing value whole with the
 * value kept, as many as fit in MAX_CONFLICT_LOSS_BYTES (a field too large to fit — a logo lost
 * beside another — stays only in the journal's shortened `changes`). Undefined when nothing can
 * be put back.
 */
export function conflictLossOf(conflict: {
  lost: readonly LostValue[];
  winner: Stamped;
  loser: Stamped;
}): ConflictLoss | undefined {
  let budget = MAX_CONFLICT_LOSS_BYTES;
  const values: ConflictLoss['values'] = [];
  for (const { field, lost, kept } of conflict.lost) {
    if (NOT_RESTORABLE.has(field) || values.length === 200) continue;
    const size = jsonBytes(field) + jsonBytes(lost) + jsonBytes(kept) + 32;
    if (size > budget) continue;
    budget -= size;
    values.push({ field, lost, kept });
  }
  if (values.length === 0) return undefined;
  return { lostBy: authorship(conflict.loser), keptBy: authorship(conflict.winner), values };
}

/** The inbox entries a 'conflict-merged' journal entry holds: one per losing field. */
export function replacedValuesOfEntry(entry: AuditEntry): ReplacedValue[] {
  if (entry.action !== 'conflict-merged' || !entry.replaced) return [];
  const { lostBy, keptBy, values } = entry.replaced;
  return values.map(({ field, lost, kept }) => ({
    id: `${entry.id}/${field}`,
    collection: entry.collectionName,
    documentId: entry.documentId,
    field,
    lost,
    kept,
    lostBy,
    keptBy,
    resolvedAt: entry.createdAt,
  }));
}
