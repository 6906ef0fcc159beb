import type { PersonId } from '@shared/ids';
import { canonicalJson } from '@shared/json/canonical';
import type { DonationDocument, DonationMethod } from '@shared/donations/donation';
import type { MembershipDocument, PaymentMethod } from '@shared/members/membership';
import { personHolderOf } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { amountInWords } from '@shared/money/amount-in-words';
import type { Organisation } from '@shared/schema/organisation';
import type { BaseDocument } from '@shared/schema/common';
import { CATEGORY_LABELS } from '@shared/receipts/cerfa';
import type {
  CgiArticle,
  DonorSnapshot,
  OrganisationSnapshot,
  ReceiptDocument,
  ReceiptLine,
  ReceiptScope,
} from '@shared/receipts/receipt';
import { NO_CANCELLATION, receiptDocumentSchema } from '@shared/receipts/receipt';
import { parseReceiptNumber } from '@shared/receipts/receipt-number';

/**
 * Building a receipt (DESIGN.md, Receipts): everything it prints is copied now from the
 * settings, the donor and the gifts into a frozen snapshot, with its amount in words and a hash
 * of that content. Nothing is read again later: regenerating the PDF gives the same content.
 */

type Plain = Readonly<Record<string, unknown>>;

/** The organisation block as the receipt freezes it. */
export function organisationSnapshot(organisation: Organisation): OrganisationSnapshot {
  const category =
    organisation.category === 'autre' ? organisation.categoryOther : CATEGORY_LABELS[organisation.category];
  return {
    name: organisation.name,
    rna: organisation.rna,
    siren: organisation.siren,
    address: { ...organisation.address, country: '' },
    object: organisation.object,
    categoryCode: organisation.category,
    category,
    rupDecreeDate: organisation.rupDecreeDate,
    signatoryName: organisation.signatoryName,
    signatoryTitle: organisation.signatoryTitle,
  };
}

/**
 * The Cerfa's donor block names the donor's address: a receipt issued without one is not one the
 * tax office accepts. A street and a town at least.
 */
export function donorAddressComplete(donor: Pick<PersonDocument, 'address'>): boolean {
  return donor.address.line1.trim() !== '' && donor.address.city.trim() !== '';
}

/** Refuses, before any receipt is numbered, donors whose address is missing (named, five at most). */
export function checkDonorAddresses(
  donors: readonly Pick<PersonDocument, 'firstName' | 'lastName' | 'address'>[],
): void {
  const missing = donors.filter((donor) => !donorAddressComplete(donor)).map(displayName);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 5).join(', ');
  const names = missing.length > 5 ? `${shown}…` : shown;
  throw new ReceiptRuleError('receipts.donorAddressMissing', { count: missing.length, names });
}

/** The donor block: a person's surname and first names, or a company's dénomination, forme juridique and SIREN. */
export function donorSnapshot(
  donor: Pick<PersonDocument, 'kind' | 'firstName' | 'lastName' | 'siren' | 'legalForm' | 'address'>,
): DonorSnapshot {
  const company = donor.kind === 'organisation';
  return {
    kind: donor.kind,
    name: donor.lastName,
    firstNames: company ? '' : donor.firstName,
    legalForm: company ? donor.legalForm.trim() : '',
    siren: company ? donor.siren : '',
    address: { ...donor.address },
  };
}

/** A donation as a receipt line. */
export function donationLine(donation: DonationDocument): ReceiptLine {
  return {
    source: 'donation',
    sourceId: donation.id,
    receivedOn: donation.receivedOn,
    amount: donation.amount,
    method: donation.method,
    form: donation.form,
    nature: donation.nature,
    natureDescription: donation.natureDescription,
    valuation: donation.valuation,
    label: donation.campaign,
  };
}

/** HelloAsso takes cards: the Cerfa's box « virement, prélèvement, carte bancaire ». */
const FEE_METHODS: Record<PaymentMethod, DonationMethod> = {
  especes: 'especes',
  cheque: 'cheque',
  virement: 'virement',
  carte: 'carte',
  helloasso: 'carte',
};

export type FeeReceiptDecision =
  | { receiptable: true }
  | {
      receiptable: false;
      reason: 'receipts.feeCounterpart' | 'receipts.feeCancelled' | 'receipts.feeHousehold';
    };

/**
 * A membership fee gives a right to a tax receipt only when its tariff says it gives no
 * counterpart (recorded on the fee when it was taken); a cancelled fee never; a household's fee
 * has no single donor to name.
 */
export function feeReceiptable(fee: MembershipDocument): FeeReceiptDecision {
  if (!fee.taxReceiptAllowed) return { receiptable: false, reason: 'receipts.feeCounterpart' };
  if (fee.cancelledOn !== '') return { receiptable: false, reason: 'receipts.feeCancelled' };
  if (fee.holderKind !== 'person') return { receiptable: false, reason: 'receipts.feeHousehold' };
  return { receiptable: true };
}

