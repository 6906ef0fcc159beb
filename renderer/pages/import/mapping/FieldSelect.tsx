import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPPING_FIELDS, type MappingField } from '@shared/import/mapping';
import { foldedOptionsFilter } from '@renderer/components/folded-options-filter';

const GROUPS = ['ignore', 'person', 'membership', 'donation'] as const;

/**
 * The Tilleul field of one column: a Select grouped by what the field fills (person, cotisation,
 * donation), « Ignorer » first. Searchable: typing « prén » then Entrée chooses Prénom.
 */
export function FieldSelect({
  header,
  value,
  onChange,
}: {
  header: string;
  value: MappingField;
  onChange: (field: MappingField) => void;
}) {
  const { t } = useTranslation();
  const data = useMemo(
    () =>
      GROUPS.map((group) => ({
        group: t(`imports.mapping.groups.${group}`),
        items: MAPPING_FIELDS.filter((field) => (field.split('.')[0] ?? field) === group).map((field) => ({
          value: field,
          label: t(`imports.mapping.fields.${field}`),
        })),
      })),
    [t],
  );
  return (
    <Select
      aria-label={t('imports.mapping.fieldFor', { header })}
      data={data}
      value={value}
      onChange={(chosen) => onChange((chosen ?? 'ignore') as MappingField)}
      allowDeselect={false}
      searchable
      filter={foldedOptionsFilter}
      selectFirstOptionOnChange
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
