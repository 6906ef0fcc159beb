import type { DonationId, MembershipId, PersonId, ReceiptId } from '@shared/ids';
import type { Cents } from '@shared/money/cents';
import type { DonationDocument, DonationInput } from '@shared/donations/donation';
import { donationDocumentSchema } from '@shared/donations/donation';
import type { MembershipDocument } from '@shared/members/membership';
import { membershipDocumentSchema } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import type { WriteContext } from '@shared/schema/common';
import type { Organisation } from '@shared/schema/organisation';
import type { Draft } from '@shared/schema/stamps';
import { editStamps, newStamps } from '@shared/schema/stamps';
import { sha256Hex } from '@shared/receipts/digest';
import {
  annualGroups,
  buildReceipt,
  cancelReceipt as cancelled,
  checkChronology,
  checkDonorAddresses,
  donationLine,
  donorSnapshot,
  feeLine,
  organisationSnapshot,
  ReceiptRuleError,
} from '@shared/receipts/issue';
import type { ReceiptDocument, ReceiptScope } from '@shared/receipts/receipt';
import { coveredIds } from '@shared/receipts/receipt';
import { formatReceiptNumber, nextReceiptNumber, parseReceiptNumber } from '@shared/receipts/receipt-number';
import type { TilleulDatabase } from '@renderer/data/database';
import { editDocument } from '@renderer/data/edit-document';
import { readAll } from '@renderer/data/read-all';

/**
 * Writes of donations and tax receipts. Each validates with its shared schema and stamps; the
 * write guard checks who may, and that a receipted donation stays as its receipt says
 * (`permissions.donations.receipted`: cancel the receipt first).
 */

export async function recordDonation(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<DonationInput>,
): Promise<DonationDocument> {
  const donation = donationDocumentSchema.parse({ ...input, receiptId: '', ...newStamps(context) });
  await db.donations.insert(donation);
  return donation;
}

/** Corrects a donation; refused by the write guard while an issued receipt covers it. */
export function correctDonation(
  db: TilleulDatabase,
  context: WriteContext,
  id: DonationId,
  changes: Partial<Draft<DonationInput>>,
): Promise<DonationDocument> {
  const { receiptId: _receiptId, ...allowed } = changes;
  return editDocument(db.donations, donationDocumentSchema, context, { kind: 'donation', id }, allowed);
}

/** What issuing needs besides the gifts: the association, this device's series, the day. */
export interface IssueSettings {
  organisation: Organisation;
  /** This device's receipt series letter(s) (DESIGN.md: « A » when standalone). */
  series: string;
  /** `YYYY-MM-DD`, the date printed on the receipt. */
  issuedOn: string;
}

export interface IssueRequest {
  donorId: PersonId;
  scope: ReceiptScope;
  donationIds: readonly DonationId[];
  /** Membership fees whose tariff gives no counterpart, received from the same donor. */
  feeIds?: readonly MembershipId[];
  /** For `annual`: the calendar year. */
  year?: number;
  replaces?: string;
}

/** The gifts an issued receipt already covers (the receipts are the truth, `receiptId` a link). */
function covered(receipts: readonly ReceiptDocument[]): Set<string> {
  return new Set(
    receipts
      .filter((receipt) => receipt.status === 'issued')
      .flatMap((receipt) => receipt.lines.map((line) => `${line.source}:${line.sourceId}`)),
  );
}

/**
 * Everything an issue checks before it writes: the donor, each gift (theirs, not on an issued
 * receipt), and the next number of the series in chronological order.
 */
async function prepareIssue(
  db: TilleulDatabase,
  settings: IssueSettings,
  request: IssueRequest,
  receipts: readonly ReceiptDocument[],
) {
  const donor = (await db.people.findOne(request.donorId).exec())?.toJSON() as PersonDocument | undefined;
  if (!donor) throw new ReceiptRuleError('receipts.donorUnknown');
  checkDonorAddresses([donor]);
  const already = covered(receipts);
  const donations: DonationDocument[] = [];
  for (const id of request.donationIds) {
    const donation = (await db.donations.findOne(id).exec())?.toJSON() as DonationDocument | undefined;
    if (!donation || donation.donorId !== request.donorId) throw new ReceiptRuleError('receipts.giftUnknown');
    if (already.has(`donation:${id}`)) throw new ReceiptRuleError('receipts.alreadyReceipted');
    donations.push(donation);
  }
  const fees: MembershipDocument[] = [];
  for (const id of request.feeIds ?? []) {
    const fee = (await db.memberships.findOne(id).exec())?.toJSON() as MembershipDocument | undefined;
    if (!fee || fee.holderId !== request.donorId) throw new ReceiptRuleError('receipts.giftUnknown');
    if (already.has(`membership:${id}`)) throw new ReceiptRuleError('receipts.alreadyReceipted');
    fees.push(fee);
  }
  return { donor, donations, fees, number: nextNumber(settings, receipts) };
}

