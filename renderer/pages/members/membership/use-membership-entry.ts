import { useState } from 'react';
import type { DateErrorKey } from '@shared/dates/parse-date';
import { localToday } from '@shared/dates/parse-date';
import { formatMoney } from '@shared/format/intl';
import type { MembershipDocument, PaymentMethod } from '@shared/members/membership';
import { tariffsOffered } from '@shared/members/membership-correction';
import type { MembershipEntry } from '@shared/members/membership-entry';
import type { Season, Tariff } from '@shared/members/season';
import { toCents } from '@shared/money/cents';
import { useCurrentSeason } from '@renderer/data/members/read';
import { useSeasons } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** What the form holds, as typed; `seasonId` null follows the current season (they load late). */
export type EntryValues = {
  seasonId: string | null;
  tariffId: string | null;
  amount: string;
  method: PaymentMethod | null;
  chequeNumber: string;
  reference: string;
  paidOn: string;
};

export interface MembershipEntryState {
  entry: MembershipEntry;
  seasons: Season[];
  seasonId: string | null;
  /** The season's tariffs still offered (and a corrected fee's own). */
  tariffs: Tariff[];
  tariffId: string | null;
  pickSeason: (id: string | null) => void;
  /** Picks a tariff and types its price in the amount, which stays editable. */
  pickTariff: (id: string | null) => void;
  setAmount: (amount: string) => void;
  setMethod: (method: PaymentMethod | null) => void;
  setChequeNumber: (chequeNumber: string) => void;
  setReference: (reference: string) => void;
  setPaidOn: (paidOn: string) => void;
  /** The « Payé le » text cannot be read as a date: saving waits until it can. */
  dateError: DateErrorKey | null;
  setDateError: (error: DateErrorKey | null) => void;
  /** Something was typed or picked since the form opened or was last saved. */
  dirty: boolean;
  /** Back to what the form opened with (or was left with after the last save). */
  discard: () => void;
  /** Changes at each discard: a key that starts the fields afresh (a date's typed text too). */
  resetKey: number;
  /** Ready for the next fee: same season, method and date, the rest empty. */
  clear: () => void;
  /** What is typed, and what the form opened with: a draft keeps the one, laid over the other. */
  values: EntryValues;
  baseline: EntryValues;
  /** Puts back what was typed before a lock (a draft): the fields start afresh with it. */
  restore: (values: EntryValues) => void;
}

function startingValues(initial: MembershipDocument | undefined, locale: string): EntryValues {
  if (!initial) {
    const none = {
      seasonId: null,
      tariffId: null,
      amount: '',
      method: null,
      chequeNumber: '',
      reference: '',
    };
    return { ...none, paidOn: localToday(new Date()) };
  }
  return {
    seasonId: initial.seasonId,
    tariffId: initial.tariffId,
    amount: formatMoney(toCents(initial.amount), locale),
    method: initial.paymentMethod,
    chequeNumber: initial.chequeNumber,
    reference: initial.paymentReference,
    paidOn: initial.paidOn,
  };
}

const sameValues = (a: EntryValues, b: EntryValues) =>
  (Object.keys(a) as (keyof EntryValues)[]).every((key) => a[key] === b[key]);

/** What the membership form holds while a fee is typed, or a recorded one (`initial`) corrected. */
export function useMembershipEntry(initial?: MembershipDocument): MembershipEntryState {
  const { language } = useLanguage();
  const locale = localeOf(language);
  const seasons = useSeasons();
  const current = useCurrentSeason();
  const [baseline, setBaseline] = useState(() => startingValues(initial, locale));
  const [values, setValues] = useState(baseline);
  const [dateError, setDateError] = useState<DateErrorKey | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const seasonId = values.seasonId ?? current?.id ?? null;
  const season = seasons.find((s) => s.id === seasonId);
  const tariffs = tariffsOffered(season, initial);
  const tariff = tariffs.find((candidate) => candidate.id === values.tariffId);
  const set = (change: Partial<EntryValues>) => setValues((previous) => ({ ...previous, ...change }));
  const { amount, method, chequeNumber, reference, paidOn } = values;

  return {
    entry: { season, tariff, amount, method, chequeNumber, reference, paidOn },
    seasons,
    seasonId,
    tariffs,
    tariffId: values.tariffId,
    pickSeason: (id) => set({ seasonId: id, tariffId: null }),
    pickTariff: (id) => {
      const chosen = tariffs.find((candidate) => candidate.id === id);
      set(chosen ? { tariffId: id, amount: formatMoney(toCents(chosen.amount), locale) } : { tariffId: id });
    },
    setAmount: (next) => set({ amount: next }),
    setMethod: (next) => set({ method: next }),
    setChequeNumber: (next) => set({ chequeNumber: next }),
    setReference: (next) => set({ reference: next }),
    setPaidOn: (next) => set({ paidOn: next }),
    dateError,
    setDateError,
    dirty: !sameValues(values, baseline) || dateError !== null,
    discard: () => {
      setValues(baseline);
      setDateError(null);
      setResetKey((key) => key + 1);
    },
    resetKey,
    clear: () => {
      const next = { ...values, tariffId: null, amount: '', chequeNumber: '', reference: '' };
      setBaseline(next);
      setValues(next);
    },
    values,
    baseline,
    restore: (restored) => {
      setValues(restored);
      setResetKey((key) => key + 1);
    },
  };
}
