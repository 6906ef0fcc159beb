import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoSize } from '@shared/demo/demo-association';
import { DEMO_SIZES, isDemoId } from '@shared/demo/demo-association';
import {
  useCurrentUser,
  useData,
  useDirectory,
  usePermission,
  useWriteContext,
} from '@renderer/data/context';
import { describeWriteError } from '@renderer/components/translate-error';
import type { DemoProgress } from '@renderer/data/demo/write';
import { DemoSettingsError, loadDemo, removeDemo } from '@renderer/data/demo/write';

/** The sizes offered on screen; the federation size (50,000) is for benchmarks. */
const OFFERED: readonly DemoSize[] = ['small', 'large'];

function containsDemo(ids: Iterable<string>): boolean {
  for (const id of ids) if (isDemoId(id)) return true;
  return false;
}

/**
 * « Essayer avec une association de démonstration » / « Retirer les données de démonstration ».
 * Only for those who may manage the association: the demo writes seasons and fields in settings.
 */
export function DemoCard() {
  const mayManage = usePermission('settings.manage');
  if (!mayManage.allowed) return null;
  return <DemoCardContent />;
}

function DemoCardContent() {
  const { t, i18n } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  const [size, setSize] = useState<DemoSize>('small');
  const [busy, setBusy] = useState<'loading' | 'removing' | null>(null);
  const [progress, setProgress] = useState<DemoProgress>({ done: 0, total: 0 });
  const [confirming, setConfirming] = useState(false);
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR');

  const present = useMemo(
    () =>
      containsDemo(directory.households.keys()) ||
      containsDemo(directory.people.keys()) ||
      containsDemo(directory.memberships.keys()),
    [directory],
  );

  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      message:
        error instanceof DemoSettingsError
          ? t('dashboard.demo.settingsDamaged')
          : t('dashboard.demo.failed', { message: describeWriteError(t, user.role, error) }),
    });

  const load = async () => {
    setBusy('loading');
    setProgress({ done: 0, total: 0 });
    try {
      const demo = await loadDemo(db, context, size, setProgress);
      notifications.show({
        color: 'green',
        message: t('dashboard.demo.loaded', { people: format(demo.people.length) }),
      });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setConfirming(false);
    setBusy('removing');
    setProgress({ done: 0, total: 0 });
    try {
      const removal = await removeDemo(db, context, setProgress);
      notifications.show({ color: 'green', message: t('dashboard.demo.removed') });
      if (removal.keptSeasons.length > 0) {
        notifications.show({
          color: 'orange',
          autoClose: false,
          message: t('dashboard.demo.keptSeasons', { seasons: removal.keptSeasons.join(', ') }),
        });
      }
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const progressBar = busy ? (
    <Stack gap={4} aria-live="polite">
      <Progress
        value={percent}
        size="lg"
        animated
        aria-label={t('dashboard.demo.progressLabel')}
        data-testid="demo-progress"
      />
      <Text size="sm" c="dimmed">
        {busy === 'loading' ? t('dashboard.demo.loading') : t('dashboard.demo.removing')}{' '}
        {progress.total > 0
          ? t('dashboard.demo.progress', { done: format(progress.done), total: format(progress.total) })
          : null}
      </Text>
    </Stack>
  ) : null;

  if ((present && busy !== 'loading') || busy === 'removing') {
    return (
      <Alert color="yellow" title={t('dashboard.demo.loadedTitle')}>
        <Stack gap="sm" align="stretch">
          <Text size="sm">{t('dashboard.demo.loadedBody')}</Text>
          {progressBar}
          <Group>
            <Button
              color="red"
              variant="light"
              size="md"
              onClick={() => setConfirming(true)}
              loading={busy !== null}
            >
              {t('dashboard.demo.remove')}
            </Button>
          </Group>
        </Stack>
        <Modal
          opened={confirming}
          onClose={() => setConfirming(false)}
          title={t('dashboard.demo.confirmTitle')}
          centered
        >
          <Stack gap="md">
            <Text size="sm">{t('dashboard.demo.confirmBody')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('dashboard.demo.cancel')}
              </Button>
              <Button color="red" onClick={remove} data-autofocus>
                {t('dashboard.demo.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Alert>
    );
  }

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('dashboard.demo.title')}
        </Title>
        <Text size="sm">{t('dashboard.demo.body')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="demo-size-label">
            {t('dashboard.demo.size')}
          </Text>
          <SegmentedControl
            aria-labelledby="demo-size-label"
            value={size}
            onChange={(value) => setSize(value as DemoSize)}
            disabled={busy !== null}
            data={OFFERED.map((value) => ({
              value,
              label: t(value === 'small' ? 'dashboard.demo.sizeSmall' : 'dashboard.demo.sizeLarge', {
                people: format(DEMO_SIZES[value]),
              }),
            }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {progressBar}
        <Group>
          <Button size="md" onClick={load} loading={busy !== null}>
            {t('dashboard.demo.load')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