/** The next number of this device's series for the day of issue, in the series' chronological order. */
function nextNumber(settings: IssueSettings, receipts: readonly ReceiptDocument[]): string {
  const number = nextReceiptNumber(
    receipts.map((receipt) => receipt.number),
    Number(settings.issuedOn.slice(0, 4)),
    settings.series,
  );
  checkChronology(receipts, number, settings.issuedOn);
  return number;
}

/** What gifts and fees add up to. */
function totalOf(gifts: readonly { amount: Cents }[]): Cents {
  return gifts.reduce((sum, gift) => sum + gift.amount, 0) as Cents;
}

async function issueOne(
  db: TilleulDatabase,
  context: WriteContext,
  settings: IssueSettings,
  request: IssueRequest,
  receipts: ReceiptDocument[],
): Promise<ReceiptDocument> {
  const { donor, donations, fees, number } = await prepareIssue(db, settings, request, receipts);
  const receipt = await buildReceipt(
    {
      stamps: newStamps(context),
      number,
      issuedOn: settings.issuedOn,
      issuedBy: context.userId,
      scope: request.scope,
      year: request.year,
      donorId: request.donorId,
      donor: donorSnapshot(donor),
      organisation: organisationSnapshot(settings.organisation),
      lines: [...donations.map(donationLine), ...fees.map(feeLine)],
      replaces: request.replaces,
    },
    sha256Hex,
  );
  await db.receipts.insert(receipt);
  receipts.push(receipt);
  // The link on each gift; the receipt already says what it covers if this stops halfway.
  for (const donation of donations) {
    await linkDonation(db, context, donation.id, receipt.id);
  }
  for (const fee of fees) {
    await linkFee(db, context, fee.id, receipt.id);
  }
  return receipt;
}

function linkDonation(db: TilleulDatabase, context: WriteContext, id: DonationId, receiptId: ReceiptId | '') {
  return editDocument(db.donations, donationDocumentSchema, context, { kind: 'donation', id }, { receiptId });
}

function linkFee(db: TilleulDatabase, context: WriteContext, id: MembershipId, receiptId: ReceiptId | '') {
  return editDocument(
    db.memberships,
    membershipDocumentSchema,
    context,
    { kind: 'membership', id },
    { receiptId },
  );
}

/** Issues one receipt (a single gift, or a donor's year) with the next number of this device's series. */
export async function issueReceipt(
  db: TilleulDatabase,
  context: WriteContext,
  settings: IssueSettings,
  request: IssueRequest,
): Promise<ReceiptDocument> {
  const receipts = await readAll(db.receipts);
  return issueOne(db, context, settings, request, receipts);
}

/**
 * What a receipt about to be issued will say, checked as the issue checks it (the donor, each
 * gift, the chronology of the series) and nothing written: the treasurer confirms a legal,
 * gapless number knowing which it will be (a wrong one can only be cancelled, its number kept).
 */
export async function planIssue(
  db: TilleulDatabase,
  settings: IssueSettings,
  request: IssueRequest,
): Promise<IssuePlan> {
  const receipts = await readAll(db.receipts);
  const { donor, donations, fees, number } = await prepareIssue(db, settings, request, receipts);
  return { first: number, last: number, receipts: 1, donor, total: totalOf([...donations, ...fees]) };
}

/** What the issue of one receipt or of a year's batch will give, before it is confirmed. */
export interface IssuePlan {
  /** The first and last numbers the batch takes (the same for one receipt). */
  first: string;
  last: string;
  receipts: number;
  /** The donor of a single receipt (a year's batch has many). */
  donor?: PersonDocument;
  total: Cents;
}

/** The gifts and fees of `year` awaiting a receipt, grouped by donor (the annual receipts' groups). */
async function annualPlan(db: TilleulDatabase, year: number) {
  const receipts = await readAll(db.receipts);
  const already = covered(receipts);
  const donations = (await readAll(db.donations)).filter(
    (donation) => !already.has(`donation:${donation.id}`),
  );
  const fees = (await readAll(db.memberships)).filter((fee) => !already.has(`membership:${fee.id}`));
  const status = new Map<string, ReceiptDocument['status']>(
    receipts.map((receipt) => [receipt.id, receipt.status]),
  );
  const groups = annualGroups(donations, year, (id) => status.get(id), fees);
  // Every donor of the year checked before the first receipt is numbered: a batch refused
  // halfway would leave some receipts issued and the others not.
  const donors = await db.people.findByIds(groups.map((group) => group.donorId)).exec();
  checkDonorAddresses([...donors.values()].map((donor) => donor.toJSON() as PersonDocument));
  return { receipts, groups };
}

