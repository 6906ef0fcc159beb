import type { ExportCell } from '@shared/export/excel-csv';
import { currentOrLatestSeason } from '@shared/members/current-season';
import type { MembershipDocument, MembershipInput, PaymentMethod } from '@shared/members/membership';
import { PAYMENT_METHODS } from '@shared/members/membership';
import type { HolderLookup } from '@shared/members/membership-holder';
import { holderContact, holderName } from '@shared/members/membership-holder';
import type { Season, Tariff } from '@shared/members/season';
import type { Draft } from '@shared/schema/stamps';

/**
 * The renewal campaign (who is due: `renewalsDue` in status.ts): which seasons it starts on,
 * the membership each renewal writes, and the reminder list.
 */

/** Cheques need a number each: a bulk renewal takes the other methods. */
export const RENEWAL_PAYMENT_METHODS: readonly PaymentMethod[] = PAYMENT_METHODS.filter(
  (method) => method !== 'cheque',
);

/** From the season before today's (or the latest) to that one; `seasons` oldest first. */
export function defaultRenewalSeasons(
  seasons: readonly Season[],
  on: string,
): { fromId: string | null; toId: string | null } {
  const to = currentOrLatestSeason(seasons, on);
  const index = to ? seasons.indexOf(to) : -1;
  return { fromId: index > 0 ? (seasons[index - 1]?.id ?? null) : null, toId: to?.id ?? null };
}

/** The membership renewing `membership` in `seasonId` with `tariff` (its price of that season). */
export function renewalDraft(
  membership: Pick<MembershipDocument, 'holderKind' | 'holderId'>,
  seasonId: string,
  tariff: Pick<Tariff, 'id' | 'label' | 'taxReceiptAllowed' | 'amount'>,
  payment: { method: PaymentMethod; paidOn: string; receivedBy: string },
): Draft<MembershipInput> {
  return {
    holderKind: membership.holderKind,
    holderId: membership.holderId,
    seasonId,
    tariffId: tariff.id,
    tariffLabel: tariff.label,
    taxReceiptAllowed: tariff.taxReceiptAllowed,
    amount: tariff.amount,
    paymentMethod: payment.method,
    chequeNumber: '',
    paidOn: payment.paidOn,
    receivedBy: payment.receivedBy,
  };
}

/**
 * The reminder list, for `excelCsv`: holder, member number, e-mail, phone, last tariff, paid on
 * (a date cell, which Excel shows JJ/MM/AAAA).
 */
export function renewalListRows(
  due: readonly Pick<MembershipDocument, 'holderKind' | 'holderId' | 'tariffLabel' | 'paidOn'>[],
  lookup: HolderLookup,
): ExportCell[][] {
  return due.map((membership) => {
    const contact = holderContact(membership, lookup);
    return [
      holderName(membership, lookup),
      contact?.memberNumber ?? '',
      contact?.email ?? '',
      contact?.phone ?? '',
      membership.tariffLabel,
      { date: membership.paidOn },
    ];
  });
}
