import { CloseButton, FileInput, Fieldset, Group, Image, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMAGE_MAX_BYTES } from '@shared/schema/organisation';
import { translateError } from '@renderer/components/translate-error';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

/** The logo and the signature printed on receipts and cards. */
export function ImageFields({ form }: { form: OrganisationFormApi }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('organisation.sections.images')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ImageField form={form} path="logo" />
        <ImageField form={form} path="signature" />
      </SimpleGrid>
    </Fieldset>
  );
}

/** A small PNG or JPEG, kept in the setting as a data URL (so it syncs with the rest). */
function ImageField({ form, path }: { form: OrganisationFormApi; path: 'logo' | 'signature' }) {
  const { t } = useTranslation();
  const value = form.values[path];
  const error = form.errors[path];
  return (
    <Stack gap={6}>
      <FileInput
        label={t(`organisation.fields.${path}`)}
        placeholder={t('organisation.fields.imagePlaceholder')}
        accept="image/png,image/jpeg"
        clearable={false}
        value={null}
        data-path={path}
        error={error ? translateError(t, error) : undefined}
        onChange={async (file) => {
          if (!file) return;
          if (!['image/png', 'image/jpeg'].includes(file.type)) {
            form.setFieldError(path, 'errors.organisation.imageFormat');
          } else if (file.size > IMAGE_MAX_BYTES) {
            form.setFieldError(path, 'errors.organisation.imageTooLarge');
          } else {
            try {
              form.setFieldValue(path, await readAsDataUrl(file));
              form.clearFieldError(path);
            } catch {
              form.setFieldError(path, 'errors.organisation.imageUnreadable');
            }
          }
        }}
      />
      {value ? (
        <Group gap="xs">
          <Image src={value} alt={t(`organisation.fields.${path}`)} h={64} w="auto" fit="contain" />
          <CloseButton
            aria-label={t('organisation.fields.imageRemove')}
            onClick={() => form.setFieldValue(path, '')}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
