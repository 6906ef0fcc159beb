import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import { displayName } from '@shared/members/person';
import type { Authorship, ReplacedValue } from '@shared/sync/replaced-value';
import { fieldLabel, fieldValue } from '@renderer/components/field-label';
import { useWrite } from '@renderer/components/use-write';
import { useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { dismissReplacedValue, restoreReplacedValue, RestoreError } from '@renderer/sync/replaced-values';

/** One value that lost a conflict: both sides with who, when and where, and the two choices. */
export function ReplacedValueCard({
  entry,
  userNames,
}: {
  entry: ReplacedValue;
  userNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const { db, device } = useData();
  const directory = useDirectory();
  const context = useWriteContext();
  const locale = localeOf(useLanguage().language);
  const { busy, run } = useWrite();

  const recordName = () => {
    if (entry.collection === 'people') {
      const person = directory.people.get(entry.documentId);
      return person ? displayName(person) : '';
    }
    if (entry.collection === 'households') return directory.households.get(entry.documentId)?.name ?? '';
    return '';
  };
  const collection = t(`journal.collections.${entry.collection}` as 'journal.collections.people', {
    defaultValue: t('fields.other'),
  });
  const by = (side: Authorship) =>
    t('sync.replaced.by', {
      user: userNames.get(side.userId) ?? t('sync.replaced.unknownUser'),
      date: side.at ? formatDateTime(side.at, locale) : '',
      device:
        side.deviceId === device.deviceId ? t('sync.replaced.thisDevice') : t('sync.replaced.otherDevice'),
    });
  const lost = fieldValue(t, locale, entry.field, entry.lost);

  const restore = () =>
    run(() => restoreReplacedValue(db, context, entry), {
      success: () => t('sync.replaced.restored', { value: lost }),
      failure: (message, error) =>
        error instanceof RestoreError
          ? t(error.code === 'RESTORE_GONE' ? 'sync.replaced.gone' : 'sync.replaced.invalid')
          : message,
    });

  return (
    <Paper withBorder p="sm" data-testid="replaced-value">
      <Stack gap={4}>
        <Text fw={600}>
          {t('sync.replaced.record', { collection, name: recordName() })} —{' '}
          {fieldLabel(t, entry.collection, entry.field)}
        </Text>
        <Text size="sm">{t('sync.replaced.lost', { value: lost })}</Text>
        <Text size="xs" c="dimmed">
          {by(entry.lostBy)}
        </Text>
        <Text size="sm">
          {t('sync.replaced.kept', { value: fieldValue(t, locale, entry.field, entry.kept) })}
        </Text>
        <Text size="xs" c="dimmed">
          {by(entry.keptBy)}
        </Text>
        <Group gap="sm" mt={4}>
          <Button size="sm" onClick={() => void restore()} loading={busy}>
            {t('sync.replaced.restore')}
          </Button>
          <Button
            size="sm"
            variant="default"
            disabled={busy}
            onClick={() =>
              void dismissReplacedValue(db, entry.id).catch((error: unknown) =>
                notifications.show({ color: 'red', message: String(error) }),
              )
            }
          >
            {t('sync.replaced.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
