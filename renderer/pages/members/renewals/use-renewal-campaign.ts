import { useMemo, useState } from 'react';
import type { MembershipDocument } from '@shared/members/membership';
import { defaultRenewalSeasons } from '@shared/members/renewal';
import type { Season, Tariff } from '@shared/members/season';
import { matchingTariff } from '@shared/members/season';
import { renewalsDue } from '@shared/members/status';
import { useDirectory } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';

export interface SeasonChoice {
  id: string | null;
  pick: (id: string | null) => void;
}

export interface RenewalCampaign {
  seasons: Season[];
  /** The season renewed from (last season's members), and the one renewed into. */
  from: SeasonChoice;
  to: SeasonChoice;
  newSeason: Season | undefined;
  /** Last season's memberships not renewed yet. */
  due: MembershipDocument[];
  /** The tariff a membership renews with in the new season, if it still has one. */
  newTariff: (membership: MembershipDocument) => Tariff | undefined;
}

/** Who is due for renewal between two seasons, by default last season and this one. */
export function useRenewalCampaign(): RenewalCampaign {
  const directory = useDirectory();
  const seasons = useSeasons();
  // Seasons load after the first render: until someone picks them, follow the default ones.
  const defaults = defaultRenewalSeasons(seasons, localToday(new Date()));
  const [pickedFromId, setFromId] = useState<string | null>(null);
  const [pickedToId, setToId] = useState<string | null>(null);
  const from = seasons.find((s) => s.id === (pickedFromId ?? defaults.fromId));
  const to = seasons.find((s) => s.id === (pickedToId ?? defaults.toId));

  const due = useMemo(() => {
    if (!from || !to) return [];
    return renewalsDue([...directory.people.values()], [...directory.memberships.values()], from.id, to.id);
  }, [directory, from, to]);

  return {
    seasons,
    from: { id: pickedFromId ?? defaults.fromId, pick: setFromId },
    to: { id: pickedToId ?? defaults.toId, pick: setToId },
    newSeason: to,
    due,
    newTariff: (membership) =>
      to ? matchingTariff({ id: membership.tariffId, label: membership.tariffLabel }, to) : undefined,
  };
}
