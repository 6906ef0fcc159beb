import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import type { PersonDocument } from '@shared/members/person';
import { useCustomFields } from '@renderer/data/members/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** A person's custom field values, under their labels (an unknown field shows its id). */
export function CustomFieldValues({ values }: { values: PersonDocument['customFields'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const definitions = useCustomFields();
  const locale = localeOf(language);
  if (Object.keys(values).length === 0) return null;
  return (
    <>
      <Text fw={600} mt="sm">
        {t('people.person.customFields')}
      </Text>
      {Object.entries(values).map(([key, value]) => {
        const definition = definitions.find((field) => field.id === key);
        const shown =
          typeof value === 'boolean'
            ? t(value ? 'people.person.yes' : 'people.person.no')
            : definition?.type === 'date' && typeof value === 'string'
              ? formatDate(value, locale)
              : String(value);
        return (
          <Text key={key}>{t('app.labelValue', { label: definition?.label ?? key, value: shown })}</Text>
        );
      })}
    </>
  );
}
