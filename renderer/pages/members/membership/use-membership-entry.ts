import { useState } from 'react';
import { formatMoney } from '@shared/format/intl';
import type { MembershipEntry } from '@shared/members/membership-entry';
import type { PaymentMethod } from '@shared/members/membership';
import type { Season, Tariff } from '@shared/members/season';
import { toCents } from '@shared/money/cents';
import { useCurrentSeason } from '@renderer/data/members/read';
import { useSeasons } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { localToday } from '@shared/dates/parse-date';

export interface MembershipEntryState {
  entry: MembershipEntry;
  seasons: Season[];
  seasonId: string | null;
  /** The season's tariffs still offered. */
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
  /** Ready for the next fee: same season, method and date, the rest empty. */
  clear: () => void;
}

/** What the membership form holds while a fee is typed. */
export function useMembershipEntry(): MembershipEntryState {
  const { language } = useLanguage();
  const seasons = useSeasons();
  const current = useCurrentSeason();
  // Seasons load after the first render: until someone picks one, follow the current season.
  const [pickedSeasonId, setSeasonId] = useState<string | null>(null);
  const seasonId = pickedSeasonId ?? current?.id ?? null;
  const season = seasons.find((s) => s.id === seasonId);
  const tariffs = (season?.tariffs ?? []).filter((tariff) => !tariff.archived);
  const [tariffId, setTariffId] = useState<string | null>(null);
  const tariff = tariffs.find((candidate) => candidate.id === tariffId);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [chequeNumber, setChequeNumber] = useState('');
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(localToday(new Date()));

  return {
    entry: { season, tariff, amount, method, chequeNumber, reference, paidOn },
    seasons,
    seasonId,
    tariffs,
    tariffId,
    pickSeason: (id) => {
      setSeasonId(id);
      setTariffId(null);
    },
    pickTariff: (id) => {
      setTariffId(id);
      const chosen = tariffs.find((candidate) => candidate.id === id);
      if (chosen) setAmount(formatMoney(toCents(chosen.amount), localeOf(language)));
    },
    setAmount,
    setMethod,
    setChequeNumber,
    setReference,
    setPaidOn,
    clear: () => {
      setTariffId(null);
      setAmount('');
      setChequeNumber('');
      setReference('');
    },
  };
}
