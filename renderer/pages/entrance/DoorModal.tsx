import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog at the door (paying, a walk-in, a pouvoir, the cash count): wide enough for big touch
 * targets but narrower than the notices' corner (its close button is never under « … est
 * entré »), a close button a finger finds, and on closing the focus goes back to the search —
 * never to the button that opened it — so the next person is typed at once (`useDoorFocus`).
 */
export function DoorModal({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      // This object replaces the theme's (its name included): the name is given again here.
      closeButtonProps={{ size: 'xl', 'aria-label': t('app.close') }}
      returnFocus={false}
    >
      {children}
    </Modal>
  );
}
