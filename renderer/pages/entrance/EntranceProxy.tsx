import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import { ProxyForm } from '@renderer/components/events/ProxyForm';
import { useEventRoll } from '@renderer/data/events/read';
import { DoorModal } from '@renderer/pages/entrance/DoorModal';
import type { PersonId } from '@shared/ids';

/**
 * At the door of a general assembly, a member arrives with a signed pouvoir of an absent member:
 * « Pouvoir remis à l'entrée » records it there, the holder being the member let in last; the
 * quorum above counts it at once. The AG's rules refuse what they refuse, in their words.
 */
export function EntranceProxy({
  event,
  attendance,
  holder,
  opened,
  onOpen,
  onClose,
}: {
  event: EventDocument;
  attendance: readonly AttendanceDocument[];
  /** The member let in last: most often the one holding the paper. */
  holder: PersonId | undefined;
  opened: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { roll } = useEventRoll(event, attendance);
  return (
    <>
      <Group>
        <Button size="lg" variant="light" onClick={onOpen}>
          {t('entrance.proxy.offer')}
        </Button>
      </Group>
      <DoorModal opened={opened} onClose={onClose} title={t('entrance.proxy.title')}>
        <Text mb="md">{t('eventSheets.proxies.rules', { max: event.assembly.maxProxiesPerMember })}</Text>
        {/* Mounted at each opening: the holder starts as the member let in last. */}
        {opened ? (
          <ProxyForm event={event} roll={roll} holder={holder ?? null} size="lg" onRecorded={onClose} />
        ) : null}
      </DoorModal>
    </>
  );
}
