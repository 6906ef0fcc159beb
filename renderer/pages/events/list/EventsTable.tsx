import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDocument } from '@shared/events/event';
import { formatEventStart } from '@shared/events/event-time';
import { useAttendanceTotals } from '@renderer/data/events/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** One line per event: when, what kind, its title (the link to its page), where, who comes. */
export function EventsTable({ events, label }: { events: readonly EventDocument[]; label: string }) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const { totals } = useAttendanceTotals(events.map((event) => event.id));

  return (
    <Table striped highlightOnHover verticalSpacing="sm" fz="md" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('events.list.columns.date')}</Table.Th>
          <Table.Th>{t('events.list.columns.title')}</Table.Th>
          <Table.Th>{t('events.list.columns.kind')}</Table.Th>
          <Table.Th>{t('events.list.columns.location')}</Table.Th>
          <Table.Th ta="right">{t('events.list.columns.registered')}</Table.Th>
          <Table.Th ta="right">{t('events.list.columns.present')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => {
          const total = totals.get(event.id) ?? { registered: 0, present: 0 };
          const cancelled = event.cancelledOn !== '';
          return (
            <Table.Tr key={event.id}>
              <Table.Td>
                <Text td={cancelled ? 'line-through' : undefined}>{formatEventStart(event, locale)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/evenements/${event.id}`} fw={600}>
                    {event.title}
                  </Anchor>
                  {cancelled ? (
                    <Badge color="red" variant="light">
                      {t('events.cancelled')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{t(`events.kinds.${event.kind}`)}</Table.Td>
              <Table.Td>{event.location}</Table.Td>
              <Table.Td ta="right">{total.registered}</Table.Td>
              <Table.Td ta="right">{total.present}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
