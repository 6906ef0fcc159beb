import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDocument } from '@shared/events/event';
import { eventColumns } from '@shared/events/event-columns';
import { formatEventStart } from '@shared/events/event-time';
import { displayCell } from '@shared/export/list-export';
import { useEventTotals } from '@renderer/data/sheets/read';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { keyTranslator } from '@renderer/i18n/translate-key';

/** The time is shown in the date's cell, and a cancellation as a badge beside the title. */
const MERGED_ON_SCREEN = new Set(['time', 'cancelled']);

/** One line per event: when, what kind, its title (the link to its page), where, who comes. */
export function EventsTable({ events, label }: { events: readonly EventDocument[]; label: string }) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const { totals } = useEventTotals(events.map((event) => event.id));
  const columns = eventColumns((id) => totals.get(id) ?? { registered: 0, present: 0 });
  const tr = keyTranslator(t);
  const onScreen = columns.filter((column) => !MERGED_ON_SCREEN.has(column.id));
  const alignRight = (id: string) => (id === 'registered' || id === 'present' ? 'right' : undefined);

  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ExportMenu name="evenements" title={label} columns={columns} rows={events} collection="events" />
      </Group>
      <Table striped highlightOnHover verticalSpacing="sm" fz="md" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {onScreen.map((column) => (
              <Table.Th key={column.id} ta={alignRight(column.id)}>
                {tr(column.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
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
                {onScreen.slice(2).map((column) => (
                  <Table.Td key={column.id} ta={alignRight(column.id)}>
                    {displayCell(column.cell(event, tr), locale)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
