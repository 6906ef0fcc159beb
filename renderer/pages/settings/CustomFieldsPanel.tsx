import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CustomFieldDefinition, CustomFieldType } from '@shared/members/custom-fields';
import { CUSTOM_FIELD_TYPES, customFieldsSettingSchema } from '@shared/members/custom-fields';
import { foldText } from '@shared/search/normalise';
import { useCurrentUser, useData, usePermission, useWriteContext } from '@renderer/data/context';
import { describeDenial, describeWriteError, translateError } from '@renderer/components/translate-error';
import { saveSetting } from '@renderer/data/settings/write';
import { useSetting } from '@renderer/data/settings/read';

/**
 * A stable id from the label (« Taille de tee-shirt » → `taille-de-tee-shirt`): values are filed
 * under it, so it never changes afterwards, even when the label does.
 */
export function customFieldId(label: string, taken: ReadonlySet<string>): string {
  const base =
    foldText(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'champ';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

type Editing = { field: CustomFieldDefinition | null };

export function CustomFieldsPanel() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { db } = useData();
  const context = useWriteContext();
  const mayEdit = usePermission('settings.manage');
  const stored = useSetting('custom-fields');
  const [editing, setEditing] = useState<Editing | null>(null);
  const fields = useMemo(() => (stored.read.state === 'ok' ? stored.read.value.fields : []), [stored.read]);

  const write = async (next: CustomFieldDefinition[]) => {
    customFieldsSettingSchema.parse({ fields: next });
    await saveSetting(db, context, 'custom-fields', { fields: next });
    notifications.show({ color: 'green', message: t('customFieldsSettings.saved') });
  };

  const toggleArchive = async (field: CustomFieldDefinition) => {
    try {
      await write(
        fields.map((item) => (item.id === field.id ? { ...item, archived: !item.archived } : item)),
      );
    } catch (error) {
      notifications.show({
        color: 'red',
        message:
          error instanceof z.ZodError
            ? translateError(t, error.issues[0]?.message)
            : t('customFieldsSettings.saveFailed', { message: describeWriteError(t, user.role, error) }),
      });
    }
  };

  if (stored.loading) return null;

  return (
    <Stack gap="lg" maw={980}>
      <Text c="dimmed">{t('customFieldsSettings.intro')}</Text>
      {mayEdit.allowed ? null : <Alert color="blue">{describeDenial(t, user.role, mayEdit)}</Alert>}
      {stored.read.state === 'invalid' ? (
        <Alert color="orange">{t('customFieldsSettings.damaged')}</Alert>
      ) : (
        <>
          {mayEdit.allowed ? (
            <Group>
              <Button size="md" onClick={() => setEditing({ field: null })}>
                {t('customFieldsSettings.add')}
              </Button>
            </Group>
          ) : null}
          {fields.length === 0 ? (
            <Text>{t('customFieldsSettings.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('customFieldsSettings.columns.label')}</Table.Th>
                    <Table.Th>{t('customFieldsSettings.columns.type')}</Table.Th>
                    <Table.Th>{t('customFieldsSettings.columns.details')}</Table.Th>
                    {mayEdit.allowed ? (
                      <Table.Th>{t('customFieldsSettings.columns.actions')}</Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {fields.map((field) => (
                    <Table.Tr key={field.id} c={field.archived ? 'dimmed' : undefined}>
                      <Table.Td>
                        <Group gap="xs">
                          {field.label}
                          {field.required ? (
                            <Badge variant="light">{t('customFieldsSettings.required')}</Badge>
                          ) : null}
                          {field.archived ? (
                            <Badge variant="light" color="gray">
                              {t('customFieldsSettings.archived')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>{t(`customFieldsSettings.types.${field.type}`)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {field.choices.join(' · ')}
                        </Text>
                      </Table.Td>
                      {mayEdit.allowed ? (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('customFieldsSettings.editNamed', { field: field.label })}
                              onClick={() => setEditing({ field })}
                            >
                              {t('customFieldsSettings.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color={field.archived ? 'green' : 'gray'}
                              aria-label={t(
                                field.archived
                                  ? 'customFieldsSettings.unarchiveNamed'
                                  : 'customFieldsSettings.archiveNamed',
                                { field: field.label },
                              )}
                              onClick={() => toggleArchive(field)}
                            >
                              {field.archived
                                ? t('customFieldsSettings.unarchive')
                                : t('customFieldsSettings.archive')}
                            </Button>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.field ? t('customFieldsSettings.editTitle') : t('customFieldsSettings.newField')}
        size="lg"
      >
        {editing ? (
          <FieldForm
            key={editing.field?.id ?? 'new'}
            field={editing.field}
            fields={fields}
            write={write}
            close={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function FieldForm({
  field,
  fields,
  write,
  close,
}: {
  field: CustomFieldDefinition | null;
  fields: readonly CustomFieldDefinition[];
  write: (next: CustomFieldDefinition[]) => Promise<void>;
  close: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [label, setLabel] = useState(field?.label ?? '');
  const [type, setType] = useState<CustomFieldType | null>(field?.type ?? null);
  const [required, setRequired] = useState(field?.required ?? false);
  const [choices, setChoices] = useState((field?.choices ?? []).join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const errorOf = (key: string) => (errors[key] ? translateError(t, errors[key]) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = field?.id ?? customFieldId(label, new Set(fields.map((item) => item.id)));
    const next = {
      id,
      label: label.trim(),
      type: type as CustomFieldType,
      required,
      choices:
        type === 'choice'
          ? choices
              .split('\n')
              .map((choice) => choice.trim())
              .filter((choice) => choice !== '')
          : [],
      archived: field?.archived ?? false,
    };
    const all = field ? fields.map((item) => (item.id === id ? next : item)) : [...fields, next];
    const index = all.findIndex((item) => item.id === id);
    setSaving(true);
    try {
      await write(all);
      close();
    } catch (error) {
      if (error instanceof z.ZodError) {
        const found: Record<string, string> = {};
        for (const issue of error.issues) {
          if (issue.path[0] !== 'fields' || issue.path[1] !== index) continue;
          const key = String(issue.path[2] ?? 'label');
          found[key === 'id' ? 'label' : key] ??= issue.message;
        }
        setErrors(found);
      } else {
        notifications.show({
          color: 'red',
          message: t('customFieldsSettings.saveFailed', { message: describeWriteError(t, user.role, error) }),
        });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('customFieldsSettings.fields.label')}
          placeholder={t('customFieldsSettings.fields.labelPlaceholder')}
          withAsterisk
          data-autofocus
          size="md"
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={errorOf('label')}
        />
        <Select
          label={t('customFieldsSettings.fields.type')}
          description={field ? t('customFieldsSettings.fields.typeLocked') : undefined}
          withAsterisk
          size="md"
          disabled={field !== null}
          allowDeselect={false}
          value={type}
          onChange={(value) => setType(value as CustomFieldType | null)}
          data={CUSTOM_FIELD_TYPES.map((value) => ({
            value,
            label: t(`customFieldsSettings.types.${value}`),
          }))}
          error={errorOf('type')}
          maw={320}
        />
        {type === 'choice' ? (
          <Textarea
            label={t('customFieldsSettings.fields.choices')}
            description={t('customFieldsSettings.fields.choicesDescription')}
            placeholder={t('customFieldsSettings.fields.choicesPlaceholder')}
            withAsterisk
            autosize
            minRows={3}
            size="md"
            value={choices}
            onChange={(event) => setChoices(event.currentTarget.value)}
            // Enter adds a line here; Ctrl+Enter saves.
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
                event.currentTarget.form?.requestSubmit();
            }}
            error={errorOf('choices')}
          />
        ) : null}
        <Checkbox
          size="md"
          label={t('customFieldsSettings.fields.required')}
          checked={required}
          onChange={(event) => setRequired(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('customFieldsSettings.cancel')}
          </Button>
          <Button type="submit" loading={saving} size="md">
            {t('customFieldsSettings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
