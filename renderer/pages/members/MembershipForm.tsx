import { Alert, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermission } from '@renderer/data/context';
import type { PersonDocument } from '@shared/members/person';
import { DraftNotice } from '@renderer/components/unsaved/DraftNotice';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';
import { useKeptDraft } from '@renderer/components/unsaved/use-kept-draft';
import { MembershipEntryForm } from '@renderer/pages/members/membership/MembershipEntryForm';
import { useMembershipEntry } from '@renderer/pages/members/membership/use-membership-entry';

/** Take a fee for a person, or for their household with a family tariff. */
export function MembershipForm({ person, onDone }: { person: PersonDocument; onDone?: () => void }) {
  const { t } = useTranslation();
  const state = useMembershipEntry();
  // Only an administrator may define the seasons: the others are told whom to ask.
  const mayDefineSeasons = usePermission('settings.manage').allowed;
  // A fee half typed when the PC locks comes back to the same user on this person's page.
  const draft = useKeptDraft(`membership-${person.id}`, {
    values: state.values,
    initial: state.baseline,
    dirty: state.dirty,
    apply: state.restore,
  });

  if (state.seasons.length === 0)
    return (
      <Alert color="orange">
        {mayDefineSeasons ? t('people.membership.noSeason') : t('people.membership.noSeasonAsk')}
      </Alert>
    );
  return (
    <Paper withBorder p="md">
      {/* Leaving the person's page with a fee half typed asks first. */}
      <UnsavedChangesGuard dirty={state.dirty} onDiscard={draft.clear} />
      {draft.restoredAt ? (
        <DraftNotice
          savedAt={draft.restoredAt}
          startAgainLabel={t('unsaved.startAgain')}
          onStartAgain={() => {
            void draft.clear();
            state.discard();
          }}
        />
      ) : null}
      <MembershipEntryForm
        state={state}
        person={person}
        heading={
          <Title order={2} size="h4">
            {t('people.membership.take')}
          </Title>
        }
        submitLabel={t('people.membership.save')}
        onSaved={() => {
          void draft.clear();
          state.clear();
          onDone?.();
        }}
      />
    </Paper>
  );
}
