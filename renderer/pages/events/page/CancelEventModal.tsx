import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import type { EventDocument } from '@shared/events/event';
import { formatEventStart } from '@shared/events/event-time';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { cancelEvent } from '@renderer/data/events/write';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** « Annuler l'événement ? »: it stays in the list and the history, marked cancelled with the day. */
export function CancelEventModal({
  event,
  opened,
  onClose,
}: {
  event: EventDocument;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();

  const confirm = async () => {
    const done = await run(() => cancelEvent(db, context, event.id, localToday(context.now())), {
      success: () => t('events.cancel.done'),
    });
    if (done) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('events.cancel.title')} centered size={520}>
      <Text>{t('events.cancel.body', { title: event.title, when: formatEventStart(event, locale) })}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" size="md" onClick={onClose} data-autofocus>
          {t('events.cancel.keep')}
        </Button>
        <Button color="red" size="md" loading={busy} onClick={() => void confirm()}>
          {t('events.cancel.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
