import type { MergeableDocument, MergeResult } from '@shared/sync/merge';
import { mergeDocuments } from '@shared/sync/merge';
import { doorMembershipFields, doorPaymentFields, uniteLines } from '@shared/events/door-payment-lines';
import type { DoorMembershipLine, DoorPaymentLine } from '@shared/events/door-payment-lines';

type Plain = MergeableDocument;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const cents = (payment: unknown): number =>
  typeof payment === 'object' &&
  payment !== null &&
  typeof (payment as { amount?: unknown }).amount === 'number'
    ? (payment as { amount: number }).amount
    : 0;

/** A side's lines of money (`first` and the list `others`) with an amount, as stored or as pushed. */
function linesOf<L extends { amount: number }>(side: Plain | undefined, first: string, others: string): L[] {
  if (!side || typeof side[first] !== 'object' || side[first] === null) return [];
  const rest = Array.isArray(side[others]) ? (side[others] as L[]) : [];
  return [side[first] as L, ...rest].filter((line) => typeof line?.amount === 'number' && line.amount > 0);
}

/**
 * Two doors met the same person (or one door and the office): one record, whatever the order.
 * The fields merge as any document's (three-way), then the entrance's own rules:
 * - present if either door let the person in, with the earliest check-in (its time, who, door);
 * - money taken at the doors is never lost: every payment line of either side stays, once (a
 *   line both started from and one side removed was corrected by the office, and stays removed).
 */
export function mergeAttendance(ours: Plain, theirs: Plain, base?: Plain): MergeResult<Plain> {
  const { document, lost } = mergeDocuments({ base, ours, theirs });
  const merged: Record<string, unknown> = { ...document };
  const inside = [ours, theirs].filter((side) => side.present === true && text(side.checkedInAt) !== '');
  if (inside.length > 0) {
    const earliest = inside.reduce((a, b) => (text(b.checkedInAt) < text(a.checkedInAt) ? b : a));
    merged.present = true;
    for (const field of ['checkedInAt', 'checkedInBy', 'checkedInDevice']) merged[field] = earliest[field];
  }
  merged.registered = ours.registered === true || theirs.registered === true || merged.registered === true;

  // Money taken at the doors and cotisations sold there: every line of either side, once.
  const payments = (side: Plain | undefined) =>
    linesOf<DoorPaymentLine>(side, 'doorPayment', 'otherDoorPayments');
  Object.assign(
    merged,
    doorPaymentFields(uniteLines([payments(ours), payments(theirs)], base && payments(base))),
  );
  // Two doors that both sold the person a cotisation: both copies stay, each door's till its own.
  const memberships = (side: Plain | undefined) =>
    linesOf<DoorMembershipLine>(side, 'doorMembership', 'otherDoorMemberships');
  Object.assign(
    merged,
    doorMembershipFields(uniteLines([memberships(ours), memberships(theirs)], base && memberships(base))),
  );

  // A deletion never wins silently over a check-in or money taken at a door: a door offline when
  // the event was closed (its records folded into the sheet, then deleted) sends its check-in
  // later; it stays, and the next office device folds it into the sheet as an amendment.
  const deleted = [ours, theirs].filter((side) => side._deleted === true);
  const recorded = (side: Plain) =>
    side.present === true || cents(side.doorPayment) > 0 || cents(side.doorMembership) > 0;
  if (deleted.length === 1 && [ours, theirs].some((side) => side._deleted !== true && recorded(side))) {
    merged._deleted = false;
  }

  // What the rules above settled is not « lost »: only the fields they leave to the generic merge.
  const settled = new Set([
    'present',
    'checkedInAt',
    'checkedInBy',
    'checkedInDevice',
    'registered',
    'doorPayment',
    'otherDoorPayments',
    'doorMembership',
    'otherDoorMemberships',
    '_deleted',
  ]);
  return { document: merged, lost: lost.filter((value) => !settled.has(value.field)) };
}
