import { Button, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '@shared/backup/read';
import { formatSyncTime } from '@renderer/components/sync/describe-sync';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** What the backup holds, before anything is written; the restore needs the word typed. */
export function RestorePreview({
  summary,
  busy,
  onConfirm,
}: {
  summary: BackupSummary;
  busy: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [typed, setTyped] = useState('');
  const word = t('backup.restore.confirmWord');
  const { header } = summary;
  const facts: [string, string][] = [
    [t('backup.restore.association'), header.association.name || t('backup.restore.noName')],
    [t('backup.restore.createdAt'), formatSyncTime(header.createdAt, localeOf(language), true)],
    [t('backup.restore.appVersion'), header.appVersion],
    [t('backup.restore.encrypted'), summary.encrypted ? t('backup.restore.yes') : t('backup.restore.no')],
  ];

  return (
    <Stack gap="sm" aria-label={t('backup.restore.preview')} component="section">
      <Title order={3} size="h4">
        {t('backup.restore.preview')}
      </Title>
      <Table withTableBorder maw={480}>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Table withTableBorder maw={480} aria-label={t('backup.restore.preview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.restore.collection')}</Table.Th>
            <Table.Th ta="right">{t('backup.restore.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {header.collections.map(({ name }) => (
            <Table.Tr key={name}>
              <Table.Td>{t(`journal.collections.${name}`, { defaultValue: name })}</Table.Td>
              <Table.Td ta="right">{(summary.counts[name] ?? 0).toLocaleString(localeOf(language))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim().toUpperCase() === word) onConfirm();
        }}
      >
        <Stack gap="sm" maw={480}>
          <TextInput
            label={t('backup.restore.confirmLabel')}
            // The file's secret form is gone once it opened: the next key goes here.
            autoFocus
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            maxLength={40}
            size="md"
          />
          <Button
            type="submit"
            color="red"
            size="md"
            loading={busy}
            disabled={typed.trim().toUpperCase() !== word}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('backup.restore.button')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
