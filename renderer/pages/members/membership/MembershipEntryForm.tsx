import { Button, Group, Stack, Text } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipDocument } from '@shared/members/membership';
import { displayName } from '@shared/members/person';
import type { PersonDocument } from '@shared/members/person';
import { translateError } from '@renderer/components/translate-error';
import { useHousehold } from '@renderer/data/members/read';
import { ConfirmAlert } from '@renderer/pages/members/membership/ConfirmAlert';
import { DuplicateCotisation } from '@renderer/pages/members/membership/DuplicateCotisation';
import { PaymentFields } from '@renderer/pages/members/membership/PaymentFields';
import { TariffFields } from '@renderer/pages/members/membership/TariffFields';
import type { MembershipEntryState } from '@renderer/pages/members/membership/use-membership-entry';
import { useSaveMembership } from '@renderer/pages/members/membership/use-save-membership';

/**
 * The fields of a fee, new or corrected, and how the keyboard leaves them: Entrée saves, Échap
 * abandons — after asking, if something was typed. Échap in an open list or calendar only
 * closes that list (the date field keeps its Échap to itself).
 */
export function MembershipEntryForm({
  state,
  person,
  correcting,
  heading,
  submitLabel,
  onSaved,
  onLeave,
}: {
  state: MembershipEntryState;
  person: PersonDocument;
  correcting?: MembershipDocument;
  heading?: ReactNode;
  submitLabel: string;
  onSaved: () => void;
  /** Closes the form (the correction dialog); without it, abandoning empties the form. */
  onLeave?: () => void;
}) {
  const { t } = useTranslation();
  const household = useHousehold(person.householdId);
  const save = useSaveMembership({ state, person, household, correcting, onSaved });
  const [askingDiscard, setAskingDiscard] = useState(false);
  const error = (path: string) => (save.errors[path] ? translateError(t, save.errors[path]) : undefined);

  const leave = () => {
    if (state.dirty) setAskingDiscard(true);
    else onLeave?.();
  };
  const discard = () => {
    setAskingDiscard(false);
    state.discard();
    onLeave?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
    if (save.duplicates.length > 0) save.dismissDuplicate();
    else if (askingDiscard) setAskingDiscard(false);
    else leave();
  };

  return (
    <form onSubmit={(event) => void save.submit(event)} onKeyDown={onKeyDown} noValidate>
      <Stack gap="sm">
        <Group justify="space-between">
          {heading}
          <Text size="sm" c="dimmed">
            {t('cotisations.shortcuts')}
          </Text>
        </Group>
        <TariffFields state={state} household={household} error={error} />
        <PaymentFields key={state.resetKey} state={state} error={error} />
        {save.duplicates.length > 0 ? (
          <DuplicateCotisation
            same={save.duplicates}
            covers={save.covers}
            holder={
              save.holderKind === 'household'
                ? { kind: 'household' }
                : { kind: 'person', name: displayName(person) }
            }
            busy={save.busy}
            onConfirm={() => void save.confirmDuplicate()}
            onDismiss={save.dismissDuplicate}
          />
        ) : null}
        {askingDiscard ? (
          <ConfirmAlert
            title={t('unsaved.title')}
            keepLabel={t('unsaved.keepEditing')}
            confirmLabel={t('unsaved.discard')}
            confirmColor="red"
            onKeep={() => setAskingDiscard(false)}
            onConfirm={discard}
          >
            <Text size="sm">{t('unsaved.body')}</Text>
          </ConfirmAlert>
        ) : null}
        <Group justify="flex-end">
          {onLeave ? (
            <Button variant="default" onClick={leave}>
              {t('cotisations.close')}
            </Button>
          ) : null}
          <Button type="submit" loading={save.busy} size="md">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