export function feeLine(fee: MembershipDocument): ReceiptLine {
  const decision = feeReceiptable(fee);
  if (!decision.receiptable) throw new ReceiptRuleError(decision.reason);
  return {
    source: 'membership',
    sourceId: fee.id,
    receivedOn: fee.paidOn,
    amount: fee.amount,
    method: FEE_METHODS[fee.paymentMethod],
    form: 'declaration-don-manuel',
    nature: 'numeraire',
    natureDescription: '',
    valuation: '',
    label: fee.tariffLabel,
  };
}

/** A rule a receipt broke, as an i18n key under `receipts.` (the data layer says it in French). */
export class ReceiptRuleError extends Error {
  readonly code = 'RECEIPT_RULE';
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'ReceiptRuleError';
  }
}

export interface ReceiptDraft {
  stamps: BaseDocument;
  number: string;
  issuedOn: string;
  issuedBy: string;
  scope: ReceiptScope;
  donorId: PersonId;
  donor: DonorSnapshot;
  organisation: OrganisationSnapshot;
  lines: readonly ReceiptLine[];
  /** For `annual`: the calendar year it sums up. */
  year?: number;
  /** The article boxes to tick; by default 200 for a person, 238 bis for a company. */
  articles?: readonly CgiArticle[];
  replaces?: string;
}

/** The fields a receipt prints: what its hash covers and what the PDF is built from. */
const PRINTED_FIELDS = [
  'number',
  'kind',
  'scope',
  'articles',
  'issuedOn',
  'period',
  'lines',
  'total',
  'totalInWords',
  'organisation',
  'donor',
] as const;

/** The canonical text of what a receipt prints (stamps, status and links left out). */
export function receiptContent(receipt: Plain): string {
  return canonicalJson(Object.fromEntries(PRINTED_FIELDS.map((field) => [field, receipt[field]])));
}

/** SHA-256 as lower-case hex; given by the caller (WebCrypto in the renderer and in Node). */
export type Digest = (text: string) => Promise<string>;

/**
 * The receipt of `draft`, validated, with its amount in words and content hash. Refuses a
 * number whose year is not the year of issue, lines of another year on an annual receipt, an
 * empty receipt.
 */
