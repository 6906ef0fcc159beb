import type { MembershipId } from '@shared/ids';
import type { MembershipDocument } from '@shared/members/membership';
import { membershipDocumentSchema } from '@shared/members/membership';
import type { MembershipCancellation, MembershipCorrection } from '@shared/members/membership-correction';
import { membershipCancellationSchema, pickCorrection } from '@shared/members/membership-correction';
import type { WriteContext } from '@shared/schema/common';
import { editStamps } from '@shared/schema/stamps';
import type { TilleulDatabase } from '@renderer/data/database';
import {
  loadTariffs,
  refuseForgottenAmount,
  refuseUnconfirmedRepeat,
} from '@renderer/data/members/cotisation-rules';

/**
 * Changes to a recorded cotisation: a correction (amount, method, date, tariff) or a
 * cancellation with its reason. The write guard decides who may (`memberships.update`) and
 * journals both, with the fields that changed.
 */

/** A change refused because of the cotisation itself, whoever asks: it is gone, or cancelled. */
export class MembershipChangeError extends Error {
  constructor(readonly code: 'MEMBERSHIP_NOT_FOUND' | 'MEMBERSHIP_CANCELLED') {
    super(code);
    this.name = 'MembershipChangeError';
  }
}

/**
 * Lays `changes` over the cotisation as the database holds it at the moment of the write (RxDB
 * runs the modifier again on a newer version), so a field changed meanwhile by the sync and not
 * corrected here is kept. The whole result is validated and stamped.
 */
async function changeMembership(
  db: TilleulDatabase,
  context: WriteContext,
  id: MembershipId,
  changes: Partial<MembershipDocument>,
  repeatConfirmed = true,
): Promise<MembershipDocument> {
  const current = await db.memberships.findOne(id).exec();
  if (!current) throw new MembershipChangeError('MEMBERSHIP_NOT_FOUND');
  const tariffOf = await loadTariffs(db);
  if (!repeatConfirmed) {
    const stored = current.toJSON() as MembershipDocument;
    await refuseUnconfirmedRepeat(db, { ...stored, ...changes }, stored);
  }
  let next: MembershipDocument | undefined;
  await current.incrementalModify((data) => {
    // RxDB's own fields (`_deleted`, `_rev`, `_meta`…) are not the document's: the schema refuses them.
    const stored = Object.fromEntries(
      Object.entries(data).filter(([field]) => !field.startsWith('_')),
    ) as MembershipDocument;
    // A cancelled fee is history: correct it, and the accounts no longer say what happened.
    if (stored.cancelledOn !== '') throw new MembershipChangeError('MEMBERSHIP_CANCELLED');
    next = membershipDocumentSchema.parse({ ...stored, ...changes, ...editStamps(context) });
    refuseForgottenAmount(next, tariffOf);
    return { ...data, ...next };
  });
  if (!next) throw new MembershipChangeError('MEMBERSHIP_NOT_FOUND');
  return next;
}

/**
 * Corrects what was paid, how, when, or for which tariff; who took the fee stays. Moved onto a
 * holder, season and tariff that already has a cotisation: refused unless `repeatConfirmed`
 * (`CotisationRepeatedError`); 0 € on a paying tariff: a `ZodError` on `amount`.
 */
export function correctMembership(
  db: TilleulDatabase,
  context: WriteContext,
  id: MembershipId,
  correction: MembershipCorrection,
  options: { repeatConfirmed?: boolean } = {},
): Promise<MembershipDocument> {
  const changes = pickCorrection(correction) as Partial<MembershipDocument>;
  return changeMembership(db, context, id, changes, options.repeatConfirmed ?? false);
}

/**
 * Cancels a cotisation (a bounced cheque, a refund): it stays in the history and the accounts
 * with its date and reason, and covers no one any more. A `ZodError` (path `reason` or `on`)
 * when the reason is missing.
 */
export async function cancelMembershipWithReason(
  db: TilleulDatabase,
  context: WriteContext,
  id: MembershipId,
  cancellation: MembershipCancellation,
): Promise<MembershipDocument> {
  const { on, reason } = membershipCancellationSchema.parse(cancellation);
  return changeMembership(db, context, id, { cancelledOn: on, cancelReason: reason });
}
