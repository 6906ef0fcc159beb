import type { AttendanceDocument } from '@shared/events/attendance';
import type { AssemblyRules, VoterRule } from '@shared/events/event';
import type { MembershipStatus } from '@shared/members/status';
import type { PersonId } from '@shared/ids';

/**
 * General assembly (AG) arithmetic: who may vote, how many must be there, who counts. Pure, so
 * the event page, the entrance and the AG sheet all show the same figures.
 */

/**
 * Whether a person with this status at the AG's date may vote. « Tous les membres » means the
 * association's members of the current or the previous season (à jour or still to renew), not
 * former members nor contacts who never joined.
 */
export function mayVote(rule: VoterRule, status: MembershipStatus): boolean {
  if (rule === 'members-up-to-date') return status === 'a-jour';
  return status === 'a-jour' || status === 'a-renouveler';
}

/**
 * Voters who must be present or represented: `percent` of `voters`, rounded up (statutes
 * asking for a quarter of 10 voters need 3, never 2.5 nor 2). 0 % needs nobody.
 */
export function quorumRequired(voters: number, percent: number): number {
  // Integer arithmetic: 7 × 33 / 100 in floating point could land a hair above an integer.
  return Math.floor((voters * percent + 99) / 100);
}

export interface QuorumFigures {
  /** People who may vote at this AG. */
  voters: number;
  /** Voters checked in. */
  present: number;
  /** Absent voters whose proxy is held by a present voter (within the holder's limit). */
  represented: number;
  /** Present voters plus represented ones: one voice each. */
  votes: number;
  /** Present people who may not vote (guests, members not à jour). */
  guests: number;
  required: number;
  reached: boolean;
  /** How many more voters, present or represented, the quorum still needs (0 once reached). */
  missing: number;
  /** Proxies each present holder actually carries, by holder id. */
  proxiesByHolder: ReadonlyMap<string, number>;
}

type Record = Pick<AttendanceDocument, 'personId' | 'present' | 'proxyHolderId'>;

/**
 * The live figures of an AG from its attendance records. A proxy counts only while its holder is
 * present and may vote, and its giver is absent: a holder who leaves takes their proxies with
 * them; a giver who comes votes in person. A holder never carries more than the AG's limit, even
 * if two devices recorded more offline (the extra ones, latest giver ids first, do not count).
 */
export function quorumFigures(
  records: readonly Record[],
  isVoter: (personId: PersonId) => boolean,
  voterCount: number,
  rules: Pick<AssemblyRules, 'quorumPercent' | 'maxProxiesPerMember'>,
): QuorumFigures {
  const present = new Set(records.filter((record) => record.present).map((record) => record.personId));
  let presentVoters = 0;
  let guests = 0;
  for (const personId of present) {
    if (isVoter(personId)) presentVoters += 1;
    else guests += 1;
  }
  const givers = records
    .filter(
      (record) =>
        record.proxyHolderId !== '' &&
        !present.has(record.personId) &&
        isVoter(record.personId) &&
        present.has(record.proxyHolderId) &&
        isVoter(record.proxyHolderId),
    )
    .sort((a, b) => (a.personId < b.personId ? -1 : 1));
  const proxiesByHolder = new Map<string, number>();
  let represented = 0;
  for (const giver of givers) {
    const held = proxiesByHolder.get(giver.proxyHolderId) ?? 0;
    if (held >= rules.maxProxiesPerMember) continue;
    proxiesByHolder.set(giver.proxyHolderId, held + 1);
    represented += 1;
  }
  const required = quorumRequired(voterCount, rules.quorumPercent);
  const votes = presentVoters + represented;
  return {
    voters: voterCount,
    present: presentVoters,
    represented,
    votes,
    guests,
    required,
    reached: votes >= required,
    missing: Math.max(0, required - votes),
    proxiesByHolder,
  };
}
