import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoProgressBar } from '@renderer/pages/home/demo/DemoProgressBar';
import type { Demo } from '@renderer/pages/home/demo/use-demo';

/** « Retirer les données de démonstration », after a confirmation. */
export function DemoLoaded({ demo }: { demo: Demo }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const remove = () => {
    setConfirming(false);
    void demo.remove();
  };
  return (
    <Alert color="yellow" title={t('dashboard.demo.loadedTitle')}>
      <Stack gap="sm" align="stretch">
        <Text size="sm">{t('dashboard.demo.loadedBody')}</Text>
        <DemoProgressBar busy={demo.busy} progress={demo.progress} />
        <Group>
          <Button
            color="red"
            variant="light"
            size="md"
            onClick={() => setConfirming(true)}
            loading={demo.busy !== null}
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
