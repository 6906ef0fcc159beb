import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { attendanceCounts } from '@shared/events/check-in';
import { formatDate } from '@shared/format/intl';
import { localToday } from '@shared/dates/parse-date';
import { mayBeClosed } from '@shared/events/closing-rules';
import { QuorumFiguresView } from '@renderer/components/QuorumPanel';
import { usePermission } from '@renderer/data/context';
import { useEvent, useEventRoll } from '@renderer/data/events/read';
import { usePresence, useSheet } from '@renderer/data/sheets/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { AttendanceTable } from '@renderer/pages/events/page/AttendanceTable';
import { AmendSheetModal } from '@renderer/pages/events/page/AmendSheetModal';
import { CancelEventModal } from '@renderer/pages/events/page/CancelEventModal';
import { CashCountsSection } from '@renderer/pages/events/page/CashCountsSection';
import { ClosedSheetSection } from '@renderer/pages/events/page/ClosedSheetSection';
import { CloseEventModal } from '@renderer/pages/events/page/CloseEventModal';
import { EventCounters } from '@renderer/pages/events/page/EventCounters';
import { EventFacts } from '@renderer/pages/events/page/EventFacts';
import { ProxiesSection } from '@renderer/pages/events/page/ProxiesSection';
import { PrintSheetButton } from '@renderer/pages/events/page/PrintSheetButton';
import { RegisterModal } from '@renderer/pages/events/page/RegisterModal';
import { TickPresence } from '@renderer/pages/events/page/TickPresence';
import { useRouteId } from '@renderer/components/use-route-id';
import { asEventId } from '@shared/ids';

/** One event: what, when, where, at what price; who is registered, who came, what was taken. */
export function EventPage() {
  const { t } = useTranslation();
  const id = useRouteId(asEventId);
  const locale = localeOf(useLanguage().language);
  const { loading, event } = useEvent(id);
  // Live attendance, or the sheet once closed: the same records either way.
  const presence = usePresence(id);
  const attendance = presence.records;
  const { sheets } = useSheet(id);
  const mayManage = usePermission('events.manage').allowed;
  const mayClose = usePermission('events.close').allowed;
  const mayCheckIn = usePermission('attendance.checkIn').allowed;
  const mayManageAttendance = usePermission('attendance.manage').allowed;
  const mayReadSheets = usePermission('sheets.read').allowed;
  const { roll, quorum } = useEventRoll(event, attendance);
  const [registering, registerModal] = useDisclosure(false);
  const [cancelling, cancelModal] = useDisclosure(false);
  const [closing, closeModal] = useDisclosure(false);
  const [amending, amendModal] = useDisclosure(false);

  if (loading) return null;
  if (!event) return <Alert color="orange">{t('events.page.missing')}</Alert>;
  const closed = presence.closed || event.closedOn !== '';
  // A closed event's presence no longer changes but by a correction of its sheet.
  const frozen = event.cancelledOn !== '' || closed;
  const counts = attendanceCounts(attendance);
  const started = event.startsOn <= localToday(new Date());

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/evenements">
        {t('events.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1}>{event.title}</Title>
          {event.cancelledOn !== '' ? (
            <Badge color="red" size="lg" variant="light">
              {t('events.cancelled')}
            </Badge>
          ) : null}
          {closed ? (
            <Badge color="blue" size="lg" variant="light">
              {t('closing.closedBadge')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="sm">
          {mayCheckIn && !frozen ? (
            <Button component={Link} to={`/entree?evenement=${event.id}`} size="md">
              {t('events.page.openEntrance')}
            </Button>
          ) : null}
          {mayManageAttendance ? (
            <PrintSheetButton event={event} roll={roll} quorum={quorum} locale={locale} sheets={sheets} />
          ) : null}
          {mayManage ? (
            <Button component={Link} to={`/evenements/${event.id}/modifier`} variant="default" size="md">
              {t('events.page.edit')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {closed ? (
        <ClosedSheetSection sheets={sheets} locale={locale} mayAmend={mayClose} onAmend={amendModal.open} />
      ) : null}
      {event.cancelledOn !== '' ? (
        <Alert color="red">
          {t('events.page.cancelledOn', { date: formatDate(event.cancelledOn, locale) })}
        </Alert>
      ) : null}
      <EventFacts event={event} locale={locale} />
      <EventCounters event={event} counts={counts} locale={locale} />
      {mayReadSheets ? <CashCountsSection event={event} locale={locale} /> : null}
      {quorum ? <QuorumFiguresView figures={quorum} /> : null}
      {mayManageAttendance && started && !frozen ? <TickPresence event={event} roll={roll} /> : null}
      {mayManageAttendance && event.kind === 'assembly' && !frozen ? (
        <ProxiesSection event={event} roll={roll} />
      ) : null}
      <Group justify="space-between">
        <Title order={2}>{t('events.page.attendanceTitle')}</Title>
        {mayManage && !frozen ? (
          <Button size="md" onClick={registerModal.open}>
            {t('events.page.register')}
          </Button>
        ) : null}
      </Group>
      {attendance.length === 0 ? (
        <Text>{t('events.page.nobody')}</Text>
      ) : (
        <AttendanceTable attendance={attendance} locale={locale} title={event.title} readOnly={closed} />
      )}
      <Group>
        {mayClose && mayBeClosed(event, new Date()) ? (
          <Button size="md" onClick={closeModal.open}>
            {t('closing.close')}
          </Button>
        ) : null}
        {mayManage && !frozen ? (
          <Button color="red" variant="light" size="md" onClick={cancelModal.open}>
            {t('events.page.cancel')}
          </Button>
        ) : null}
      </Group>
      <RegisterModal
        event={event}
        attendance={attendance}
        opened={registering}
        onClose={registerModal.close}
      />
      <CancelEventModal event={event} opened={cancelling} onClose={cancelModal.close} />
      <CloseEventModal
        event={event}
        records={attendance.length}
        opened={closing}
        onClose={closeModal.close}
      />
      {amending ? <AmendSheetModal event={event} records={attendance} onClose={amendModal.close} /> : null}
    </Stack>
  );
}
