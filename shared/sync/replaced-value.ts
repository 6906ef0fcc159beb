import { z } from 'zod';
import type { LostValue } from '@shared/sync/merge';

/** Who wrote one side of a conflict: the stamps of its version. */
export const authorshipSchema = z.object({
  userId: z.string(),
  deviceId: z.string(),
  at: z.string(),
});
export type Authorship = z.infer<typeof authorshipSchema>;

/**
 * A value someone typed that lost a sync conflict (the same field changed on two devices), kept
 * whole — the journal shortens long values and masks secrets — so that it can be shown and put
 * back. Kept on the device that resolved the conflict, in an RxDB local document.
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
  /** When this device resolved the conflict. */
  resolvedAt: z.string(),
});
export type ReplacedValue = z.infer<typeof replacedValueSchema>;

/** At most this many are kept, newest first: an inbox, not an archive (the journal is that). */
export const MAX_REPLACED_VALUES = 200;

type Stamped = Readonly<Record<string, unknown>>;

function authorship(version: Stamped): Authorship {
  return {
    userId: String(version.updatedBy ?? ''),
    deviceId: String(version.deviceId ?? ''),
    at: String(version.updatedAt ?? ''),
  };
}

/**
 * Left out of the inbox (the journal keeps them): whether a record exists is not a value to put
 * back in one click, and a password's hash is nobody's typing and stays on as few devices as it can.
 */
const NOT_RESTORABLE: ReadonlySet<string> = new Set(['_deleted', 'secret']);

/** The inbox entries of one merged conflict. */
export function replacedValuesOf(
  conflict: {
    collection: string;
    documentId: string;
    lost: readonly LostValue[];
    winner: Stamped;
    loser: Stamped;
  },
  resolvedAt: string,
  newId: () => string,
): ReplacedValue[] {
  return conflict.lost
    .filter(({ field }) => !NOT_RESTORABLE.has(field))
    .map(({ field, lost, kept }) => ({
      id: newId(),
      collection: conflict.collection,
      documentId: conflict.documentId,
      field,
      lost,
      kept,
      lostBy: authorship(conflict.loser),
      keptBy: authorship(conflict.winner),
      resolvedAt,
    }));
}

/** Adds entries to an inbox, newest first, bounded. */
export function addReplacedValues(
  inbox: readonly ReplacedValue[],
  added: readonly ReplacedValue[],
): ReplacedValue[] {
  return [...added, ...inbox].slice(0, MAX_REPLACED_VALUES);
}
