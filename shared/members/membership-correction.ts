import { z } from 'zod';
import type { MembershipDocument, MembershipDraft } from '@shared/members/membership';
import { requiredText } from '@shared/members/fields';
import type { PersonDocument } from '@shared/members/person';
import type { Season, Tariff } from '@shared/members/season';
import { isoDate } from '@shared/schema/common';

/**
 * Rules of a cotisation once it is recorded: what a correction may change, when a new one is
 * probably a second payment of the same fee, when 0 € is a mistake, and what a cancellation
 * needs. The screens ask; the data layer (data/members/memberships.ts) writes.
 */

/**
 * What a correction may change: what was paid, how, when and for which tariff. Who took the
 * fee (`receivedBy`) stays: the journal says who corrected it.
 */
export const CORRECTABLE_FIELDS = [
  'holderKind',
  'holderId',
  'seasonId',
  'tariffId',
  'tariffLabel',
  'taxReceiptAllowed',
  'amount',
  'paymentMethod',
  'chequeNumber',
  'paymentReference',
  'paidOn',
] as const;
export type MembershipCorrection = Pick<MembershipDraft, (typeof CORRECTABLE_FIELDS)[number]>;

/**
 * The correction a form's draft makes to `current`. The holder stays unless the tariff moved
 * between a person's and a household's: a family fee looked at from one member's page is still
 * the household's, even if that member has since moved.
 */
export function membershipCorrection(
  current: Pick<MembershipDocument, 'holderKind' | 'holderId'>,
  draft: MembershipCorrection,
): MembershipCorrection {
  const correction = pickCorrection(draft);
  if (draft.holderKind !== current.holderKind) return correction;
  return { ...correction, holderId: current.holderId };
}

/** Only the correctable fields of `input`, whatever else it carries. */
export function pickCorrection(input: MembershipCorrection): MembershipCorrection {
  const picked: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS) if (input[field] !== undefined) picked[field] = input[field];
  return picked as MembershipCorrection;
}

type Comparable = Pick<MembershipDocument, 'id' | 'holderId' | 'seasonId' | 'tariffId' | 'cancelledOn'>;
type Covering = Comparable & Pick<MembershipDocument, 'taxReceiptAllowed'>;

/**
 * The cotisations `candidate` would repeat: same holder (person or household), same season,
 * same tariff, not cancelled — except `exceptId`, the one being corrected. Usually a fee
 * recorded twice (two devices, a double click), sometimes a real second payment: the screen asks.
 */
export function sameCotisations<M extends Comparable>(
  candidate: Pick<Comparable, 'holderId' | 'seasonId' | 'tariffId'>,
  memberships: Iterable<M>,
  exceptId = '',
): M[] {
  const same: M[] = [];
  for (const membership of memberships) {
    if (membership.id === exceptId || membership.cancelledOn !== '') continue;
    if (
      membership.holderId === candidate.holderId &&
      membership.seasonId === candidate.seasonId &&
      membership.tariffId === candidate.tariffId
    ) {
      same.push(membership);
    }
  }
  return same;
}

/**
 * What the secretary is asked about before saving: a new fee repeating a recorded one, or a
 * correction that moves a fee onto another holder, season or tariff already paid. A correction
 * that keeps those three (the amount or the date fixed) asks nothing: it repeats nothing new.
 */
export function cotisationsToConfirm<M extends Comparable>(
  candidate: Pick<Comparable, 'holderId' | 'seasonId' | 'tariffId'>,
  memberships: Iterable<M>,
  corrected?: Pick<Comparable, 'id' | 'holderId' | 'seasonId' | 'tariffId'>,
): M[] {
  const moved =
    !corrected ||
    (['holderId', 'seasonId', 'tariffId'] as const).some((field) => candidate[field] !== corrected[field]);
  return moved ? sameCotisations(candidate, memberships, corrected?.id) : [];
}

/**
 * Whose fee of a season covers the same people as `fee`: a person's own and their current
 * household's; a household's own and each of its current members'.
 */
