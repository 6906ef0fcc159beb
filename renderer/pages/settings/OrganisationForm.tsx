import {
  Alert,
  Button,
  CloseButton,
  FileInput,
  Fieldset,
  Group,
  Image,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDateTime } from '@shared/format/intl';
import { BridgeError } from '@shared/ipc/contract';
import { appendAudit } from '@renderer/data/audit/write';
import type { OrganisationCategory, OrganisationInput } from '@shared/schema/organisation';
import { IMAGE_MAX_BYTES, ORGANISATION_CATEGORIES, organisationSchema } from '@shared/schema/organisation';
import { useCurrentUser, useData, usePermission, useWriteContext } from '@renderer/data/context';
import {
  describeDenial,
  describeWriteError,
  issuesByPath,
  translateError,
} from '@renderer/components/translate-error';
import { saveSetting } from '@renderer/data/settings/write';
import { useSetting } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { usePlatform } from '@renderer/platform/context';
import { useLanguage } from '@renderer/i18n/language';
import { useTranslatedField } from '@renderer/components/translated-field';

type FormValues = Omit<Required<OrganisationInput>, 'category' | 'address'> & {
  category: OrganisationCategory | null;
  address: Required<OrganisationInput['address']>;
};

const EMPTY: FormValues = {
  name: '',
  rna: '',
  siren: '',
  address: { line1: '', line2: '', postalCode: '', city: '' },
  object: '',
  category: null,
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: '',
  signatoryTitle: '',
  logo: '',
  signature: '',
};

/** Whatever of a stored value still has the right shape, over empty fields: nothing typed is lost. */
function toFormValues(raw: unknown): FormValues {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const address = (
    typeof source.address === 'object' && source.address !== null ? source.address : {}
  ) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const category = ORGANISATION_CATEGORIES.find((c) => c === source.category) ?? null;
  return {
    ...EMPTY,
    ...Object.fromEntries(Object.keys(EMPTY).map((key) => [key, text(source[key])])),
    category,
    address: {
      line1: text(address.line1),
      line2: text(address.line2),
      postalCode: text(address.postalCode),
      city: text(address.city),
    },
  } as FormValues;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}

