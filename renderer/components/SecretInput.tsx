import { PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput with its show/hide button labelled in the UI language, and marked
 * `aria-invalid` when in error as the other fields are (Mantine marks it only `data-invalid`):
 * a screen reader says so, and a refused form's keyboard finds it (focus-first-invalid.ts).
 */
export function SecretInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      aria-invalid={props.error ? true : undefined}
      {...props}
      visibilityToggleButtonProps={{
        ...props.visibilityToggleButtonProps,
        'aria-label': t('app.toggleSecretVisibility'),
      }}
    />
  );
}
