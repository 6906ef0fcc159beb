import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DoorTakings } from '@shared/events/door-payment';
import { DOOR_METHODS } from '@shared/events/door-payment';
import type { EventDocument } from '@shared/events/event';
import { useSeededAttendance } from '@renderer/data/context';
import { useSyncStatus } from '@renderer/sync/use-sync';
import { useMoney } from '@renderer/i18n/use-money';

/**
 * The top of the door's screen: the event, présents / inscrits / capacité (a warning when
 * full), the check-ins still to send to the server, and what this door took, by method. On the
 * left: the notices of the entries appear top right.
 */
export function DoorHeader({
  event,
  counts,
  takings,
  onChange,
}: {
  event: EventDocument;
  counts: { present: number; registered: number };
  takings: DoorTakings;
  onChange?: () => void;
}) {
  const { t } = useTranslation();
  const { present, registered } = counts;
  const full = event.capacity > 0 && present >= event.capacity;
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xl">
        <Stack gap={0}>
          <Title order={1}>{t('entrance.title')}</Title>
          <Text size="lg" fw={600}>
            {event.title}
          </Text>
          {event.membersOnly ? <Badge color="orange">{t('entrance.membersOnly')}</Badge> : null}
        </Stack>
        <Group gap="lg">
          <Counter label={t('entrance.counters.present')} value={present} testId="count-present" />
          <Counter label={t('entrance.counters.registered')} value={registered} testId="count-registered" />
          {event.capacity > 0 ? (
            <Counter label={t('entrance.counters.capacity')} value={event.capacity} />
          ) : null}
          {onChange ? (
            <Button variant="subtle" size="lg" onClick={onChange}>
              {t('entrance.change')}
            </Button>
          ) : null}
        </Group>
        <PendingEntries />
      </Group>
      {takings.total > 0 ? <Takings takings={takings} /> : null}
      {full ? (
        <Alert color="orange">{t('entrance.counters.full', { capacity: event.capacity })}</Alert>
      ) : null}
      <OtherDoorsComing />
    </Stack>
  );
}

/**
 * A new device's first sync has not brought the check-ins yet, and no directory seed carried
 * them: « déjà entré » cannot be said of someone let in at another door, so the volunteer looks
 * at the ticket (issue 16: the same ticket must not get in twice).
 */
function OtherDoorsComing() {
  const { t } = useTranslation();
  const { firstSync } = useSyncStatus();
  const seededAttendance = useSeededAttendance();
  const line = firstSync?.collections.find((collection) => collection.collection === 'attendance');
  if (!line || line.done || seededAttendance) return null;
  return (
    <Alert color="orange" data-testid="other-doors-coming">
      {t('entrance.otherDoorsComing')}
    </Alert>
  );
}

/** « 3 entrées en attente d'envoi »: check-ins this device has not handed to the server yet. */
function PendingEntries() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const count = status.pendingByCollection.attendance ?? 0;
  if (count === 0 || status.phase === 'standalone') return null;
  return (
    <Badge size="xl" color="orange" variant="light" tt="none" data-testid="pending-entries">
      {t('entrance.pending', { count })}
    </Badge>
  );
}

function Takings({ takings }: { takings: DoorTakings }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Paper withBorder p="xs" aria-label={t('entrance.takings.title')} role="region">
      <Group gap="lg">
        <Text fw={600}>{t('entrance.takings.title')}</Text>
        {DOOR_METHODS.map((method) => (
          <Text key={method} data-testid={`takings-${method}`}>
            {t('app.labelValue', {
              label: t(`entrance.takings.methods.${method}`),
              value: money(takings.byMethod[method]),
            })}
          </Text>
        ))}
        <Text fw={700} data-testid="takings-total">
          {t('app.labelValue', { label: t('entrance.takings.total'), value: money(takings.total) })}
        </Text>
      </Group>
      {takings.cheques.length > 0 ? (
        <Text size="sm" c="dimmed" data-testid="takings-cheques">
          {t('entrance.takings.cheques', {
            list: takings.cheques.map((cheque) => `n° ${cheque.number} (${money(cheque.amount)})`).join(', '),
          })}
        </Text>
      ) : null}
    </Paper>
  );
}

function Counter({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Stack gap={0} align="center">
      <Text size="2rem" fw={700} lh={1} data-testid={testId}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
