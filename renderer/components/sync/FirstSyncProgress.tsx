import { Alert, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMegabytes } from '@shared/format/intl';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import type { CollectionProgress } from '@renderer/sync/first-sync-progress';
import { useSyncStatus } from '@renderer/sync/use-sync';
import { firstSyncHeadline, firstSyncLineCounts } from '@renderer/components/sync/first-sync-headline';

/** What rounds to at least « 0,1 Mo ». */
const MIN_SHOWN_BYTES = 50_000;

function CollectionLine({ line, locale }: { line: CollectionProgress; locale: string }) {
  const { t } = useTranslation();
  const nothing = line.expected === 0 && line.received === 0;
  const counts = firstSyncLineCounts(t, line, locale);
  // Under 0,1 Mo the figure would read « 0,0 Mo »: the count says enough.
  const megabytes =
    line.bytes >= MIN_SHOWN_BYTES
      ? ` · ${t('firstSync.megabytes', { value: formatMegabytes(line.bytes, locale) })}`
      : '';
  return (
    <Text
      size="sm"
      c={line.done || nothing ? 'dimmed' : undefined}
      data-testid={`first-sync-${line.collection}`}
    >
      {counts}
      {megabytes}
      {line.done && !nothing ? ` · ${t('firstSync.done')}` : ''}
    </Text>
  );
}

/**
 * Above every screen while a new device receives the association's data (issue 19): per
 * collection, in order of need, what arrived out of what the server holds, the megabytes, and the
 * time left; offline, that nothing is lost and where it will resume.
 */
export function FirstSyncProgress() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const status = useSyncStatus();
  const progress = status.firstSync;
  if (!progress) return null;

  const received = progress.collections.reduce((sum, line) => sum + line.received, 0);
  const percent = received + progress.remaining > 0 ? (100 * received) / (received + progress.remaining) : 0;
  return (
    <Paper withBorder p="sm" mb="md" data-testid="first-sync" aria-live="polite">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{t('firstSync.title')}</Text>
          <Text size="sm">{firstSyncHeadline(t, progress)}</Text>
        </Group>
        <Progress value={percent} aria-label={t('firstSync.title')} />
        {status.phase === 'offline' ? (
          <Alert color="orange" p="xs" data-testid="first-sync-offline">
            {t('firstSync.offline')}
          </Alert>
        ) : progress.interrupted ? (
          <Text size="sm" c="green.8" data-testid="first-sync-resumed">
            {t('firstSync.resumed')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('firstSync.intro')}
          </Text>
        )}
        {progress.searchable !== null ? (
          <Text size="sm" c="green.8" fw={600} data-testid="first-sync-searchable">
            {t('firstSync.searchable', {
              count: progress.searchable,
              shown: formatCount(progress.searchable, locale),
            })}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" verticalSpacing={2}>
          {progress.collections.map((line) => (
            <CollectionLine key={line.collection} line={line} locale={locale} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