export function OrganisationForm() {
  const { t, i18n } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const writeContext = useWriteContext();
  const mayEdit = usePermission('settings.manage');
  const stored = useSetting('organisation');
  const [saving, setSaving] = useState(false);
  const loadedFrom = useRef<string | null>(null);

  const form = useForm<FormValues>({
    initialValues: EMPTY,
    validate: zod4Resolver(organisationSchema),
    validateInputOnBlur: true,
  });
  /** Stored values become the baseline: « Annuler les modifications » goes back to them. */
  const load = (values: FormValues) => {
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
  };
  const field = useTranslatedField(form);

  // Fill the form from the database once per stored version, unless the user is typing.
  const storedStamp = stored.read.state === 'ok' ? stored.read.updatedAt : stored.read.state;
  useEffect(() => {
    if (stored.loading || loadedFrom.current === storedStamp || form.isDirty()) return;
    loadedFrom.current = storedStamp;
    if (stored.read.state === 'missing') return;
    load(toFormValues(stored.read.state === 'ok' ? stored.read.value : stored.read.raw));
    if (stored.read.state === 'invalid') form.validate();
    // `form` is a new object each render; the stamp is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.loading, storedStamp]);

  const save = form.onSubmit(
    async (values) => {
      setSaving(true);
      try {
        const saved = await saveSetting(db, writeContext, 'organisation', values as OrganisationInput);
        load(toFormValues(saved));
        notifications.show({ color: 'green', message: t('organisation.saved') });
      } catch (error) {
        if (error instanceof z.ZodError) {
          form.setErrors(issuesByPath(error));
          notifications.show({ color: 'red', message: t('organisation.invalid') });
        } else {
          notifications.show({
            color: 'red',
            message: t('organisation.saveFailed', { message: describeWriteError(t, user.role, error) }),
          });
        }
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      notifications.show({ color: 'red', message: t('organisation.invalid') });
      const first = Object.keys(errors)[0];
      if (first) document.querySelector<HTMLElement>(`[data-path="${first}"]`)?.focus();
    },
  );

  // Ctrl+S (⌘S) saves from anywhere in the page, fields included.
  useHotkeys([['mod+S', () => mayEdit.allowed && save()]], []);

  const exportJson = async () => {
    if (stored.read.state !== 'ok') return;
    try {
      const result = await platform.saveFile({
        suggestedName: 'association.json',
        filterName: 'JSON',
        extensions: ['json'],
        mimeType: 'application/json',
        data: new TextEncoder().encode(`${JSON.stringify(stored.read.value, null, 2)}\n`),
      });
      if (result.saved) {
        await appendAudit(
          db,
          { ...writeContext, userName: user.name },
          {
            action: 'export',
            collection: 'settings',
            documentId: 'organisation',
            detail: 'association.json',
          },
        );
        notifications.show({
          color: 'green',
          message: result.path
            ? t('organisation.exportedTo', { path: result.path })
            : t('organisation.exported'),
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('organisation.exportFailed', {
          message:
            error instanceof BridgeError
              ? translateError(t, error.messageKey)
              : describeWriteError(t, user.role, error),
        }),
      });
    }
  };

  const imageField = (path: 'logo' | 'signature') => {
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
  };

  return (
    <form onSubmit={save} noValidate>
      <fieldset disabled={!mayEdit.allowed} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg" maw={860}>
          <Text c="dimmed">{t('organisation.intro')}</Text>
          {stored.read.state === 'invalid' ? <Alert color="orange">{t('organisation.damaged')}</Alert> : null}
          {mayEdit.allowed ? null : <Alert color="blue">{describeDenial(t, user.role, mayEdit)}</Alert>}

          <Fieldset legend={t('organisation.sections.identity')}>
            <Stack gap="sm">
              <TextInput
                label={t('organisation.fields.name')}
                withAsterisk
                data-autofocus
                {...field('name')}
                data-path="name"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('organisation.fields.rna')}
                  description={t('organisation.fields.rnaDescription')}
                  {...field('rna')}
                  data-path="rna"
                />
                <TextInput
                  label={t('organisation.fields.siren')}
                  description={t('organisation.fields.sirenDescription')}
                  inputMode="numeric"
                  {...field('siren')}
                  data-path="siren"
                />
              </SimpleGrid>
              <Textarea
                label={t('organisation.fields.object')}
                description={t('organisation.fields.objectDescription')}
                withAsterisk
                autosize
                minRows={2}
                {...field('object')}
                data-path="object"
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('organisation.sections.address')}>
            <Stack gap="sm">
              <TextInput
                label={t('organisation.fields.line1')}
                withAsterisk
                {...field('address.line1')}
                data-path="address.line1"
              />
              <TextInput
                label={t('organisation.fields.line2')}
                {...field('address.line2')}
                data-path="address.line2"
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('organisation.fields.postalCode')}
                  withAsterisk
                  inputMode="numeric"
                  maxLength={5}
                  {...field('address.postalCode')}
                  data-path="address.postalCode"
                />
                <TextInput
                  label={t('organisation.fields.city')}
                  withAsterisk
                  {...field('address.city')}
                  data-path="address.city"
                  style={{ gridColumn: 'span 2' }}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('organisation.sections.category')}>
            <Stack gap="sm">
              <Select
                label={t('organisation.fields.category')}
                placeholder={t('organisation.fields.categoryPlaceholder')}
                withAsterisk
                data={ORGANISATION_CATEGORIES.map((value) => ({
                  value,
                  label: t(`organisation.categories.${value}`),
                }))}
                allowDeselect={false}
                {...field('category')}
                data-path="category"
              />
              {form.values.category === 'autre' ? (
                <TextInput
                  label={t('organisation.fields.categoryOther')}
                  withAsterisk
                  {...field('categoryOther')}
                  data-path="categoryOther"
                />
              ) : null}
              {form.values.category === 'rup' ? (
                <DateInput
                  label={t('organisation.fields.rupDecreeDate')}
                  withAsterisk
                  valueFormat="DD/MM/YYYY"
                  placeholder="JJ/MM/AAAA"
                  locale={language}
                  value={form.values.rupDecreeDate || null}
                  onChange={(value) => form.setFieldValue('rupDecreeDate', value ?? '')}
                  error={form.errors.rupDecreeDate ? translateError(t, form.errors.rupDecreeDate) : undefined}
                  data-path="rupDecreeDate"
                />
              ) : null}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('organisation.sections.signatory')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('organisation.fields.signatoryName')}
                withAsterisk
                {...field('signatoryName')}
                data-path="signatoryName"
              />
              <TextInput
                label={t('organisation.fields.signatoryTitle')}
                placeholder={t('organisation.fields.signatoryTitlePlaceholder')}
                withAsterisk
                {...field('signatoryTitle')}
                data-path="signatoryTitle"
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('organisation.sections.images')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {imageField('logo')}
              {imageField('signature')}
            </SimpleGrid>
          </Fieldset>

          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {stored.read.state === 'ok'
                ? t('organisation.lastSaved', {
                    date: formatDateTime(
                      stored.read.updatedAt,
                      localeOf(i18n.language === 'en' ? 'en' : 'fr'),
                    ),
                  })
                : null}
            </Text>
            <Group gap="sm">
              {stored.read.state === 'ok' ? (
                <Button variant="default" onClick={exportJson}>
                  {t('organisation.export')}
                </Button>
              ) : null}
              <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
                {t('organisation.cancel')}
              </Button>
              <Button type="submit" loading={saving} size="md" title={t('organisation.saveShortcut')}>
                {t('organisation.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}
