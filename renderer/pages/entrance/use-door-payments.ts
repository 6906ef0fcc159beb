import { useTranslation } from 'react-i18next';
import type { DoorPayment } from '@shared/events/door-payment';
import { entryPrice } from '@shared/events/event';
import { currentOrLatestSeason } from '@shared/members/current-season';
import type { DirectoryPerson } from '@shared/search/snapshot';
import type { Tariff } from '@shared/members/season';
import type { MembershipStatus } from '@shared/members/status';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { admitWithMembership, checkIn } from '@renderer/data/events/write';
import { CotisationRepeatedError } from '@renderer/data/members/cotisation-rules';
import { useSeasons } from '@renderer/data/settings/read';
import type { DoorTarget } from '@renderer/pages/entrance/use-entrance';

/** What the door must settle before letting someone in, or nothing: one tap then. */
export interface DoorAsk {
  person: DirectoryPerson;
  status: MembershipStatus;
  /** A members-only event and this person is not à jour. */
  membersOnly: boolean;
  /** The entry price for this person (member or not), in cents; 0 when free. */
  price: number;
}

/**
 * Money at the door: the entry fee at the person's price (members à jour pay the members'
 * price), a cotisation taken there (the season of the event, its tariffs for one person), and
 * the explicit override of a members-only event. Each write validates its payment and lets the
 * person in; the door's notices and recent entries follow (`target.admitted`).
 */
export function useDoorPayments(target: DoorTarget) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const { event } = target;
  const season = currentOrLatestSeason(useSeasons(), event.startsOn);
  const tariffs = (season?.tariffs ?? []).filter(
    (tariff) => !tariff.archived && tariff.scope === 'individual',
  );
  const { where } = target;

  /** What to ask before letting `person` in; `undefined`: let in at once. */
  const ask = (person: DirectoryPerson, status: MembershipStatus): DoorAsk | undefined => {
    const upToDate = status === 'a-jour';
    const membersOnly = event.membersOnly && !upToDate;
    const price = entryPrice(event, upToDate);
    return membersOnly || price > 0 ? { person, status, membersOnly, price } : undefined;
  };

  /** Each write resolves to whether it was made (a refusal is said in a notice). */
  const pay = async (person: DirectoryPerson, payment: DoorPayment | undefined) => {
    const outcome = await run(() => checkIn(db, context, where(person), payment));
    target.admitted(person, outcome);
    return outcome !== undefined;
  };

  const override = async (person: DirectoryPerson) => {
    const write = () => checkIn(db, context, where(person), undefined, { membersOnlyOverride: true });
    const outcome = await run(write);
    target.admitted(person, outcome);
    return outcome !== undefined;
  };

  const join = async (person: DirectoryPerson, tariff: Tariff, payment: DoorPayment) => {
    if (!season) return false;
    // A new member pays the members' price; by the same means, as one payment would.
    const entry = event.memberPrice > 0 ? { ...payment, amount: event.memberPrice } : undefined;
    const done = await run(
      () => admitWithMembership(db, context, where(person), { season, tariff, payment }, entry),
      {
        failure: (message, error) =>
          error instanceof CotisationRepeatedError ? t('entrance.pay.repeated') : message,
      },
    );
    target.admitted(person, done?.outcome);
    return done !== undefined;
  };

  return { ask, pay, override, join, season, tariffs, busy };
}