/**
 * The annual receipts `year` would issue now: how many, their numbers, their total — or `null`
 * when no gift of that year awaits one. The chronology of the series is checked as the issue will.
 */
export async function planAnnualReceipts(
  db: TilleulDatabase,
  settings: IssueSettings,
  year: number,
): Promise<IssuePlan | null> {
  const { receipts, groups } = await annualPlan(db, year);
  if (groups.length === 0) return null;
  const first = nextNumber(settings, receipts);
  const parts = parseReceiptNumber(first);
  if (!parts) throw new ReceiptRuleError('receipts.numberYear', { number: first });
  return {
    first,
    last: formatReceiptNumber({ ...parts, seq: parts.seq + groups.length - 1 }),
    receipts: groups.length,
    total: totalOf(groups.flatMap((group) => [...group.donations, ...group.fees])),
  };
}

/**
 * The annual receipts of `year`: one per donor, for every donation of that year not yet on an
 * issued receipt, and every fee of that year paid on a tariff without counterpart. `onProgress(done, total)` after each, for the progress bar.
 */
export async function issueAnnualReceipts(
  db: TilleulDatabase,
  context: WriteContext,
  settings: IssueSettings,
  year: number,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ReceiptDocument[]> {
  const { receipts, groups } = await annualPlan(db, year);
  const issued: ReceiptDocument[] = [];
  onProgress(0, groups.length);
  for (const group of groups) {
    issued.push(
      await issueOne(
        db,
        context,
        settings,
        {
          donorId: group.donorId,
          scope: 'annual',
          year,
          donationIds: group.donations.map((donation) => donation.id),
          feeIds: group.fees.map((fee) => fee.id),
        },
        receipts,
      ),
    );
    onProgress(issued.length, groups.length);
  }
  return issued;
}

/**
 * Cancels a receipt with its reason: its number stays in the register, marked annulé, and its
 * donations may be corrected and receipted again.
 */
export async function cancelReceipt(
  db: TilleulDatabase,
  context: WriteContext,
  id: ReceiptId,
  reason: string,
): Promise<ReceiptDocument> {
  const stored = await db.receipts.findOne(id).exec();
  if (!stored) throw new ReceiptRuleError('receipts.unknown');
  const stamps = editStamps(context);
  const next = cancelled(stored.toJSON() as ReceiptDocument, reason, {
    cancelledAt: stamps.updatedAt,
    cancelledBy: context.userId,
    stamps,
  });
  await stored.incrementalPatch({ status: next.status, cancellation: next.cancellation, ...stamps });
  for (const line of next.lines) {
    const gift = await (line.source === 'donation' ? db.donations : db.memberships)
      .findOne(line.sourceId)
      .exec();
    if (gift?.receiptId !== id) continue;
    const { donationIds, feeIds } = coveredIds([line]);
    for (const donation of donationIds) await linkDonation(db, context, donation, '');
    for (const fee of feeIds) await linkFee(db, context, fee, '');
  }
  return next;
}

/**
 * Cancels a wrong receipt and issues its replacement, with a new number, for the same gifts as
 * they stand now (corrected in between if need be).
 */
export async function replaceReceipt(
  db: TilleulDatabase,
  context: WriteContext,
  settings: IssueSettings,
  id: ReceiptId,
  reason: string,
): Promise<{ cancelled: ReceiptDocument; replacement: ReceiptDocument }> {
  const receipts = await readAll(db.receipts);
  const wrong = receipts.find((receipt) => receipt.id === id);
  if (!wrong) throw new ReceiptRuleError('receipts.unknown');
  const request: IssueRequest = {
    donorId: wrong.donorId,
    scope: wrong.scope,
    year: wrong.scope === 'annual' ? Number(wrong.period.from.slice(0, 4)) : undefined,
    ...coveredIds(wrong.lines),
    replaces: wrong.id,
  };
  // The replacement is checked as if the wrong receipt were already cancelled, before anything
  // is written: a replacement that cannot be issued (a gift deleted, a date before the last
  // receipt's) leaves the wrong receipt as it is rather than cancelled with nothing in its place.
  const asCancelled = receipts.map((receipt) =>
    receipt.id === id ? { ...receipt, status: 'cancelled' as const } : receipt,
  );
  await prepareIssue(db, settings, request, asCancelled);
  const old = await cancelReceipt(db, context, id, reason);
  const replacement = await issueReceipt(db, context, settings, request);
  return { cancelled: old, replacement };
}
