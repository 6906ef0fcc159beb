import { z } from 'zod';
import { isoDate } from '@shared/schema/common';
import { centsSchema, referenceTo, requiredText } from '@shared/members/fields';
import type { SeasonId, TariffId } from '@shared/ids';

/**
 * Seasons and their tariffs, stored as one setting (key `seasons`): tariffs belong to a season
 * because prices change every year, and last year's prices stay readable.
 */

/**
 * A fee opens a tax receipt (reçu fiscal, art. 200 CGI) only when it gives no counterpart: no
 * access to activities, no magazine, no gift of real value. A "membre bienfaiteur" fee that
 * only supports the association qualifies; an ordinary fee that gives access to the club does
 * not. This key holds that rule in words: the form shows it as help and as the error.
 */
export const TAX_RECEIPT_RULE_KEY = 'errors.members.taxReceiptRule';

export const TARIFF_SCOPES = ['individual', 'household'] as const;
export type TariffScope = (typeof TARIFF_SCOPES)[number];

export const tariffSchema = z
  .object({
    id: referenceTo<TariffId>(),
    label: requiredText(80, 'errors.members.tariffLabelRequired'),
    amount: centsSchema,
    /** `household` = tarif famille: one fee for the household covers each of its members. */
    scope: z.enum(TARIFF_SCOPES).default('individual'),
    /** Access to activities, a magazine, insurance, a gift… */
    givesCounterpart: z.boolean().default(true),
    taxReceiptAllowed: z.boolean().default(false),
    /** Hidden when taking new fees, kept for the memberships that use it. */
    archived: z.boolean().default(false),
  })
  .strict()
  .superRefine((tariff, ctx) => {
    if (tariff.taxReceiptAllowed && tariff.givesCounterpart) {
      ctx.addIssue({ code: 'custom', path: ['taxReceiptAllowed'], message: TAX_RECEIPT_RULE_KEY });
    }
  });
export type Tariff = z.output<typeof tariffSchema>;
export type TariffInput = z.input<typeof tariffSchema>;

/** The rule itself, for callers that hold a tariff-like object rather than a parsed one. */
export function mayIssueTaxReceipt(tariff: Pick<Tariff, 'givesCounterpart'>): boolean {
  return !tariff.givesCounterpart;
}

export const seasonSchema = z
  .object({
    id: referenceTo<SeasonId>(),
    /** e.g. « 2025-2026 » or « 2026 ». */
    label: requiredText(40, 'errors.members.seasonLabelRequired'),
    startsOn: isoDate,
    /** Inclusive: a 1 Sept–31 Aug season ends on `…-08-31`. */
    endsOn: isoDate,
    tariffs: z.array(tariffSchema).max(50).default([]),
  })
  .strict()
  .superRefine((season, ctx) => {
    if (season.endsOn < season.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'errors.members.seasonEndsBeforeStart' });
    }
    const ids = new Set<string>();
    const labels = new Set<string>();
    season.tariffs.forEach((tariff, index) => {
      if (ids.has(tariff.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tariffs', index, 'id'],
          message: 'errors.members.tariffDuplicate',
        });
      }
      const label = tariff.label.toLocaleLowerCase('fr');
      if (labels.has(label)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tariffs', index, 'label'],
          message: 'errors.members.tariffDuplicate',
        });
      }
      ids.add(tariff.id);
      labels.add(label);
    });
  });
export type Season = z.output<typeof seasonSchema>;
export type SeasonInput = z.input<typeof seasonSchema>;

/** Setting value for the key `seasons`. Seasons never overlap: a date belongs to one season. */
export const seasonsSettingSchema = z
  .object({ seasons: z.array(seasonSchema).max(200).default([]) })
  .strict()
  .superRefine((setting, ctx) => {
    const sorted = setting.seasons
      .map((season, index) => ({ season, index }))
      .sort((a, b) => (a.season.startsOn < b.season.startsOn ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous && current && current.season.startsOn <= previous.season.endsOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['seasons', current.index, 'startsOn'],
          message: 'errors.members.seasonOverlap',
        });
      }
    }
    const ids = new Set<string>();
    setting.seasons.forEach((season, index) => {
      if (ids.has(season.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['seasons', index, 'id'],
          message: 'errors.members.seasonDuplicate',
        });
      }
      ids.add(season.id);
    });
  });
export type SeasonsSetting = z.output<typeof seasonsSettingSchema>;

/** Adds whole days to a `YYYY-MM-DD` date (UTC arithmetic: no time-zone or DST surprise). */
export function addDays(date: string, days: number): string {
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Dates of the season that follows `previous`, for "Nouvelle saison": it starts the day after
 * and lasts one year (1 Sept–31 Aug stays so, a calendar year stays a calendar year, even after
 * a longer first season).
 */
export function nextSeasonDates(previous: Pick<Season, 'startsOn' | 'endsOn'>): {
  startsOn: string;
  endsOn: string;
  label: string;
} {
  const shiftYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  const startsOn = addDays(previous.endsOn, 1);
  // A season lasts one year from its start; a start on 29 Feb has no anniversary, use 1 March.
  const shifted = shiftYear(startsOn);
  const anniversary = isoDate.safeParse(shifted).success
    ? shifted
    : addDays(shiftYear(addDays(startsOn, -1)), 1);
  const endsOn = addDays(anniversary, -1);
  const startYear = startsOn.slice(0, 4);
  const endYear = endsOn.slice(0, 4);
  return { startsOn, endsOn, label: startYear === endYear ? startYear : `${startYear}-${endYear}` };
}

/** The season containing `on`, if any. */
/** The season containing `today` for a 1 Sept–31 Aug association: the usual first season. */
export function usualSeasonDates(today: string): { label: string; startsOn: string; endsOn: string } {
  const year = Number(today.slice(0, 4));
  const start = today.slice(5) >= '09-01' ? year : year - 1;
  return { label: `${start}-${start + 1}`, startsOn: `${start}-09-01`, endsOn: `${start + 1}-08-31` };
}

export function seasonOn(seasons: readonly Season[], on: string): Season | undefined {
  return seasons.find((season) => season.startsOn <= on && on <= season.endsOn);
}

/** Seasons oldest first. */
export function sortSeasons<T extends Pick<Season, 'startsOn'>>(seasons: readonly T[]): T[] {
  return [...seasons].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}

/**
 * The tariff of `target` matching `tariff` of an earlier season, for a renewal "with the same
 * tariff": same id if the season was copied, else the same label (case-insensitive).
 */
export function matchingTariff(
  tariff: Pick<Tariff, 'id' | 'label'>,
  target: Pick<Season, 'tariffs'>,
): Tariff | undefined {
  const active = target.tariffs.filter((candidate) => !candidate.archived);
  return (
    active.find((candidate) => candidate.id === tariff.id) ??
    active.find(
      (candidate) => candidate.label.toLocaleLowerCase('fr') === tariff.label.toLocaleLowerCase('fr'),
    )
  );
}
