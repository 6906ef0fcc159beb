import type { AttendanceDocument } from '@shared/events/attendance';
import type { PersonId } from '@shared/ids';

/**
 * Proxies (pouvoirs) at a general assembly: an absent voter gives their vote to a voter who will
 * be there. Stored on the giver's attendance record (`proxyHolderId`), one holder at most.
 */

export const PROXY_REFUSALS = [
  /** Nobody holds their own proxy. */
  'self',
  /** The giver may not vote at this AG: there is nothing to give. */
  'giver-not-voter',
  /** The holder may not vote: a proxy goes to a voter. */
  'holder-not-voter',
  /** The giver is present: they vote in person. */
  'giver-present',
  /** The holder already carries the AG's maximum. */
  'limit',
  /** The holder has given their own proxy: no chains (A → B → C). */
  'holder-gave',
  /** The giver holds proxies of others: they would pass them on, a chain again. */
  'giver-holds',
] as const;
export type ProxyRefusal = (typeof PROXY_REFUSALS)[number];

export interface ProxyRequest {
  giverId: PersonId;
  holderId: PersonId;
}

type Record = Pick<AttendanceDocument, 'personId' | 'present' | 'proxyHolderId'>;

/**
 * Why this proxy cannot be recorded, or `undefined` when it can. `records` are the AG's
 * attendance records as they stand; a proxy the giver already gave to someone else is replaced,
 * so it does not count against the new holder's limit.
 */
export function proxyRefusal(
  request: ProxyRequest,
  records: readonly Record[],
  isVoter: (personId: PersonId) => boolean,
  maxPerHolder: number,
): ProxyRefusal | undefined {
  const { giverId, holderId } = request;
  if (giverId === holderId) return 'self';
  if (!isVoter(giverId)) return 'giver-not-voter';
  if (!isVoter(holderId)) return 'holder-not-voter';
  const byPerson = new Map(records.map((record) => [record.personId, record]));
  if (byPerson.get(giverId)?.present === true) return 'giver-present';
  if ((byPerson.get(holderId)?.proxyHolderId ?? '') !== '') return 'holder-gave';
  if (records.some((record) => record.proxyHolderId === giverId)) return 'giver-holds';
  const held = records.filter(
    (record) => record.proxyHolderId === holderId && record.personId !== giverId,
  ).length;
  if (held >= maxPerHolder) return 'limit';
  return undefined;
}

/** The proxies `holderId` holds, as the givers' person ids. */
export function proxiesHeldBy(holderId: PersonId, records: readonly Record[]): string[] {
  return records.filter((record) => record.proxyHolderId === holderId).map((record) => record.personId);
}

/** A proxy the AG's rules refuse; `code` says why (a message key of its own for each). */
export class ProxyRefusedError extends Error {
  constructor(readonly code: ProxyRefusal) {
    super(`proxy refused: ${code}`);
    this.name = 'ProxyRefusedError';
  }
}
