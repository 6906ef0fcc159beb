import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { MembershipEntryForm } from '@renderer/pages/members/membership/MembershipEntryForm';
import { useMembershipEntry } from '@renderer/pages/members/membership/use-membership-entry';

/**
 * Corrects a recorded fee: the membership form, filled with it. The dialog closes only through
 * the form (Fermer, Échap), which asks before losing a correction typed.
 */
export function CorrectMembershipModal({
  membership,
  person,
  onClose,
}: {
  membership: MembershipDocument;
  person: PersonDocument;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const state = useMembershipEntry(membership);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cotisations.correctTitle')}
      size="xl"
      closeOnEscape={false}
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      <MembershipEntryForm
        state={state}
        person={person}
        correcting={membership}
        submitLabel={t('cotisations.correctSave')}
        onSaved={onClose}
        onLeave={onClose}
      />
    </Modal>
  );
}
