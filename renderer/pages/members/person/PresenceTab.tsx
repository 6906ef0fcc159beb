import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { presenceColumns } from '@shared/events/presence-columns';
import type { PresenceRow } from '@shared/events/presence-columns';
import { formatDate } from '@shared/format/intl';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { keyTranslator } from '@renderer/i18n/translate-key';
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

  const columns = presenceColumns(locale);
  // « Inscrit » and « Présent » say what the file says, or a dash.
  const said = (id: 'registered' | 'present', row: PresenceRow) =>
    String(columns.find((column) => column.id === id)?.cell(row, keyTranslator(t)) ?? '') || '—';
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
          {rows.map((row) => (
            <Table.Tr key={row.eventId}>
              <Table.Td>{row.event ? formatDate(row.event.startsOn, locale) : '—'}</Table.Td>
              <Table.Td>
                {row.event ? (
                  <Anchor component={Link} to={`/evenements/${row.eventId}`}>
                    {row.event.title}
                  </Anchor>
                ) : (
                  t('closing.person.missing')
                )}
                {row.closed ? (
                  <Badge ml="xs" variant="light" color="blue">
                    {t('closing.person.closed')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{said('registered', row)}</Table.Td>
              <Table.Td>{said('present', row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
