import { Fieldset, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { chooseConsent } from '@shared/members/consent-choice';
import type { Consent, ConsentKind } from '@shared/members/person';
import { CONSENT_KINDS } from '@shared/members/person';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import { localToday } from '@shared/dates/parse-date';

/** Each consent as a decision (not asked, granted, refused) with its date. */
export function ConsentFields({ form }: { form: PersonForm }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('people.person.consents')}>
      <Stack gap="sm">
        {CONSENT_KINDS.map((kind) => (
          <ConsentField key={kind} form={form} kind={kind} />
        ))}
      </Stack>
    </Fieldset>
  );
}

function ConsentField({ form, kind }: { form: PersonForm; kind: ConsentKind }) {
  const { t } = useTranslation();
  const field = useTranslatedField(form);
  const consent = form.values.consents[kind];
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Text w={200} fw={500} size="sm">
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
        <DateInput
          aria-label={t('people.form.consentDate')}
          valueFormat="DD/MM/YYYY"
          value={consent.on || null}
          onChange={(value) => form.setFieldValue(`consents.${kind}.on`, value ?? '')}
          error={field(`consents.${kind}.on`).error}
          w={140}
        />
      ) : null}
    </Group>
  );
}
