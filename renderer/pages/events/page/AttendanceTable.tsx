import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceColumns } from '@shared/events/event-columns';
import { formatClockTime } from '@shared/events/event-time';
import { doorPaid, doorPaymentLines } from '@shared/events/door-payment-lines';
import { formatMoney } from '@shared/format/intl';
import { displayName } from '@shared/members/person';
import { useDirectory, usePermission } from '@renderer/data/context';
import { useStatuses } from '@renderer/data/members/read';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { keyTranslator } from '@renderer/i18n/translate-key';
import { DoorPaymentModal } from '@renderer/pages/events/page/DoorPaymentModal';
import { describeDoorPayments } from '@renderer/pages/events/page/payment-lines';

/** Registrations and presence, by name: who, their number and status, registered, in at what time, at which door. */
export function AttendanceTable({
  attendance,
  locale,
  title,
  readOnly = false,
}: {
  attendance: readonly AttendanceDocument[];
  locale: string;
  /** The event's title, in the export's file name. */
  title: string;
  /** A closed event's lines, read from its sheet: corrected only by amending the sheet. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const { statusOf } = useStatuses();
  // A door account sees names, numbers and statuses, never the person's file.
  const mayOpenFile = usePermission('people.readDetails').allowed;
  // Lowering money taken at the door is an office correction, with its reason.
  const mayCorrect = usePermission('attendance.manage').allowed && !readOnly;
  const [correcting, setCorrecting] = useState<{ record: AttendanceDocument; name: string }>();
  const rows = useMemo(
    () =>
      attendance
        .map((record) => ({ record, person: directory.index.get(record.personId) }))
        .sort((a, b) =>
          (a.person ? `${a.person.lastName} ${a.person.firstName}` : '~').localeCompare(
            b.person ? `${b.person.lastName} ${b.person.firstName}` : '~',
            locale,
          ),
        ),
    [attendance, directory, locale],
  );

  const columns = attendanceColumns(statusOf, locale);

  return (
    <>
      <Group justify="flex-end">
        <ExportMenu
          name={`presences-${title}`}
          title={t('events.page.attendanceTitle')}
          columns={columns}
          rows={rows}
          collection="attendance"
        />
      </Group>
      <Table striped verticalSpacing="sm" fz="md" aria-label={t('events.page.attendanceTitle')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.id}>{keyTranslator(t)(column.label)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ record, person }) => (
            <Table.Tr key={record.id}>
              <Table.Td>
                {person && !mayOpenFile ? (
                  displayName(person)
                ) : person ? (
                  <Anchor component={Link} to={`/membres/${person.id}`}>
                    {displayName(person)}
                  </Anchor>
                ) : (
                  <Text c="dimmed">{t('events.page.unknownPerson')}</Text>
                )}
              </Table.Td>
              <Table.Td>{person?.memberNumber || '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {person ? <StatusBadge status={statusOf(person)} /> : null}
                  {/* Let in at a members-only event by the door's explicit choice: to follow up. */}
                  {record.membersOnlyOverride ? (
                    <Badge color="orange" variant="light">
                      {t('entrance.overrideBadge')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{record.registered ? t('events.page.yes') : '—'}</Table.Td>
              <Table.Td>
                {record.present
                  ? record.checkedInAt === ''
                    ? t('events.page.yes')
                    : t('events.page.presentAt', { time: formatClockTime(record.checkedInAt, locale) })
                  : '—'}
              </Table.Td>
              <Table.Td>{record.present ? record.checkedInDevice || '—' : '—'}</Table.Td>
              <Table.Td>
                {doorPaid(record) > 0 ? formatMoney(doorPaid(record), locale) : '—'}
                {record.otherDoorPayments.length > 0 ? (
                  <Text size="sm" c="dimmed">
                    {describeDoorPayments(t, doorPaymentLines(record), locale)}
                  </Text>
                ) : null}
                {mayCorrect && doorPaid(record) > 0 ? (
                  <Button
                    variant="subtle"
                    size="compact-md"
                    ml="xs"
                    aria-label={t('doorPayment.correctLabel', { name: person ? displayName(person) : '' })}
                    onClick={() => setCorrecting({ record, name: person ? displayName(person) : '' })}
                  >
                    {t('doorPayment.correct')}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {correcting ? (
        <DoorPaymentModal
          record={correcting.record}
          name={correcting.name}
          locale={locale}
          onClose={() => setCorrecting(undefined)}
        />
      ) : null}
    </>
  );
}
