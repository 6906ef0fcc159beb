import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import { formatAddress } from '@shared/members/address';
import type { MergeConflict, MergeableField, MergeSide } from '@shared/members/merge-people';
import type { PersonDocument } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { useCustomFields } from '@renderer/data/members/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

const CUSTOM_FIELD_PREFIX = 'customFields.';

/** The fields whose values differ, each with the choice of the value to keep. */
export function MergeConflicts({
  conflicts,
  onChoose,
}: {
  conflicts: readonly MergeConflict[];
  onChoose: (field: string, side: MergeSide) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const customFields = useCustomFields();
  const locale = localeOf(language);

  const fieldLabel = (field: string) => {
    if (field.startsWith(CUSTOM_FIELD_PREFIX)) {
      const fieldId = field.slice(CUSTOM_FIELD_PREFIX.length);
      const definition = customFields.find((f) => f.id === fieldId);
      return t('merge.fields.customField', { name: definition?.label ?? fieldId });
    }
    return t(`merge.fields.${field as MergeableField}`);
  };
  const valueLabel = (conflict: MergeConflict, side: MergeSide) => {
    const value = side === 'survivor' ? conflict.survivorValue : conflict.absorbedValue;
    if (value === '' || value === undefined || value === null) return t('merge.conflicts.empty');
    if (conflict.field === 'kind') return t(`merge.kinds.${value as PersonDocument['kind']}`);
    if (conflict.field === 'birthDate') return formatDate(String(value), locale);
    if (conflict.field === 'address') return formatAddress(value as PersonDocument['address']);
    if (conflict.field === 'householdId')
      return directory.households.get(String(value))?.name ?? String(value);
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    return String(value);
  };

  return (
    <>
      <Title order={2}>{t('merge.conflicts.title')}</Title>
      {conflicts.length === 0 ? (
        <Text c="dimmed">{t('merge.conflicts.none')}</Text>
      ) : (
        <Stack gap="sm">
          {conflicts.map((conflict) => (
            <Radio.Group
              key={conflict.field}
              label={fieldLabel(conflict.field)}
              value={conflict.chosen}
              onChange={(value) => onChoose(conflict.field, value as MergeSide)}
            >
              <Group mt={4}>
                <Radio value="survivor" label={valueLabel(conflict, 'survivor')} />
                <Radio value="absorbed" label={valueLabel(conflict, 'absorbed')} />
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      )}
    </>
  );
}
