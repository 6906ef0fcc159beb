import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDraft, PaymentMethod } from '@shared/members/membership';
import { zeroAmountError } from '@shared/members/membership-correction';
import type { PersonDocument } from '@shared/members/person';
import type { Season, Tariff } from '@shared/members/season';
import { parseAmount } from '@shared/money/parse-amount';

/** A fee as the membership form holds it, the amount as typed. */
export interface MembershipEntry {
  season: Pick<Season, 'id'> | undefined;
  tariff: Pick<Tariff, 'id' | 'label' | 'scope' | 'taxReceiptAllowed' | 'amount'> | undefined;
  amount: string;
  method: PaymentMethod | null;
  chequeNumber: string;
  reference: string;
  paidOn: string;
}

export type ReadMembershipEntry =
  | { ok: true; draft: MembershipDraft }
  /** Message keys by field (`seasonId`, `tariffId`, `amount`, `paymentMethod`, `paidOn`). */
  | { ok: false; errors: Record<string, string> };

/**
 * Checks what the form must know before writing (the schema checks the rest on write) and gives
 * the membership to write: a household tariff (tarif famille) is held by the person's household,
 * so it needs one; a cheque number or a reference is kept only for the method that has one;
 * 0 € only for a free tariff.
 * The `people.membership.*` keys are the screen's own sentences: no schema field says them.
 */
export function readMembershipEntry(
  entry: MembershipEntry,
  person: Pick<PersonDocument, 'id'>,
  household: Pick<HouseholdDocument, 'id'> | undefined,
  receivedBy: string,
): ReadMembershipEntry {
  const { season, tariff, method } = entry;
  const amount = parseAmount(entry.amount);
  const errors: Record<string, string> = {};
  if (!season) errors.seasonId = 'people.membership.seasonRequired';
  if (!tariff) errors.tariffId = 'people.membership.tariffRequired';
  if (!amount.ok) errors.amount = amount.error;
  const zero = amount.ok && tariff ? zeroAmountError(amount.cents, tariff) : null;
  if (zero) errors.amount = zero;
  if (tariff?.scope === 'household' && !household) errors.tariffId = 'people.membership.familyNeedsHousehold';
  if (!method) errors.paymentMethod = 'errors.members.paymentMethodRequired';
  if (entry.paidOn === '') errors.paidOn = 'errors.members.paidOnRequired';
  if (Object.keys(errors).length > 0 || !season || !tariff || !amount.ok || !method)
    return { ok: false, errors };
  const holder = tariff.scope === 'household' ? household : undefined;
  return {
    ok: true,
    draft: {
      holderKind: holder ? 'household' : 'person',
      holderId: holder?.id ?? person.id,
      seasonId: season.id,
      tariffId: tariff.id,
      tariffLabel: tariff.label,
      taxReceiptAllowed: tariff.taxReceiptAllowed,
      amount: amount.cents,
      paymentMethod: method,
      chequeNumber: method === 'cheque' ? entry.chequeNumber : '',
      paymentReference: entry.reference,
      paidOn: entry.paidOn,
      receivedBy,
    },
  };
}
