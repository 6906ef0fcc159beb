import { Box, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestEmail } from '@shared/members/email-suggestion';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';

/**
 * The e-mail, with a likely typo of its domain pointed out once the field is left
 * (« Vouliez-vous dire jean@gmail.com ? ») and fixed in one click. Only a suggestion: the
 * address as typed can still be saved.
 */
export function EmailField({ form }: { form: PersonForm }) {
  const { t } = useTranslation();
  const field = useTranslatedField(form);
  const [typing, setTyping] = useState(false);
  const suggestion = typing ? undefined : suggestEmail(form.values.email);
  const props = field('email');
  return (
    <Box>
      <TextInput
        label={t('people.form.email')}
        type="email"
        {...props}
        onFocus={(event) => {
          setTyping(true);
          props.onFocus?.(event);
        }}
        onBlur={(event) => {
          setTyping(false);
          props.onBlur?.(event);
        }}
      />
      {/* Always there, so that a screen reader announces the suggestion when it appears. */}
      <Box aria-live="polite" mt={suggestion ? 4 : 0}>
        {suggestion ? (
          <Group gap="xs">
            <Text size="sm" c="orange.9">
              {t('personForm.emailSuggestion', { email: suggestion })}
            </Text>
            <Button size="compact-sm" variant="light" onClick={() => form.setFieldValue('email', suggestion)}>
              {t('personForm.applySuggestion')}
            </Button>
          </Group>
        ) : null}
      </Box>
    </Box>
  );
}