export function holdersCoveringAlike(
  fee: Pick<MembershipDocument, 'holderKind' | 'holderId'>,
  people: Iterable<Pick<PersonDocument, 'id' | 'householdId'>>,
): Set<string> {
  const holders = new Set<string>([fee.holderId]);
  for (const person of people) {
    if (fee.holderKind === 'person' && person.id === fee.holderId && person.householdId !== '') {
      holders.add(person.householdId);
    }
    if (fee.holderKind === 'household' && person.householdId === fee.holderId) holders.add(person.id);
  }
  return holders;
}

/**
 * The fees of the same season, not cancelled, that already cover someone `candidate` would
 * cover (`holders`, from `holdersCoveringAlike`), whatever their tariff: a personal « Adulte »
 * taken for someone whose household paid « Famille », or a « Famille » after a member's own.
 * Not a rule of the data — a family may join after one of its members paid — but often the same
 * person charged twice: the form asks, as for a second fee of the same tariff. A fee that opens a
 * tax receipt (a tariff without counterpart: « Membre bienfaiteur ») is support on top of the
 * fee, not a second one: neither asked about nor asked for. A correction asks only when it moves
 * the fee onto another holder or season.
 */
export function coveringCotisations<M extends Covering>(
  candidate: Pick<Covering, 'holderId' | 'seasonId' | 'taxReceiptAllowed'>,
  holders: ReadonlySet<string>,
  memberships: Iterable<M>,
  corrected?: Pick<Comparable, 'id' | 'holderId' | 'seasonId'>,
): M[] {
  if (candidate.taxReceiptAllowed) return [];
  if (corrected && corrected.holderId === candidate.holderId && corrected.seasonId === candidate.seasonId) {
    return [];
  }
  const covering: M[] = [];
  for (const membership of memberships) {
    if (membership.id === corrected?.id || membership.cancelledOn !== '') continue;
    if (membership.taxReceiptAllowed || membership.seasonId !== candidate.seasonId) continue;
    if (holders.has(membership.holderId)) covering.push(membership);
  }
  return covering;
}

/**
 * 0 € is a forgotten amount, unless the tariff itself is free (0 in Paramètres → Saisons et
 * tarifs: honorary members, volunteers). Any other amount is the secretary's call (a reduced
 * fee, a gift on top).
 */
export function zeroAmountError(
  cents: number,
  tariff: { readonly amount: number },
): 'errors.members.amountZeroNotFree' | null {
  return cents === 0 && tariff.amount !== 0 ? 'errors.members.amountZeroNotFree' : null;
}

/** A cancellation: the day, and why (a bounced cheque, a refund), which the history keeps. */
export const membershipCancellationSchema = z
  .object({
    on: isoDate,
    reason: requiredText(200, 'errors.members.cancelReasonRequired'),
  })
  .strict();
export type MembershipCancellation = z.input<typeof membershipCancellationSchema>;

/**
 * The tariffs a fee may be taken or corrected with: the season's, archived ones aside — except
 * the one the corrected fee already has, which stays offered even if archived or since removed
 * from the settings (then rebuilt from what the fee recorded).
 */
export function tariffsOffered(
  season: Pick<Season, 'id' | 'tariffs'> | undefined,
  kept?: Pick<
    MembershipDocument,
    'seasonId' | 'tariffId' | 'tariffLabel' | 'taxReceiptAllowed' | 'holderKind' | 'amount'
  >,
): Tariff[] {
  const tariffs = season?.tariffs ?? [];
  const offered = tariffs.filter((tariff) => !tariff.archived || tariff.id === kept?.tariffId);
  if (!kept || !season || kept.seasonId !== season.id || offered.some((t) => t.id === kept.tariffId)) {
    return offered;
  }
  return [
    ...offered,
    {
      id: kept.tariffId,
      label: kept.tariffLabel,
      amount: kept.amount,
      scope: kept.holderKind === 'household' ? 'household' : 'individual',
      givesCounterpart: !kept.taxReceiptAllowed,
      taxReceiptAllowed: kept.taxReceiptAllowed,
      archived: true,
    },
  ];
}
