import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '@renderer/data/backup/restore';

/** The restore's outcome in numbers, and why some documents were kept as they are. */
export function RestoreResultAlert({ result }: { result: RestoreResult }) {
  const { t } = useTranslation();
  const totals = Object.values(result).reduce(
    (sum, counts) => ({
      restored: sum.restored + counts.restored,
      unchanged: sum.unchanged + counts.unchanged,
      kept: sum.kept + counts.kept,
    }),
    { restored: 0, unchanged: 0, kept: 0 },
  );
  return (
    <Alert color="green" role="status">
      <Text size="sm">{t('backup.restore.done', { ...totals })}</Text>
      {totals.kept > 0 && <Text size="sm">{t('backup.restore.keptHelp')}</Text>}
    </Alert>
  );
}
