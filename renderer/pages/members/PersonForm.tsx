import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PersonDocument } from '@shared/members/person';
import { useTranslatedField } from '@renderer/components/translated-field';
import { escapeLeaves } from '@renderer/components/unsaved/escape-leaves';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';
import { useCustomFields, useHousehold, usePerson } from '@renderer/data/members/read';
import { AddressFields } from '@renderer/pages/members/person-form/AddressFields';
import { ConsentFields } from '@renderer/pages/members/person-form/ConsentFields';
import { CustomFieldInputs } from '@renderer/pages/members/person-form/CustomFieldInputs';
import { DraftNotice } from '@renderer/components/unsaved/DraftNotice';
import { DuplicateWarning } from '@renderer/pages/members/person-form/DuplicateWarning';
import { IdentityFields } from '@renderer/pages/members/person-form/IdentityFields';
import { useDateErrors } from '@renderer/pages/members/person-form/use-date-errors';
import { usePersonDraft } from '@renderer/pages/members/person-form/use-person-draft';
import { usePersonForm } from '@renderer/pages/members/person-form/use-person-form';
import { useLeaveAfterSave, useSavePerson } from '@renderer/pages/members/person-form/use-save-person';
import { useRouteId } from '@renderer/components/use-route-id';
import { asHouseholdId, asPersonId } from '@shared/ids';

/** Create (`/membres/nouveau`, optionally `?foyer=ID`) or edit (`/membres/:id/modifier`) a person. */
export function PersonForm() {
  const id = useRouteId(asPersonId);
  const existing = usePerson(id);
  if (id && !existing) return <Alert color="orange">{id}</Alert>;
  return <PersonFormBody key={id ?? 'new'} existing={existing} />;
}

function PersonFormBody({ existing }: { existing: PersonDocument | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const allCustomFields = useCustomFields();
  const definitions = useMemo(() => allCustomFields.filter((f) => !f.archived), [allCustomFields]);
  const household = useHousehold(existing?.householdId ?? asHouseholdId(params.get('foyer') ?? ''));
  const { form, customSchema, initial } = usePersonForm(existing, household, definitions);
  const field = useTranslatedField(form);
  const dateErrors = useDateErrors();
  const leaving = useLeaveAfterSave();
  const dirty = form.isDirty() && !leaving.saved;
  const draft = usePersonDraft(form, existing ? `person-${existing.id}` : 'person-new', initial, dirty);
  const { busy, save, duplicates, createAnyway } = useSavePerson(form, existing, {
    customSchema,
    base: draft.base,
    dateErrors,
    clearDraft: draft.clear,
    onSaved: leaving.leave,
  });
  // With changes, the guard below asks « Abandonner les modifications ? » before leaving.
  const cancel = () => navigate(existing ? `/membres/${existing.id}` : '/membres');

  // Échap leaves (an open list closes first; a dialog of the form keeps its Échap).
  const onKeyDown = escapeLeaves(cancel);

  return (
    <form onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <UnsavedChangesGuard dirty={dirty} onDiscard={draft.clear} />
      <Stack gap="lg" maw={860}>
        <Group justify="space-between">
          <Title order={1}>{existing ? t('people.form.editTitle') : t('people.form.createTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('people.form.shortcuts')}
          </Text>
        </Group>
        {draft.restoredAt ? (
          <DraftNotice
            savedAt={draft.restoredAt}
            startAgainLabel={existing ? t('unsaved.discardDraft') : t('personForm.startAgainEmpty')}
            onStartAgain={draft.startAgain}
          />
        ) : null}
        {household && !existing ? (
          <Alert color="blue">{t('people.form.householdPrefilled', { name: household.name })}</Alert>
        ) : null}
        {duplicates.length > 0 ? (
          <DuplicateWarning duplicates={duplicates} onCreateAnyway={createAnyway} />
        ) : null}
        <IdentityFields form={form} dateErrors={dateErrors} />
        <AddressFields field={field} />
        <ConsentFields form={form} dateErrors={dateErrors} />
        <CustomFieldInputs form={form} definitions={definitions} dateErrors={dateErrors} />
        <Textarea label={t('people.form.notes')} autosize minRows={2} {...field('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel}>
            {t('people.form.cancel')}
          </Button>
          <Button type="submit" size="md" loading={busy}>
            {t('people.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
