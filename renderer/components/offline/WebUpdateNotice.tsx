import { Alert, Badge, Button, Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebUpdatePort } from '@renderer/platform/platform';
import { usePlatform } from '@renderer/platform/context';

const NONE: WebUpdatePort = { waiting: () => false, subscribe: () => () => undefined, apply: async () => {} };

function useWebUpdate() {
  const update = usePlatform().webUpdate ?? NONE;
  return { update, waiting: useSyncExternalStore(update.subscribe, update.waiting) };
}

/**
 * In a browser, « Nouvelle version » in the header once the service worker holds a newer build:
 * nothing changes under the person's hands (a check-in, a form), they reload into it when they
 * choose; otherwise it opens once every tab has closed. Nothing on the desktop (its updates are
 * main's).
 */
export function WebUpdateNotice() {
  const { t } = useTranslation();
  const { update, waiting } = useWebUpdate();
  const [opened, { open, close }] = useDisclosure(false);
  if (!waiting) return null;
  return (
    <>
      {/* On a phone's one-line header, a sign only: the sync status and « Verrouiller » keep their room. */}
      <UnstyledButton
        onClick={open}
        data-testid="web-update"
        aria-label={t('webUpdate.badge')}
        style={{ flexShrink: 0 }}
      >
        <Badge color="blue" size="lg" tt="none" visibleFrom="sm">
          {t('webUpdate.badge')}
        </Badge>
        <Badge color="blue" size="lg" circle hiddenFrom="sm" aria-hidden>
          ↻
        </Badge>
      </UnstyledButton>
      <Modal opened={opened} onClose={close} title={t('webUpdate.title')} size="md">
        <Stack gap="md">
          <Text size="sm">{t('webUpdate.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={close}>
              {t('webUpdate.later')}
            </Button>
            <Button size="md" data-autofocus onClick={() => void update.apply()}>
              {t('webUpdate.apply')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * The lock screen's word of a new build: nobody is signed in, so nothing typed can be lost — one
 * button reloads into it (a door phone left locked between two events would otherwise learn of it
 * only once someone signed in).
 */
export function WebUpdateLockNotice() {
  const { t } = useTranslation();
  const { update, waiting } = useWebUpdate();
  if (!waiting) return null;
  return (
    <Alert color="blue" title={t('webUpdate.title')} mb="md" data-testid="web-update-locked">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('webUpdate.locked')}</Text>
        <Button size="md" onClick={() => void update.apply()}>
          {t('webUpdate.apply')}
        </Button>
      </Stack>
    </Alert>
  );
}
