import { describe, expect, it } from 'vitest';
import {
  matchingTariff,
  mayIssueTaxReceipt,
  nextSeasonDates,
  seasonOn,
  seasonSchema,
  seasonsSettingSchema,
  tariffSchema,
  TAX_RECEIPT_RULE_KEY,
  usualSeasonDates,
} from '@shared/members/season';
import { tariffId } from '@shared/testing/ids';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const season = (id: string, startsOn: string, endsOn: string) => ({ id, label: id, startsOn, endsOn });

describe('tariffs', () => {
  it('allows a tax receipt only for a fee without counterpart, and says why otherwise', () => {
    const supporter = tariffSchema.parse({
      id: tariffId('bienfaiteur'),
      label: 'Bienfaiteur',
      amount: 6000,
      givesCounterpart: false,
      taxReceiptAllowed: true,
    });
    expect(mayIssueTaxReceipt(supporter)).toBe(true);
    const adult = { id: tariffId('adulte'), label: 'Adulte', amount: 2000, taxReceiptAllowed: true };
    expect(messages(tariffSchema.safeParse(adult))).toEqual([TAX_RECEIPT_RULE_KEY]);
    expect(tariffSchema.parse({ ...adult, taxReceiptAllowed: false })).toMatchObject({
      scope: 'individual',
      givesCounterpart: true,
    });
  });

  it('refuses a negative or fractional amount and duplicate tariffs in a season', () => {
    expect(messages(tariffSchema.safeParse({ id: tariffId('t'), label: 'T', amount: -1 }))).toContain(
      'errors.members.amountNegative',
    );
    expect(messages(tariffSchema.safeParse({ id: tariffId('t'), label: 'T', amount: 15.5 }))).toContain(
      'errors.members.amountInvalid',
    );
    const tariffs = [
      { id: tariffId('a'), label: 'Adulte', amount: 2000 },
      { id: tariffId('b'), label: 'adulte', amount: 2500 },
    ];
    expect(
      messages(seasonSchema.safeParse({ ...season('s', '2025-09-01', '2026-08-31'), tariffs })),
    ).toContain('errors.members.tariffDuplicate');
  });
});

describe('seasons', () => {
  it('accepts school-year and calendar-year seasons back to back', () => {
    const parsed = seasonsSettingSchema.parse({
      seasons: [
        season('s2024', '2024-09-01', '2025-08-31'),
        season('s2025', '2025-09-01', '2025-12-31'),
        season('s2026', '2026-01-01', '2026-12-31'),
      ],
    });
    expect(seasonOn(parsed.seasons, '2025-08-31')?.id).toBe('s2024');
    expect(seasonOn(parsed.seasons, '2025-09-01')?.id).toBe('s2025');
    expect(seasonOn(parsed.seasons, '2027-01-01')).toBeUndefined();
  });

  it('refuses inverted dates, impossible dates, overlaps and duplicate ids', () => {
    expect(messages(seasonSchema.safeParse(season('s', '2026-08-31', '2025-09-01')))).toContain(
      'errors.members.seasonEndsBeforeStart',
    );
    expect(messages(seasonSchema.safeParse(season('s', '2025-09-01', '2026-02-31')))).toContain(
      'errors.common.isoDate',
    );
    expect(
      messages(
        seasonsSettingSchema.safeParse({
          seasons: [season('b', '2025-09-01', '2026-08-31'), season('a', '2025-01-01', '2025-09-01')],
        }),
      ),
    ).toContain('errors.members.seasonOverlap');
    expect(
      messages(
        seasonsSettingSchema.safeParse({
          seasons: [season('a', '2024-09-01', '2025-08-31'), season('a', '2025-09-01', '2026-08-31')],
        }),
      ),
    ).toContain('errors.members.seasonDuplicate');
  });

  it('proposes the next season: the day after, for one year', () => {
    expect(nextSeasonDates({ startsOn: '2025-09-01', endsOn: '2026-08-31' })).toEqual({
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
      label: '2026-2027',
    });
    expect(nextSeasonDates({ startsOn: '2026-01-01', endsOn: '2026-12-31' })).toEqual({
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      label: '2027',
    });
    expect(nextSeasonDates({ startsOn: '2023-03-01', endsOn: '2024-02-28' }).endsOn).toBe('2025-02-28');
    expect(nextSeasonDates({ startsOn: '2022-03-01', endsOn: '2023-02-28' }).endsOn).toBe('2024-02-29');
  });

  it('finds the same tariff in the next season, by id or by label', () => {
    const target = seasonSchema.parse({
      ...season('s2026', '2026-09-01', '2027-08-31'),
      tariffs: [
        { id: tariffId('new-adulte'), label: 'ADULTE', amount: 2200 },
        { id: tariffId('old'), label: 'Ancien', amount: 0, archived: true },
      ],
    });
    expect(matchingTariff({ id: tariffId('x'), label: 'Adulte' }, target)?.id).toBe('new-adulte');
    expect(matchingTariff({ id: tariffId('old'), label: 'Ancien' }, target)).toBeUndefined();
  });
});

describe('usualSeasonDates', () => {
  it('gives the 1 September – 31 August season containing the date', () => {
    expect(usualSeasonDates('2026-12-01')).toEqual({
      label: '2026-2027',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
    });
    expect(usualSeasonDates('2027-08-31').label).toBe('2026-2027');
    expect(usualSeasonDates('2027-09-01').label).toBe('2027-2028');
  });
});
