import { canonicalJson } from '@shared/json/canonical';

/**
 * The three-way, field-level merge that resolves replication conflicts on the client
 * (DESIGN.md, Sync). Every client must compute the same result from the same three documents,
 * whatever order it sees them in, so nothing here reads a clock or depends on key order.
 */

export type MergeableDocument = Readonly<Record<string, unknown>>;

export interface MergeInput<D extends MergeableDocument> {
  /** What this client believed the server had (RxDB's `assumedMasterState`); absent for inserts. */
  base: D | undefined | null;
  /** This client's version (`newDocumentState`). */
  ours: D;
  /** What the server really has (`realMasterState`). */
  theirs: D;
}

/** A value that lost to a concurrent change of the same field: recorded in the audit log. */
export interface LostValue {
  field: string;
  lost: unknown;
  kept: unknown;
}

export interface MergeResult<D extends MergeableDocument> {
  document: D;
  lost: LostValue[];
}

/** The version whose values win a field changed on both sides (the later write). */
export function winnerOf<D extends MergeableDocument>(ours: D, theirs: D): { winner: D; loser: D } {
  return compareVersions(ours, theirs) >= 0
    ? { winner: ours, loser: theirs }
    : { winner: theirs, loser: ours };
}

/**
 * Say who wrote last, not what was written: they are taken from the side that wins, and
 * `updatedAt` is the later of the two, so the merged document sorts after both.
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['updatedAt', 'updatedBy', 'deviceId']);

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function instant(value: unknown): number {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * A total order on versions: later `updatedAt`, then the greater `deviceId`, then the greater
 * canonical JSON. Two different documents are never equal under it, which is what makes the
 * merge symmetric: `merge(base, a, b)` and `merge(base, b, a)` pick the same winner.
 */
export function compareVersions(a: MergeableDocument, b: MergeableDocument): number {
  const byTime = instant(a.updatedAt) - instant(b.updatedAt);
  if (byTime !== 0) return byTime > 0 ? 1 : -1;
  const byDevice = compareText(String(a.deviceId ?? ''), String(b.deviceId ?? ''));
  if (byDevice !== 0) return byDevice;
  return compareText(canonicalJson(a) ?? '', canonicalJson(b) ?? '');
}

/**
 * What `loser` had and the kept version does not, field by field (who wrote aside): for the
 * journal when a whole version wins instead of a field-by-field merge.
 */
export function lostValues(loser: MergeableDocument, kept: MergeableDocument): LostValue[] {
  const fields = new Set([...Object.keys(loser), ...Object.keys(kept)]);
  return [...fields]
    .filter((field) => !BOOKKEEPING_FIELDS.has(field) && !same(loser[field], kept[field]))
    .sort(compareText)
    .map((field) => ({ field, lost: loser[field], kept: kept[field] }));
}

export function mergeDocuments<D extends MergeableDocument>(input: MergeInput<D>): MergeResult<D> {
  const { ours, theirs } = input;
  const base: MergeableDocument = input.base ?? {};
  const { winner, loser } = winnerOf(ours, theirs);

  const merged: Record<string, unknown> = {};
  const lost: LostValue[] = [];
  const fields = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)]);

  for (const field of [...fields].sort(compareText)) {
    if (BOOKKEEPING_FIELDS.has(field)) continue;
    const before = base[field];
    const mine = ours[field];
    const other = theirs[field];
    let value: unknown;
    if (same(mine, other)) value = mine;
    else if (same(mine, before)) value = other;
    else if (same(other, before)) value = mine;
    else {
      // Changed on both sides: the later write wins, and the other value goes to the audit log
      // so that nothing a user typed disappears without a trace.
      value = winner[field];
      lost.push({ field, lost: loser[field], kept: value });
    }
    // `undefined` means "no such field" here, as it would after a JSON round trip.
    if (value !== undefined) merged[field] = value;
  }

  for (const field of ['updatedBy', 'deviceId']) {
    const value = winner[field] ?? loser[field];
    if (value !== undefined) merged[field] = value;
  }
  const byTime = instant(ours.updatedAt) - instant(theirs.updatedAt);
  const latest = byTime > 0 ? ours : byTime < 0 ? theirs : winner;
  const updatedAt = latest.updatedAt ?? loser.updatedAt;
  if (updatedAt !== undefined) merged.updatedAt = updatedAt;

  return { document: merged as D, lost };
}
