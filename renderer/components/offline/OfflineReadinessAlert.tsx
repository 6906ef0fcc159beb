import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOfflineReadiness } from '@renderer/components/offline/use-offline-readiness';

/**
 * What this browser will not do without network, said where it matters:
 * - `door`: one sentence for the volunteer (do not reload), shown only when a reload would fail;
 * - `admin`: the cause and how to fix it, in Paramètres → Synchronisation.
 */
export function OfflineReadinessAlert({ audience }: { audience: 'door' | 'admin' }) {
  const { t } = useTranslation();
  const readiness = useOfflineReadiness();
  if (!readiness) return null;
  const shell = readiness.appShell;
  const shellMissing = shell === 'insecure-origin' || shell === 'unsupported' || shell === 'failed';
  const mayBeCleared = readiness.storage === 'may-be-cleared';
  if (audience === 'door') {
    if (!shellMissing) return null;
    return (
      <Alert color="orange" role="note" data-testid="offline-readiness">
        {t('offline.door.noReload')}
      </Alert>
    );
  }
  if (!shellMissing && !mayBeCleared) return null;
  return (
    <Alert color="orange" title={t('offline.admin.title')} data-testid="offline-readiness" maw={640}>
      <List size="sm" spacing="xs">
        {shellMissing && <List.Item>{t(`offline.admin.appShell.${shell}`)}</List.Item>}
        {mayBeCleared && <List.Item>{t('offline.admin.storageMayBeCleared')}</List.Item>}
      </List>
    </Alert>
  );
}
