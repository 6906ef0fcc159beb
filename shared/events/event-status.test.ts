import { describe, expect, it } from 'vitest';
import { eventStatusResolver } from '@shared/events/event-status';
import { personId, seasonId } from '@shared/testing/ids';

const seasons = [
  { id: seasonId('s-2025'), startsOn: '2025-09-01', endsOn: '2026-08-31' },
  { id: seasonId('s-2026'), startsOn: '2026-09-01', endsOn: '2027-08-31' },
];
const paid = (holder: string, season: string) => ({
  holderKind: 'person' as const,
  holderId: personId(holder),
  seasonId: seasonId(season),
  cancelledOn: '',
});
const claire = { id: personId('claire'), householdId: '' as const };
const paul = { id: personId('paul'), householdId: '' as const };
const memberships = [paid('claire', 's-2025'), paid('paul', 's-2025'), paid('paul', 's-2026')];

describe('the status at an event', () => {
  it('is that of the season covering the event’s date, whatever today is', () => {
    const september = eventStatusResolver(memberships, seasons, { startsOn: '2026-09-12' });
    // À jour last season, not this one: to renew, at an event of the new season.
    expect(september(claire)).toBe('a-renouveler');
    expect(september(paul)).toBe('a-jour');
    // The same people at an event of last season: both à jour then.
    const june = eventStatusResolver(memberships, seasons, { startsOn: '2026-06-20' });
    expect(june(claire)).toBe('a-jour');
    expect(june(paul)).toBe('a-jour');
    // Before the seasons they paid for: already paid for a later one counts as à jour (status.ts).
    expect(eventStatusResolver(memberships, seasons, { startsOn: '2025-06-01' })(claire)).toBe('a-jour');
  });
});
