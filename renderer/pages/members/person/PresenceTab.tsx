import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatClockTime } from '@shared/events/event-time';
import { presenceColumns } from '@shared/events/presence-columns';
import type { PresenceRow } from '@shared/events/presence-columns';
import { formatDate } from '@shared/format/intl';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { useEvents } from '@renderer/data/events/read';
import { usePersonPresence } from '@renderer/data/sheets/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/**
 * « Présences »: the events a person was registered to, came to or was represented at, most
 * recent first — from live attendance and closed events' sheets alike.
 */
export function PresenceTab({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const { lines } = usePersonPresence(person.id);
  const { events } = useEvents();
  const rows = useMemo((): PresenceRow[] => {
    const byId = new Map(events.map((event) => [event.id, event]));
    return lines
      .map((line) => ({ ...line, event: byId.get(line.eventId) }))
      .sort((a, b) => (b.event?.startsOn ?? '').localeCompare(a.event?.startsOn ?? ''));
  }, [lines, events]);

  if (rows.length === 0) return <Text>{t('closing.person.none')}</Text>;
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ExportMenu
          name={`presences-${displayName(person)}`}
          title={t('closing.person.title')}
          columns={presenceColumns(locale)}
          rows={rows}
          collection="attendance"
        />
      </Group>
      <Table striped aria-label={t('closing.person.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('closing.person.date')}</Table.Th>
            <Table.Th>{t('closing.person.event')}</Table.Th>
            <Table.Th>{t('closing.person.registered')}</Table.Th>
            <Table.Th>{t('closing.person.present')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ eventId, event, record, closed }) => (
            <Table.Tr key={eventId}>
              <Table.Td>{event ? formatDate(event.startsOn, locale) : '—'}</Table.Td>
              <Table.Td>
                {event ? (
                  <Anchor component={Link} to={`/evenements/${eventId}`}>
                    {event.title}
                  </Anchor>
                ) : (
                  t('closing.person.missing')
                )}
                {closed ? (
                  <Badge ml="xs" variant="light" color="blue">
                    {t('closing.person.closed')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{record.registered ? t('events.page.yes') : '—'}</Table.Td>
              <Table.Td>
                {record.present
                  ? record.checkedInAt === ''
                    ? t('events.page.yes')
                    : t('closing.person.presentAt', { time: formatClockTime(record.checkedInAt, locale) })
                  : record.proxyHolderId !== ''
                    ? t('closing.person.represented')
                    : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
