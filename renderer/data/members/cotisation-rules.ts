import { z } from 'zod';
import type { MembershipDocument } from '@shared/members/membership';
import { cotisationsToConfirm, zeroAmountError } from '@shared/members/membership-correction';
import type { Tariff } from '@shared/members/season';
import type { TilleulDatabase } from '@renderer/data/database';
import { readSetting } from '@renderer/data/settings/read';
import type { SeasonId, TariffId } from '@shared/ids';

/** Finds a season's tariff as this device's settings hold it now; `undefined` when unknown. */
export type TariffLookup = (seasonId: SeasonId, tariffId: TariffId) => Tariff | undefined;

/** The seasons' tariffs, read once before a write (an RxDB modifier cannot wait for a read). */
export async function loadTariffs(db: TilleulDatabase): Promise<TariffLookup> {
  const stored = await db.settings.findOne('seasons').exec();
  const read = readSetting('seasons', stored ? stored.toJSON() : null);
  const seasons = read.state === 'ok' ? read.value.seasons : [];
  return (seasonId, tariffId) =>
    seasons.find((season) => season.id === seasonId)?.tariffs.find((tariff) => tariff.id === tariffId);
}

/**
 * The form's rule, kept by every write whoever calls it (form, renewals, a future import):
 * 0 € is refused unless the tariff is free. A `ZodError` on `amount`, shown under the field.
 * A tariff this device does not know (settings not synced yet) is not a reason to refuse.
 */
export function refuseForgottenAmount(
  membership: { readonly amount: number; readonly seasonId: SeasonId; readonly tariffId: TariffId },
  tariffOf: TariffLookup,
): void {
  const tariff = tariffOf(membership.seasonId, membership.tariffId);
  const key = tariff ? zeroAmountError(membership.amount, tariff) : null;
  if (key) {
    throw new z.ZodError([{ code: 'custom', path: ['amount'], message: key, input: membership.amount }]);
  }
}

/**
 * A second cotisation for the same holder, season and tariff: written only once the secretary
 * has said so (`repeatConfirmed`), whoever writes. `same` are the cotisations it would repeat.
 */
export class CotisationRepeatedError extends Error {
  constructor(readonly same: readonly MembershipDocument[]) {
    super('MEMBERSHIP_REPEATED');
    this.name = 'CotisationRepeatedError';
  }
}

/** Throws `CotisationRepeatedError` when `membership` repeats a cotisation not cancelled. */
export async function refuseUnconfirmedRepeat(
  db: TilleulDatabase,
  membership: Pick<MembershipDocument, 'holderId' | 'seasonId' | 'tariffId'>,
  corrected?: Pick<MembershipDocument, 'id' | 'holderId' | 'seasonId' | 'tariffId'>,
): Promise<void> {
  const { holderId, seasonId, tariffId } = membership;
  const stored = await db.memberships.find({ selector: { holderId, seasonId, tariffId } }).exec();
  const same = cotisationsToConfirm(
    membership,
    stored.map((doc) => doc.toJSON() as MembershipDocument),
    corrected,
  );
  if (same.length > 0) throw new CotisationRepeatedError(same);
}
