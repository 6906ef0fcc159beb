import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import { formatAddress } from '@shared/members/address';
import type { PersonDocument } from '@shared/members/person';
import { CONSENT_KINDS } from '@shared/members/person';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { CustomFieldValues } from '@renderer/pages/members/person/CustomFieldValues';

/** 732829320 → 732 829 320, as INSEE prints it. */
const formatSiren = (siren: string) => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

/** The « Fiche » tab: contact, address, consents, notes and custom fields. */
export function FileTab({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const address = formatAddress(person.address);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} maw={960}>
      <Stack gap={4}>
        <Text fw={600}>{t('people.person.contact')}</Text>
        {person.kind === 'organisation' ? (
          <>
            <Text>
              {t('people.person.legalFormLine', { value: person.legalForm || t('people.person.none') })}
            </Text>
            <Text>
              {t('people.person.sirenLine', { value: formatSiren(person.siren) || t('people.person.none') })}
            </Text>
          </>
        ) : null}
        {person.birthDate ? (
          <Text>{t('people.person.born', { date: formatDate(person.birthDate, locale) })}</Text>
        ) : null}
        {/* A missing e-mail or phone says which is missing (two « — » in a row said nothing). */}
        {person.email ? <Text>{person.email}</Text> : <Text c="dimmed">{t('people.person.noEmail')}</Text>}
        {person.phone ? <Text>{person.phone}</Text> : <Text c="dimmed">{t('people.person.noPhone')}</Text>}
        <Text fw={600} mt="sm">
          {t('people.person.address')}
        </Text>
        <Text>{address || t('people.person.none')}</Text>
      </Stack>
      <Stack gap={4}>
        <Text fw={600}>{t('people.person.consents')}</Text>
        {CONSENT_KINDS.map((kind) => {
          const consent = person.consents[kind];
          return (
            <Text key={kind}>
              {t('app.labelValue', {
                label: t(`people.person.consent.${kind}`),
                value:
                  consent.status === 'unknown'
                    ? t('people.person.consent.unknown')
                    : t(`people.person.consent.${consent.status}`, { date: formatDate(consent.on, locale) }),
              })}
            </Text>
          );
        })}
        {person.notes ? (
          <>
            <Text fw={600} mt="sm">
              {t('people.person.notes')}
            </Text>
            <Text style={{ whiteSpace: 'pre-line' }}>{person.notes}</Text>
          </>
        ) : null}
        <CustomFieldValues values={person.customFields} />
      </Stack>
    </SimpleGrid>
  );
}
