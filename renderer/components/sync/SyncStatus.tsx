import { Anchor, Badge, Popover, Stack, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '@shared/auth/permissions';
import { useCurrentUser } from '@renderer/data/context';
import { localeOf } from '@renderer/i18n/i18n';
import { formatSyncTime, PHASE_COLOURS } from '@renderer/components/sync/describe-sync';
import { SyncDetails } from '@renderer/components/sync/SyncDetails';
import { useSyncNotices } from '@renderer/components/sync/use-sync-notices';
import { useSyncStatus } from '@renderer/sync/use-sync';
import { pendingToShow } from '@renderer/sync/sync-status';
import { useLanguage } from '@renderer/i18n/language';
import touch from '@renderer/components/touch.module.css';

/**
 * Always in the header: one word and a colour (hors ligne / synchronisation… / à jour with the
 * time), the number of changes waiting; a click opens the details with the latest errors. What
 * the sync did on its own that people must know (a member renumbered) also shows as a notice.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const status = useSyncStatus();
  useSyncNotices();
  const label =
    status.phase === 'upToDate' && status.lastSyncedAt
      ? t('sync.status.upToDateAt', { time: formatSyncTime(status.lastSyncedAt, localeOf(language)) })
      : t(`sync.status.${status.phase}`);
  const { changes } = pendingToShow(status);
  const pending =
    changes > 0 && status.phase !== 'standalone' ? ` · ${changes.toLocaleString(localeOf(language))}` : '';

  return (
    <Popover width={340} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton
          aria-label={t('sync.status.label', { status: `${label}${pending}` })}
          data-testid="sync-status"
          className={touch.target}
          display="flex"
          style={{ alignItems: 'center', minWidth: 0 }}
        >
          <Badge
            color={PHASE_COLOURS[status.phase]}
            variant={status.phase === 'upToDate' ? 'light' : 'filled'}
            size="lg"
            tt="none"
            maw="100%"
          >
            {label}
            {pending}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <SyncDetails />
          {can(user.role, 'settings.manage').allowed && (
            <Anchor component={Link} to="/parametres/synchronisation" size="sm">
              {t('sync.status.openSettings')}
            </Anchor>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
