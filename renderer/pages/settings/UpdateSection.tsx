import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { UpdateState } from '@shared/ipc/updates';
import { formatSyncTime } from '@renderer/components/sync/describe-sync';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import type { Platform } from '@renderer/platform/platform';
import { useEnrolment } from '@renderer/sync/use-sync';

const COLOURS: Partial<Record<UpdateState['status'], string>> = {
  ready: 'green',
  refused: 'red',
  error: 'orange',
};

/**
 * « Rechercher une mise à jour » (desktop, issue 20): the feed is the association's server when
 * this device is enrolled, else (or when the server has none) the public one configured. A found update downloads in the background and installs when
 * Tilleul quits: nothing here interrupts anyone.
 */
export function UpdateSection({ updates }: { updates: NonNullable<Platform['updates']> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const enrolment = useEnrolment();
  const [state, setState] = useState<UpdateState | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    updates.state().then(
      (value) => live && setState(value),
      (error: unknown) => live && setState({ status: 'error', message: String(error).slice(0, 500) }),
    );
    return () => {
      live = false;
    };
  }, [updates]);

  const serverUrl = enrolment?.serverUrl ?? null;
  const check = useCallback(async () => {
    setBusy(true);
    try {
      setState(await updates.check(serverUrl));
    } catch (error) {
      setState({ status: 'error', message: String(error).slice(0, 500) });
    } finally {
      setBusy(false);
    }
  }, [updates, serverUrl]);

  // The menu's « Rechercher une mise à jour » opens this page asking for a check (once per click).
  const requested: unknown = (useLocation().state as { checkUpdate?: unknown } | null)?.checkUpdate;
  const handled = useRef<unknown>(undefined);
  useEffect(() => {
    if (typeof requested !== 'number' || handled.current === requested) return;
    handled.current = requested;
    void check();
  }, [requested, check]);

  const sentence = (current: UpdateState) =>
    t(`settings.about.update.${current.status}`, {
      ...('version' in current ? { version: current.version } : {}),
      ...('message' in current ? { message: current.message } : {}),
      ...('checkedAt' in current ? { time: formatSyncTime(current.checkedAt, localeOf(language)) } : {}),
    });

  return (
    <Stack gap="xs" maw={720}>
      <Title order={2} size="h4">
        {t('settings.about.updates')}
      </Title>
      {state && (
        <Alert color={COLOURS[state.status] ?? 'blue'} p="xs" data-testid="update-state">
          <Text size="sm">{sentence(state)}</Text>
        </Alert>
      )}
      <Group>
        <Button onClick={() => void check()} loading={busy || state?.status === 'checking'}>
          {t('settings.about.checkUpdate')}
        </Button>
      </Group>
    </Stack>
  );
}
