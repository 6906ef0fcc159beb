import { canonicalJson } from '@shared/json/canonical';
import { BOOKKEEPING_FIELDS } from '@shared/sync/merge';

type Plain = Readonly<Record<string, unknown>>;

export type ReceiptedReason = 'donations.receipted' | 'memberships.receipted';
export type DonationChangeDecision = { allowed: true } | { allowed: false; reason: ReceiptedReason };

/** Reads a document another rule needs (here: the receipt a donation points to), or undefined. */
export type RelatedReader = (collection: string, id: string) => Plain | undefined;

/** Who wrote last, RxDB's own local fields, and the link to the receipt: what a locked gift may change. */
const FREE_FIELDS = new Set([
  ...BOOKKEEPING_FIELDS,
  '_meta',
  '_rev',
  '_attachments',
  '_deleted',
  'receiptId',
]);

function content(document: Plain): string {
  return (
    canonicalJson(Object.fromEntries(Object.entries(document).filter(([key]) => !FREE_FIELDS.has(key)))) ?? ''
  );
}

/** The receipt a stored donation (or fee) points to, as the rule must read it (null: none). */
export function donationReceiptRef(donation: Plain): { collection: 'receipts'; id: string } | null {
  return typeof donation.receiptId === 'string' && donation.receiptId !== ''
    ? { collection: 'receipts', id: donation.receiptId }
    : null;
}

/**
 * DESIGN.md, Documents: a donation is locked once receipted. While the receipt its stored version
 * points to is issued, only `receiptId` may change (and who wrote last); it is never deleted. A
 * rule that saw the donation alone could not know whether its receipt was cancelled since, so
 * the receipt is read where the rule runs — inside the server's push transaction, in the local
 * database for the write guard. Once the receipt is cancelled, the donation may be corrected and
 * receipted anew. A receipt that cannot be read (not yet arrived) counts as issued: a donation
 * pointing to one was receipted somewhere.
 */
export function donationChange(stored: Plain, next: Plain, read: RelatedReader): DonationChangeDecision {
  return receiptedChange('donations.receipted', stored, next, read);
}

/**
 * The same lock for a membership fee receipted as a gift (a tariff without counterpart): its
 * amount, date, holder and cancellation stay as the receipt says while the receipt is issued.
 */
export function feeChange(stored: Plain, next: Plain, read: RelatedReader): DonationChangeDecision {
  return receiptedChange('memberships.receipted', stored, next, read);
}

function receiptedChange(
  reason: ReceiptedReason,
  stored: Plain,
  next: Plain,
  read: RelatedReader,
): DonationChangeDecision {
  const ref = donationReceiptRef(stored);
  if (!ref || stored._deleted === true) return { allowed: true };
  const receipt = read(ref.collection, ref.id);
  if (receipt?.status === 'cancelled') return { allowed: true };
  if (next._deleted !== true && content(stored) === content(next)) return { allowed: true };
  return { allowed: false, reason };
}
