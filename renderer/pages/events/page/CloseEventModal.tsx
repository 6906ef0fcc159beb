import { Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { closeEvent } from '@renderer/data/sheets/write';
import { useEnrolment } from '@renderer/sync/use-sync';

/**
 * « Clôturer l'événement ? »: what closing does, in plain words, then the closing itself with its
 * progress (an event of a thousand check-ins deletes a thousand records). Échap closes the dialog
 * only, and not while closing.
 */
export function CloseEventModal({
  event,
  records,
  opened,
  onClose,
}: {
  event: EventDocument;
  /** How many attendance records the closing folds. */
  records: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const enrolment = useEnrolment();
  const { busy, run } = useWrite();
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  const confirm = async () => {
    const device = enrolment?.deviceName || t('closing.thisDevice');
    const done = await run(
      () => closeEvent(db, context, event.id, device, (count, total) => setProgress({ done: count, total })),
      { success: () => t('closing.dialog.done') },
    );
    setProgress(undefined);
    if (done) onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : onClose}
      closeOnEscape={!busy}
      title={t('closing.dialog.title', { event: event.title })}
      centered
      size={560}
    >
      <Stack gap="sm">
        <List spacing="xs">
          <List.Item>{t('closing.dialog.frozen')}</List.Item>
          <List.Item>{t('closing.dialog.amendments')}</List.Item>
          <List.Item>{t('closing.dialog.door')}</List.Item>
        </List>
        <Text fw={600}>{t('closing.dialog.records', { count: records })}</Text>
        {progress ? (
          <Stack gap={4} aria-live="polite">
            <Progress value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total} />
            <Text size="sm">{t('closing.dialog.progress', progress)}</Text>
          </Stack>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" size="md" onClick={onClose} disabled={busy} data-autofocus>
            {t('closing.dialog.keep')}
          </Button>
          <Button size="md" loading={busy} onClick={() => void confirm()}>
            {t('closing.dialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