export async function buildReceipt(draft: ReceiptDraft, digest: Digest): Promise<ReceiptDocument> {
  const parts = parseReceiptNumber(draft.number);
  if (!parts || String(parts.year) !== draft.issuedOn.slice(0, 4)) {
    throw new ReceiptRuleError('receipts.numberYear', { number: draft.number });
  }
  if (draft.lines.length === 0) throw new ReceiptRuleError('receipts.nothingToReceipt');
  const lines = [...draft.lines].sort(
    (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.sourceId.localeCompare(b.sourceId),
  );
  const first = lines[0] as ReceiptLine;
  const last = lines[lines.length - 1] as ReceiptLine;
  let period = { from: first.receivedOn, to: last.receivedOn };
  if (draft.scope === 'annual') {
    const year = draft.year ?? Number(first.receivedOn.slice(0, 4));
    if (lines.some((line) => line.receivedOn.slice(0, 4) !== String(year))) {
      throw new ReceiptRuleError('receipts.annualOtherYear', { year });
    }
    period = { from: `${year}-01-01`, to: `${year}-12-31` };
  } else if (lines.length !== 1) {
    throw new ReceiptRuleError('receipts.singleOneGift');
  }
  if (last.receivedOn > draft.issuedOn) throw new ReceiptRuleError('receipts.giftAfterIssue');
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const kind = draft.donor.kind === 'organisation' ? '16216' : '11580';
  const receipt = {
    ...draft.stamps,
    number: draft.number,
    kind,
    scope: draft.scope,
    status: 'issued',
    articles: [...(draft.articles ?? (kind === '16216' ? ['238-bis'] : ['200']))],
    replaces: draft.replaces ?? '',
    donorId: draft.donorId,
    issuedOn: draft.issuedOn,
    issuedBy: draft.issuedBy,
    period,
    lines,
    total,
    totalInWords: amountInWords(total),
    organisation: draft.organisation,
    donor: draft.donor,
    contentHash: '0'.repeat(64),
    cancellation: NO_CANCELLATION,
  };
  const parsed = receiptDocumentSchema.parse(receipt);
  return { ...parsed, contentHash: await digest(receiptContent(parsed)) };
}

/** True when `receipt` still prints what it printed when issued (its hash matches its content). */
export async function receiptIntact(receipt: ReceiptDocument, digest: Digest): Promise<boolean> {
  return (await digest(receiptContent(receipt))) === receipt.contentHash;
}

/** The cancellation of an issued receipt, with its reason: its number stays in the register. */
export function cancelReceipt(
  receipt: ReceiptDocument,
  reason: string,
  at: {
    cancelledAt: string;
    cancelledBy: string;
    stamps: Pick<BaseDocument, 'updatedAt' | 'updatedBy' | 'deviceId'>;
  },
): ReceiptDocument {
  if (receipt.status === 'cancelled') throw new ReceiptRuleError('receipts.alreadyCancelled');
  return receiptDocumentSchema.parse({
    ...receipt,
    ...at.stamps,
    status: 'cancelled',
    cancellation: { reason, cancelledAt: at.cancelledAt, cancelledBy: at.cancelledBy },
  });
}

/**
 * Gapless and chronological within a series: a new number of `series` may not be dated before
 * the latest receipt of that series (a device whose clock went back would otherwise number a
 * receipt out of order).
 */
export function checkChronology(
  existing: Iterable<Pick<ReceiptDocument, 'number' | 'issuedOn'>>,
  number: string,
  issuedOn: string,
): void {
  const parts = parseReceiptNumber(number);
  if (!parts) throw new ReceiptRuleError('receipts.numberYear', { number });
  for (const receipt of existing) {
    const other = parseReceiptNumber(receipt.number);
    if (!other || other.series !== parts.series || other.year !== parts.year) continue;
    if (other.seq < parts.seq && receipt.issuedOn > issuedOn) {
      throw new ReceiptRuleError('receipts.outOfOrder', { number: receipt.number, date: receipt.issuedOn });
    }
  }
}

/**
 * The numbers missing in each series and year of `numbers` (a receipt of this series not yet
 * arrived from the device that issued it, or lost): the register shows them, since a gap must
 * be explained to the tax office.
 */
export function seriesGaps(numbers: Iterable<string>): string[] {
  const highest = new Map<string, { year: number; series: string; seqs: Set<number> }>();
  for (const number of numbers) {
    const parts = parseReceiptNumber(number);
    if (!parts) continue;
    const key = `${parts.year}-${parts.series}`;
    const entry = highest.get(key) ?? { year: parts.year, series: parts.series, seqs: new Set<number>() };
    entry.seqs.add(parts.seq);
    highest.set(key, entry);
  }
  const gaps: string[] = [];
  for (const { year, series, seqs } of [...highest.values()].sort((a, b) =>
    `${a.year}-${a.series}`.localeCompare(`${b.year}-${b.series}`),
  )) {
    const max = Math.max(...seqs);
    for (let seq = 1; seq < max; seq++) {
      if (!seqs.has(seq)) gaps.push(`${year}-${series}-${String(seq).padStart(4, '0')}`);
    }
  }
  return gaps;
}

/** Figures of the annual declaration of article 222 bis of the CGI: receipts issued in `year`, cancelled excluded. */
export function declaration222bis(
  receipts: Iterable<Pick<ReceiptDocument, 'issuedOn' | 'status' | 'total'>>,
  year: number,
): { count: number; total: number } {
  let count = 0;
  let total = 0;
  for (const receipt of receipts) {
    if (receipt.status !== 'issued' || receipt.issuedOn.slice(0, 4) !== String(year)) continue;
    count += 1;
    total += receipt.total;
  }
  return { count, total };
}

/** A gift waits for a receipt when it has none, or only one that was cancelled. */
export function awaitsReceipt(
  gift: { receiptId: string },
  receiptStatus: (id: string) => ReceiptDocument['status'] | undefined,
): boolean {
  return gift.receiptId === '' || receiptStatus(gift.receiptId) === 'cancelled';
}

/**
 * The annual receipts of `year` to issue: per donor, every donation of that calendar year
 * waiting for a receipt, by date, and every membership fee paid that year that opens a receipt
 * (a tariff without counterpart: a gift in law) and waits for one. Donors in the order of their
 * first gift.
 */
export function annualGroups(
  donations: Iterable<DonationDocument>,
  year: number,
  receiptStatus: (id: string) => ReceiptDocument['status'] | undefined,
  fees: Iterable<MembershipDocument> = [],
): { donorId: PersonId; donations: DonationDocument[]; fees: MembershipDocument[] }[] {
  const inYear = (date: string) => date.slice(0, 4) === String(year);
  const gifts = [
    ...[...donations]
      .filter((donation) => inYear(donation.receivedOn) && awaitsReceipt(donation, receiptStatus))
      .map((donation) => ({ donorId: donation.donorId, on: donation.receivedOn, id: donation.id, donation })),
    ...[...fees]
      .filter((fee) => inYear(fee.paidOn) && awaitsReceipt(fee, receiptStatus))
      .flatMap((fee) => {
        // A fee opens a receipt only when a person holds it (feeReceiptable).
        const donorId = personHolderOf(fee);
        return donorId && feeReceiptable(fee).receiptable
          ? [{ donorId, on: fee.paidOn, id: fee.id, fee }]
          : [];
      }),
  ].sort((a, b) => a.on.localeCompare(b.on) || a.id.localeCompare(b.id));
  const byDonor = new Map<
    string,
    { donorId: PersonId; donations: DonationDocument[]; fees: MembershipDocument[] }
  >();
  for (const gift of gifts) {
    const group = byDonor.get(gift.donorId) ?? { donorId: gift.donorId, donations: [], fees: [] };
    if ('donation' in gift) group.donations.push(gift.donation);
    else group.fees.push(gift.fee);
    byDonor.set(gift.donorId, group);
  }
  return [...byDonor.values()];
}
