import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/auth/permissions';
import { useSessionUser } from '@renderer/data/context';
import { localeOf } from '@renderer/i18n/i18n';
import {
  describeRefusedField,
  describeSyncProblem,
  formatSyncTime,
} from '@renderer/components/sync/describe-sync';
import { useSyncStatus } from '@renderer/sync/use-sync';
import { pendingToShow } from '@renderer/sync/sync-status';
import { useLanguage } from '@renderer/i18n/language';

/** The details behind the header's status: shared by its popover and the settings panel. */
export function SyncDetails() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const status = useSyncStatus();
  const pending = pendingToShow(status);
  // Enrolling this device is an administrator's: the others are told whom to ask.
  const user = useSessionUser();
  const mayEnrol = user !== null && can(user.role, 'settings.manage').allowed;

  if (status.phase === 'standalone') {
    return (
      <Text size="sm">{mayEnrol ? t('sync.status.standaloneHelp') : t('sync.status.standaloneHelpAsk')}</Text>
    );
  }
  // This tab does not replicate: its own counts would say nothing about the server.
  if (status.phase === 'otherTab') {
    return <Text size="sm">{t('sync.status.otherTabHelp')}</Text>;
  }
  return (
    <Stack gap="xs">
      {status.phase === 'offline' && <Text size="sm">{t('sync.status.offlineHelp')}</Text>}
      {(status.phase === 'appOutdated' || status.phase === 'serverOutdated') && (
        <Alert color="red" p="xs" data-testid="sync-outdated">
          {t(`sync.status.${status.phase}Help`)}
        </Alert>
      )}
      {status.phase === 'refused' && (
        <Alert color="red" p="xs">
          {t('sync.status.refusedHelp')}
        </Alert>
      )}
      <Text size="sm" data-testid="sync-pending">
        {pending.changes > 0
          ? t('sync.status.pending', { count: pending.changes })
          : pending.journal > 0
            ? t('sync.status.journalPending', { count: pending.journal })
            : t('sync.status.nothingPending')}
        {pending.changes > 0 && pending.journal > 0
          ? ` ${t('sync.status.andJournal', { count: pending.journal })}`
          : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {status.lastSyncedAt
          ? t('sync.status.lastSynced', { time: formatSyncTime(status.lastSyncedAt, locale, true) })
          : t('sync.status.neverSynced')}
      </Text>
      <Text size="sm" fw={600}>
        {t('sync.status.problems')}
      </Text>
      {status.problems.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sync.status.noProblems')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {status.problems.map((problem, index) => (
            <List.Item key={`${problem.at}-${index}`}>
              <Text size="sm" span c="dimmed">
                {formatSyncTime(problem.at, locale)} —{' '}
              </Text>
              {describeSyncProblem(t, problem)}
              {problem.serverMessage && (
                <Text size="xs" c="dimmed">
                  {problem.serverMessage}
                </Text>
              )}
              {problem.issues && problem.issues.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('app.labelValue', {
                    label: problem.documentId,
                    value: problem.issues
                      .slice(0, 3)
                      .map((issue) => describeRefusedField(t, issue))
                      .join(t('app.listSeparator')),
                  })}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
