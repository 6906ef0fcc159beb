import type { ListColumn } from '@shared/export/list-export';
import { currentOrLatestSeason } from '@shared/members/current-season';
import type { MembershipDocument, MembershipDraft, PaymentMethod } from '@shared/members/membership';
import type { SeasonId } from '@shared/ids';
import { PAYMENT_METHODS } from '@shared/members/membership';
import type { HolderLookup } from '@shared/members/membership-holder';
import { holderContact, holderName } from '@shared/members/membership-holder';
import type { Season, Tariff } from '@shared/members/season';
import { toCents } from '@shared/money/cents';

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
  seasonId: SeasonId,
  tariff: Pick<Tariff, 'id' | 'label' | 'taxReceiptAllowed' | 'amount'>,
  payment: { method: PaymentMethod; paidOn: string; receivedBy: string },
): MembershipDraft {
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
 * The renewals list's columns, its table's and its file's: the holder, their contact (only for a
 * role that may read contact details: `contacts`), the last tariff with its amount and payment
 * day, and the amount of the tariff it renews with (empty when the new season has no such tariff).
 */
export function renewalColumns(
  lookup: HolderLookup,
  newTariff: (membership: MembershipDocument) => Pick<Tariff, 'amount'> | undefined,
  { contacts }: { contacts: boolean },
): ListColumn<MembershipDocument>[] {
  const contact = (id: 'number' | 'email' | 'phone', field: 'memberNumber' | 'email' | 'phone') => ({
    id,
    label: `people.renewals.csv.${id}`,
    cell: (membership: MembershipDocument) => holderContact(membership, lookup)?.[field] ?? '',
  });
  return [
    { id: 'holder', label: 'people.renewals.holder', cell: (m) => holderName(m, lookup) },
    contact('number', 'memberNumber'),
    ...(contacts ? [contact('email', 'email'), contact('phone', 'phone')] : []),
    { id: 'tariff', label: 'people.renewals.lastTariff', cell: (m) => m.tariffLabel },
    { id: 'amount', label: 'people.renewals.lastAmount', cell: (m) => ({ cents: toCents(m.amount) }) },
    { id: 'paidOn', label: 'people.renewals.csv.paidOn', cell: (m) => ({ date: m.paidOn }) },
    {
      id: 'newAmount',
      label: 'people.renewals.newAmount',
      cell: (m, t) => {
        const tariff = newTariff(m);
        return tariff ? { cents: toCents(tariff.amount) } : t('people.renewals.noMatch');
      },
    },
  ];
}
