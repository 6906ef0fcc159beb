import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import type { Authorship, ReplacedValue } from '@shared/sync/replaced-value';
import type { AuditReading } from '@renderer/components/audit/read-audit';
import { auditFieldLabel, auditValue, describeAuditTarget } from '@renderer/components/audit/read-audit';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { dismissReplacedValue, restoreReplacedValue, RestoreError } from '@renderer/sync/replaced-values';
import { notify } from '@renderer/components/notices';

/**
 * One value that lost a conflict: both sides with who, when and where, and the two choices. It
 * reads as the journal does (components/audit/read-audit.ts): same labels, names and formats.
 */
export function ReplacedValueCard({ entry, reading }: { entry: ReplacedValue; reading: AuditReading }) {
  const { t } = useTranslation();
  const { db, device } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();

  const by = (side: Authorship) =>
    t('sync.replaced.by', {
      user: reading.names.user(side.userId) ?? t('sync.replaced.unknownUser'),
      date: side.at ? formatDateTime(side.at, reading.locale) : '',
      device:
        side.deviceId === device.deviceId ? t('sync.replaced.thisDevice') : t('sync.replaced.otherDevice'),
    });
  const lost = auditValue(reading, entry.field, entry.lost, entry.collection);
  const record = describeAuditTarget(reading, {
    collectionName: entry.collection,
    documentId: entry.documentId,
  });

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
          {record} — {auditFieldLabel(reading, entry.collection, entry.field)}
        </Text>
        <Text size="sm">{t('sync.replaced.lost', { value: lost })}</Text>
        <Text size="xs" c="dimmed">
          {by(entry.lostBy)}
        </Text>
        <Text size="sm">
          {t('sync.replaced.kept', { value: auditValue(reading, entry.field, entry.kept, entry.collection) })}
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
              void dismissReplacedValue(db, entry.id).catch((error: unknown) => notify('red', String(error)))
            }
          >
            {t('sync.replaced.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
