import { Fieldset, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseConsent } from '@shared/members/consent-choice';
import type { Consent, ConsentKind } from '@shared/members/person';
import { CONSENT_KINDS } from '@shared/members/person';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import { PersonDateField } from '@renderer/pages/members/person-form/PersonDateField';
import type { DateErrors } from '@renderer/pages/members/person-form/use-date-errors';
import { localToday } from '@shared/dates/parse-date';

/** Each consent as a decision (not asked, granted, refused) with its date. */
export function ConsentFields({ form, dateErrors }: { form: PersonForm; dateErrors: DateErrors }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('people.person.consents')}>
      <Stack gap="sm">
        {CONSENT_KINDS.map((kind) => (
          <ConsentField key={kind} form={form} kind={kind} dateErrors={dateErrors} />
        ))}
      </Stack>
    </Fieldset>
  );
}

function ConsentField({
  form,
  kind,
  dateErrors,
}: {
  form: PersonForm;
  kind: ConsentKind;
  dateErrors: DateErrors;
}) {
  const { t } = useTranslation();
  const field = useTranslatedField(form);
  const consent = form.values.consents[kind];
  return (
    // Aligned at the top: a date's error grows downwards without moving the row's label.
    <Group align="flex-start" gap="sm" wrap="wrap">
      <Text w={200} fw={500} size="sm" pt={6}>
        {t(`people.person.consent.${kind}`)}
      </Text>
      <SegmentedControl
        aria-label={t(`people.person.consent.${kind}`)}
        value={consent.status}
        onChange={(status) =>
          form.setFieldValue(
            `consents.${kind}`,
            chooseConsent(consent, status as Consent['status'], localToday(new Date())),
          )
        }
        data={[
          { value: 'unknown', label: t('people.person.consent.unknown') },
          { value: 'granted', label: t('people.person.consent.grantedChoice') },
          { value: 'refused', label: t('people.person.consent.refusedChoice') },
        ]}
      />
      {consent.status !== 'unknown' ? (
        <PersonDateField
          name={`consents.${kind}.on`}
          dateErrors={dateErrors}
          aria-label={t('personForm.consentDateOf', { consent: t(`people.person.consent.${kind}`) })}
          value={consent.on}
          onChange={(iso) => form.setFieldValue(`consents.${kind}.on`, iso)}
          error={field(`consents.${kind}.on`).error}
          // The input stays narrow; its error has the rest of the row to be read in.
          style={{ flex: 1, minWidth: 170 }}
          styles={{ wrapper: { maxWidth: 170 } }}
        />
      ) : null}
    </Group>
  );
}
