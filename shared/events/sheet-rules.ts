import { v5 as uuidv5 } from 'uuid';
import { canonicalJson } from '@shared/json/canonical';
import { frozenContent } from '@shared/events/sheet';
import type { Amendment, SheetRow } from '@shared/events/sheet';
import { amendmentOrder, effectiveRows, mergeLateRow } from '@shared/events/sheet-fold';
import type { MergeResult } from '@shared/sync/merge';

/**
 * What may become of a stored sheet, for every writer (the data layer, the server in its push
 * transaction, the conflict handler), and how two devices' versions of one sheet meet.
 *
 * A sheet is written once; afterwards only amendments are appended: its frozen content (and its
 * hash, id and creation) never changes, an amendment once written stays as it is, and a sheet
 * is never deleted.
 */
export type SheetChangeDecision =
  | { allowed: true }
  | { allowed: false; reason: 'sheets.noDeletion' | 'sheets.immutable' | 'sheets.amendmentsKept' };

type Plain = Readonly<Record<string, unknown>>;

const amendmentsOf = (sheet: Plain): Amendment[] =>
  Array.isArray(sheet.amendments) ? (sheet.amendments as Amendment[]) : [];

const fixed = (sheet: Plain) =>
  canonicalJson({ ...frozenContent(sheet), id: sheet.id, createdAt: sheet.createdAt, hash: sheet.hash });

export function sheetChange(stored: Plain, next: Plain): SheetChangeDecision {
  if (next._deleted === true && stored._deleted !== true)
    return { allowed: false, reason: 'sheets.noDeletion' };
  if (fixed(stored) !== fixed(next)) return { allowed: false, reason: 'sheets.immutable' };
  const kept = new Map(amendmentsOf(next).map((amendment) => [amendment.id, canonicalJson(amendment)]));
  for (const amendment of amendmentsOf(stored)) {
    if (kept.get(amendment.id) !== canonicalJson(amendment)) {
      return { allowed: false, reason: 'sheets.amendmentsKept' };
    }
  }
  return { allowed: true };
}

/** Why a line comes from another device's closing of the same event (stored in the sheet, in French). */
export const CONCURRENT_CLOSING_REASON =
  'Événement clôturé aussi sur un autre appareil : ligne reprise de cette clôture.';

const CONCURRENT_NAMESPACE = '6b2d8e41-93a7-4c5f-a0d8-1e7c4b9f2a35';

/**
 * The lines of `ours` that `theirs` does not say: when two devices closed the same event (each
 * from what it held), the server's closing stands and this device's lines join it as amendments,
 * with ids derived from its closing, so that nothing either door recorded is lost.
 */
function linesOfAnotherClosing(ours: Plain, theirs: Plain): Amendment[] {
  if (canonicalJson(frozenContent(ours)) === canonicalJson(frozenContent(theirs))) return [];
  const theirLines = effectiveRows(theirs as never);
  const amendments: Amendment[] = [];
  for (const row of (ours.rows as SheetRow[] | undefined) ?? []) {
    const line = theirLines.get(row.personId);
    if (line && canonicalJson(mergeLateRow(line, row)) === canonicalJson(line)) continue;
    amendments.push({
      id: uuidv5(`${String(ours.hash)}:${row.personId}`, CONCURRENT_NAMESPACE),
      kind: 'late-check-in',
      at: String(ours.closedAt),
      by: String(ours.closedBy),
      device: String(ours.closedDevice),
      reason: CONCURRENT_CLOSING_REASON,
      row,
    });
  }
  return amendments;
}

/**
 * Two devices amended the same sheet: the union of their amendments, never one list over the
 * other (an amendment both hold is the same by its id). The server's frozen content stands.
 */
export function resolveSheetConflict(ours: Plain, theirs: Plain): MergeResult<Plain> {
  const union = new Map<string, Amendment>();
  for (const amendment of [
    ...amendmentsOf(theirs),
    ...amendmentsOf(ours),
    ...linesOfAnotherClosing(ours, theirs),
  ]) {
    if (!union.has(amendment.id)) union.set(amendment.id, amendment);
  }
  const later = String(ours.updatedAt) > String(theirs.updatedAt) ? ours : theirs;
  const document = {
    ...theirs,
    updatedAt: later.updatedAt,
    updatedBy: later.updatedBy,
    deviceId: later.deviceId,
    amendments: [...union.values()].sort(amendmentOrder),
  };
  return { document, lost: [] };
}
