import { describe, expect, it } from 'vitest';
import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { quorumFigures } from '@shared/events/quorum';
import type { RollPerson } from '@shared/events/roll';
import { eventRoll } from '@shared/events/roll';
import { blankLinesFor, sheetRows } from '@shared/events/sheet-rows';
import { eventId, personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

const person = (id: string, firstName: string, lastName: string): RollPerson => ({
  id: personId(id),
  firstName,
  lastName,
  memberNumber: '',
  email: '',
  formerMemberNumbers: [],
});
const record = (personId: PersonId, changes: Partial<AttendanceDocument> = {}): AttendanceDocument =>
  attendanceDocumentSchema.parse({
    id: attendanceId(eventId('e'), personId),
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    updatedBy: 'u',
    deviceId: 'd',
    eventId: eventId('e'),
    personId,
    ...changes,
  });
const present = { present: true, checkedInAt: '2026-12-05T14:00:00.000Z' };

describe('rows of an AG sheet', () => {
  it('says who represents an absent voter, the proxies a present voter holds and their voices', () => {
    const people = new Map(
      [person('a', 'Anne', 'Abel'), person('b', 'Bruno', 'Blanc'), person('c', 'Chloé', 'Carré')].map((p) => [
        p.id,
        p,
      ]),
    );
    const attendance = [
      record(personId('a'), present),
      record(personId('b'), { proxyHolderId: personId('a') }),
    ];
    const roll = eventRoll({ people, attendance, statusOf: () => 'a-jour', voters: 'members-up-to-date' });
    const quorum = quorumFigures(attendance, () => true, 3, { quorumPercent: 50, maxProxiesPerMember: 1 });
    const rows = sheetRows(roll, quorum, () => 'À jour');
    expect(
      rows.map((row) => [row.lastName, row.present, row.representedBy, row.proxiesHeld, row.votes]),
    ).toEqual([
      ['Abel', true, '', 1, 2],
      ['Blanc', false, 'Anne Abel', 0, 0],
      ['Carré', false, '', 0, 0],
    ]);
    // Not an AG: no AG columns at all.
    expect(sheetRows(roll, undefined, () => 'À jour')[0]).not.toHaveProperty('votes');
  });

  it('leaves room for walk-ins: at least 15 lines, a tenth of a large sheet, at most 60', () => {
    expect(blankLinesFor(0)).toBe(15);
    expect(blankLinesFor(400)).toBe(40);
    expect(blankLinesFor(5000)).toBe(60);
  });
});
