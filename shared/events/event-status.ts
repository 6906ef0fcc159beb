import type { EventDocument } from '@shared/events/event';
import type { MembershipStatus, StatusMembership, StatusPerson, StatusSeason } from '@shared/members/status';
import { createStatusResolver } from '@shared/members/status';

/**
 * Which season « à jour » means at an event: the one covering the event's date, not today's. A
 * loto of September, prepared in June, lets in as « à jour » only those who paid for the new
 * season; the sheet of last year's AG, printed today, still says who was à jour then. The event's
 * `seasonId` is not read for it: set by the demo and imports only, it can disagree with the
 * dates, and the seasons' dates are what decide every other status.
 */
export function statusDateOf(event: Pick<EventDocument, 'startsOn'>): string {
  return event.startsOn;
}

/** The membership status of anyone at `event`, as the entrance and the sheet show it. */
export function eventStatusResolver(
  memberships: Iterable<StatusMembership>,
  seasons: readonly StatusSeason[],
  event: Pick<EventDocument, 'startsOn'>,
): (person: StatusPerson) => MembershipStatus {
  return createStatusResolver(memberships, seasons, statusDateOf(event));
}
