import type { AttendanceDocument } from '@shared/events/attendance';
import { doorPaid } from '@shared/events/door-payment-lines';
import type { EventDocument } from '@shared/events/event';
import { formatClockTime } from '@shared/events/event-time';
import type { ListColumn } from '@shared/export/list-export';
import { displayName } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';
import type { DirectoryPerson } from '@shared/search/snapshot';

/** The events list's columns. On screen the time stands in the date's cell; a file has both. */
export function eventColumns(
  totals: (eventId: string) => { registered: number; present: number },
): ListColumn<EventDocument>[] {
  return [
    { id: 'date', label: 'events.list.columns.date', cell: (event) => ({ date: event.startsOn }) },
    { id: 'time', label: 'events.list.columns.time', cell: (event) => event.startTime },
    { id: 'title', label: 'events.list.columns.title', cell: (event) => event.title },
    { id: 'kind', label: 'events.list.columns.kind', cell: (event, t) => t(`events.kinds.${event.kind}`) },
    { id: 'location', label: 'events.list.columns.location', cell: (event) => event.location },
    {
      id: 'registered',
      label: 'events.list.columns.registered',
      cell: (event) => totals(event.id).registered,
    },
    { id: 'present', label: 'events.list.columns.present', cell: (event) => totals(event.id).present },
    {
      id: 'cancelled',
      label: 'events.list.columns.cancelled',
      cell: (event) => ({ date: event.cancelledOn }),
    },
  ];
}

/** A registration or a check-in, with its person when this device has them. */
export interface AttendanceRow {
  record: AttendanceDocument;
  /** What the directory's index holds of them (all a door device has). */
  person: DirectoryPerson | undefined;
}

/** An event's registrations and attendance: the table's columns and its export's. */
export function attendanceColumns(
  statusOf: (person: DirectoryPerson) => MembershipStatus,
  locale = 'fr-FR',
): ListColumn<AttendanceRow>[] {
  return [
    {
      id: 'name',
      label: 'events.page.columns.name',
      cell: ({ person }, t) => (person ? displayName(person) : t('events.page.unknownPerson')),
    },
    { id: 'number', label: 'events.page.columns.number', cell: ({ person }) => person?.memberNumber ?? '' },
    {
      id: 'status',
      label: 'events.page.columns.status',
      cell: ({ person }, t) => (person ? t(`people.status.${statusOf(person)}`) : ''),
    },
    {
      id: 'registered',
      label: 'events.page.columns.registered',
      cell: ({ record }, t) => (record.registered ? t('events.page.yes') : ''),
    },
    {
      id: 'present',
      label: 'events.page.columns.present',
      cell: ({ record }) => (record.present ? formatClockTime(record.checkedInAt, locale) : ''),
    },
    {
      id: 'door',
      label: 'events.page.columns.door',
      cell: ({ record }) => (record.present ? record.checkedInDevice : ''),
    },
    {
      id: 'payment',
      label: 'doorPayment.column',
      cell: ({ record }) => ({ cents: doorPaid(record) }),
    },
  ];
}
