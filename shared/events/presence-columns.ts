import type { EventDocument } from '@shared/events/event';
import { formatClockTime } from '@shared/events/event-time';
import type { PersonPresence } from '@shared/events/presence';
import type { ListColumn } from '@shared/export/list-export';

/** A line of a person's « Présences », with its event when this device holds it. */
export type PresenceRow = PersonPresence & { event: EventDocument | undefined };

/**
 * The person page's « Présences » table (PresenceTab.tsx) as a file: date, event (and whether its
 * sheet is closed), registered, present at what time or represented.
 */
export function presenceColumns(locale = 'fr-FR'): ListColumn<PresenceRow>[] {
  return [
    { id: 'date', label: 'closing.person.date', cell: ({ event }) => ({ date: event?.startsOn ?? '' }) },
    {
      id: 'event',
      label: 'closing.person.event',
      cell: ({ event, closed }, t) =>
        [event ? event.title : t('closing.person.missing'), closed ? `(${t('closing.person.closed')})` : '']
          .filter(Boolean)
          .join(' '),
    },
    {
      id: 'registered',
      label: 'closing.person.registered',
      cell: ({ record }, t) => (record.registered ? t('events.page.yes') : ''),
    },
    {
      id: 'present',
      label: 'closing.person.present',
      cell: ({ record }, t) =>
        record.present
          ? record.checkedInAt === ''
            ? t('events.page.yes')
            : t('closing.person.presentAt', { time: formatClockTime(record.checkedInAt, locale) })
          : record.proxyHolderId !== ''
            ? t('closing.person.represented')
            : '',
    },
  ];
}
