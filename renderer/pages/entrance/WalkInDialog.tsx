import { useTranslation } from 'react-i18next';
import { NewPersonNameForm } from '@renderer/components/NewPersonNameForm';
import { DoorModal } from '@renderer/pages/entrance/DoorModal';

/** Someone the file does not know, let in with a first and last name only. */
export function WalkInDialog({
  opened,
  typed,
  onClose,
  onSave,
}: {
  opened: boolean;
  typed: string;
  onClose: () => void;
  onSave: (name: { firstName: string; lastName: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <DoorModal opened={opened} onClose={onClose} title={t('entrance.walkIn.title')}>
      {/* Mounted at each opening: it starts from what was typed in the search. */}
      {opened ? (
        <NewPersonNameForm
          typed={typed}
          size="lg"
          texts={{
            hint: t('entrance.walkIn.hint'),
            firstName: t('entrance.walkIn.firstName'),
            lastName: t('entrance.walkIn.lastName'),
            lastNameRequired: t('entrance.walkIn.lastNameRequired'),
            save: t('entrance.walkIn.save'),
            cancel: t('entrance.walkIn.cancel'),
          }}
          onCancel={onClose}
          onSave={onSave}
        />
      ) : null}
    </DoorModal>
  );
}
