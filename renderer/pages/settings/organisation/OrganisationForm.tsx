import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PermissionNotice } from '@renderer/components/settings/PermissionNotice';
import { DraftNotice } from '@renderer/components/unsaved/DraftNotice';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';
import { CategoryFields } from '@renderer/pages/settings/organisation/CategoryFields';
import { IdentityFields } from '@renderer/pages/settings/organisation/IdentityFields';
import { ImageFields } from '@renderer/pages/settings/organisation/ImageFields';
import { SaveBar } from '@renderer/pages/settings/organisation/SaveBar';
import { SignatoryFields } from '@renderer/pages/settings/organisation/SignatoryFields';
import { useOrganisationForm } from '@renderer/pages/settings/organisation/use-organisation-form';

/** Paramètres → Association: the identity that tax receipts and member cards print. */
export function OrganisationForm() {
  const { t } = useTranslation();
  const { form, save, saving, stored, mayEdit, date, draft } = useOrganisationForm();
  return (
    <form onSubmit={save} noValidate>
      {/* A tab, a section, Ctrl+K: leaving with changes not saved asks first. */}
      <UnsavedChangesGuard dirty={form.isDirty() || date.pending} onDiscard={draft.clear} />
      <fieldset disabled={!mayEdit.allowed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg" maw={860}>
          <Text c="dimmed">{t('organisation.intro')}</Text>
          {stored.state === 'invalid' ? <Alert color="orange">{t('organisation.damaged')}</Alert> : null}
          {draft.restoredAt ? (
            <DraftNotice
              savedAt={draft.restoredAt}
              startAgainLabel={t('unsaved.startFromSaved')}
              onStartAgain={() => {
                void draft.clear();
                form.reset();
              }}
            />
          ) : null}
          <PermissionNotice decision={mayEdit} />
          <IdentityFields form={form} />
          <CategoryFields form={form} date={date} />
          <SignatoryFields form={form} />
          <ImageFields form={form} />
          <SaveBar form={form} stored={stored} saving={saving} />
        </Stack>
      </fieldset>
    </form>
  );
}
