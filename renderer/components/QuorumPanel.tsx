import { Alert, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import type { QuorumFigures } from '@shared/events/quorum';
import { useEventRoll } from '@renderer/data/events/read';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/** The figures of a general assembly as they stand: présents, représentés, voix, quorum. */
export function QuorumFiguresView({ figures }: { figures: QuorumFigures }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('eventSheets.quorum.title')}>
      <Stack gap="sm">
        <Title order={2}>{t('eventSheets.quorum.title')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          <Figure label={t('eventSheets.quorum.voters')} value={figures.voters} testId="quorum-voters" />
          <Figure label={t('eventSheets.quorum.present')} value={figures.present} testId="quorum-present" />
          <Figure
            label={t('eventSheets.quorum.represented')}
            value={figures.represented}
            testId="quorum-represented"
          />
          <Figure label={t('eventSheets.quorum.votes')} value={figures.votes} testId="quorum-votes" />
          <Figure
            label={t('eventSheets.quorum.required')}
            value={figures.required}
            testId="quorum-required"
          />
        </SimpleGrid>
        {figures.reached ? (
          <Alert color="green" role="status">
            {t('eventSheets.quorum.reached')}
          </Alert>
        ) : (
          <Alert color="orange" role="status">
            {t('eventSheets.quorum.missing', { count: figures.missing })}
          </Alert>
        )}
        {figures.guests > 0 ? (
          <Text c="dimmed">{t('eventSheets.quorum.guests', { count: figures.guests })}</Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * The live quorum of an event that is a general assembly, nothing for any other event: one line
 * on any screen that holds the event and its attendance (the AG's page, the entrance).
 */
export function QuorumPanel({
  event,
  attendance,
}: {
  event: EventDocument;
  attendance: readonly AttendanceDocument[];
}) {
  const { quorum } = useEventRoll(event, attendance);
  return quorum ? <QuorumFiguresView figures={quorum} /> : null;
}
