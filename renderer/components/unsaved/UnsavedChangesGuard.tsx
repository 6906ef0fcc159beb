import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * While a form holds changes not saved yet, leaving its page — a menu link, an Alt+N shortcut,
 * Échap, the back button — asks first (« Abandonner les modifications ? »), and closing or
 * reloading the window gets the browser's own warning. `dirty` false lets everything through
 * (after a save, say).
 */
export function UnsavedChangesGuard({
  dirty,
  onDiscard,
}: {
  dirty: boolean;
  /**
   * Ends the form's kept draft before leaving: the page left may open again at once (the back
   * button), and must not find the draft just abandoned.
   */
  onDiscard?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const stay = () => blocker.reset?.();
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title={t('unsaved.title')} centered size={520}>
      <Text size="sm">{t('unsaved.body')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={stay} data-autofocus>
          {t('unsaved.keepEditing')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            void (onDiscard?.() ?? Promise.resolve()).finally(() => blocker.proceed?.());
          }}
        >
          {t('unsaved.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
