import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { AttendanceDocument, AttendanceInput } from '@shared/events/attendance';
import { eventDocumentSchema } from '@shared/events/event';
import type { EventDocument, EventInput } from '@shared/events/event';
import type { Closing } from '@shared/events/sheet-fold';
import { asPersonId, type EventId, type PersonId } from '@shared/ids';

/** Events, attendance and closings for tests (validated by their real schemas). */

const stamps = {
  createdAt: '2026-11-14T18:00:00.000Z',
  updatedAt: '2026-11-14T18:00:00.000Z',
  updatedBy: 'user-office',
  deviceId: 'device-office',
};

export function makeEvent(changes: Partial<EventInput> = {}): EventDocument {
  return eventDocumentSchema.parse({
    ...stamps,
    id: 'event-loto',
    title: 'Loto d’automne',
    kind: 'party',
    startsOn: '2026-11-14',
    startTime: '20:00',
    location: 'Salle des fêtes',
    ...changes,
  });
}

/** `person-0001`… : ids that sort as the numbers do. */
export const personIdOf = (n: number): PersonId => asPersonId(`person-${String(n).padStart(4, '0')}`);

export function makeAttendance(
  eventId: EventId,
  personId: PersonId,
  changes: Partial<AttendanceInput> = {},
): AttendanceDocument {
  return attendanceDocumentSchema.parse({
    ...stamps,
    id: attendanceId(eventId, personId),
    eventId,
    personId,
    ...changes,
  });
}

/** Checked in at `time` (HH:MM on 14/11/2026) at `door`. */
export const checkedIn = (time: string, door = 'Porte 1') => ({
  present: true,
  checkedInAt: `2026-11-14T${time}:00.000Z`,
  checkedInBy: 'user-door',
  checkedInDevice: door,
  updatedAt: `2026-11-14T${time}:05.000Z`,
});

export function closingBy(at = '2026-11-20T09:00:00.000Z', device = 'Bureau'): Closing {
  return {
    by: 'user-secretary',
    device,
    at,
    stamps: { createdAt: at, updatedAt: at, updatedBy: 'user-secretary', deviceId: 'device-bureau' },
  };
}
