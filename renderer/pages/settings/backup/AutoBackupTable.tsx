import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutoBackupEntry } from '@shared/ipc/auto-backups';
import { formatSyncTime } from '@renderer/components/sync/describe-sync';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { formatBytes } from '@renderer/pages/settings/backup/auto-backup-text';

/** The automatic backups, newest first; a daily file can be opened for a restore. */
export function AutoBackupTable({
  backups,
  selected,
  disabled,
  onRestore,
  onRevert,
}: {
  backups: AutoBackupEntry[];
  selected: string | null;
  disabled: boolean;
  onRestore: (name: string) => void;
  /** A copy taken before an update: put back whole, at the next start. */
  onRevert: (backup: AutoBackupEntry) => void;
}) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  return (
    <Table withTableBorder striped aria-label={t('backup.auto.listLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backup.auto.date')}</Table.Th>
          <Table.Th>{t('backup.auto.kind')}</Table.Th>
          <Table.Th>{t('backup.auto.size')}</Table.Th>
          <Table.Th>{t('backup.auto.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.name} aria-selected={backup.name === selected}>
            <Table.Td>{formatSyncTime(backup.at, locale, true)}</Table.Td>
            <Table.Td>{t(`backup.auto.kinds.${backup.kind}`)}</Table.Td>
            <Table.Td>{formatBytes(backup.bytes, locale)}</Table.Td>
            <Table.Td>
              {backup.kind === 'beforeUpdate' ? (
                <Group gap="sm">
                  <Button
                    variant="light"
                    color="orange"
                    onClick={() => onRevert(backup)}
                    disabled={disabled}
                    aria-label={t('backup.auto.revertOne', { date: formatSyncTime(backup.at, locale, true) })}
                  >
                    {t('backup.auto.revert')}
                  </Button>
                  <Text size="sm" c="dimmed">
                    {t('backup.auto.wholeCopy')}
                  </Text>
                </Group>
              ) : (
                <Button
                  variant="light"
                  onClick={() => onRestore(backup.name)}
                  disabled={disabled}
                  aria-label={t('backup.auto.restoreOne', { date: formatSyncTime(backup.at, locale, true) })}
                >
                  {t('backup.auto.restore')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
