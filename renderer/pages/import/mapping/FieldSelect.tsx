import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPPING_FIELDS, type MappingField } from '@shared/import/mapping';
import { SearchSelect } from '@renderer/components/SearchSelect';

const GROUPS = ['ignore', 'person', 'membership', 'donation'] as const;

/**
 * The Tilleul field of one column: a list grouped by what the field fills (person, cotisation,
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
    <SearchSelect
      aria-label={t('imports.mapping.fieldFor', { header })}
      data={data}
      value={value}
      // The chosen value is one of MAPPING_FIELDS: read back as that field, never cast.
      onChange={(chosen) => onChange(MAPPING_FIELDS.find((field) => field === chosen) ?? 'ignore')}
      maxDropdownHeight={320}
    />
  );
}
