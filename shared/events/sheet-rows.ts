import type { QuorumFigures } from '@shared/events/quorum';
import type { RollEntry } from '@shared/events/roll';
import { displayName } from '@shared/members/person';
import type { AttendanceSheetRow } from '@shared/pdf/attendance-sheet';

/** Blank lines for walk-ins: a page's worth on a small sheet, a tenth on a large one. */
export function blankLinesFor(listed: number): number {
  return Math.min(60, Math.max(15, Math.ceil(listed / 10)));
}

/** The sheet's rows: at an AG, who represents an absent voter, the proxies held and voices. */
export function sheetRows(
  roll: readonly RollEntry[],
  quorum: QuorumFigures | undefined,
  statusLabel: (entry: RollEntry) => string,
): AttendanceSheetRow[] {
  const names = new Map(roll.map((entry) => [entry.person.id, displayName(entry.person)]));
  return roll.map((entry) => {
    const present = entry.record?.present === true;
    const row: AttendanceSheetRow = {
      personId: entry.person.id,
      lastName: entry.person.lastName,
      firstName: entry.person.firstName,
      memberNumber: entry.person.memberNumber,
      status: statusLabel(entry),
      present,
    };
    if (!quorum) return row;
    const holderId = entry.record?.proxyHolderId ?? '';
    const held = quorum.proxiesByHolder.get(entry.person.id) ?? 0;
    return {
      ...row,
      representedBy: !present && holderId !== '' ? (names.get(holderId) ?? '') : '',
      proxiesHeld: held,
      votes: entry.voter && present ? 1 + held : 0,
    };
  });
}
