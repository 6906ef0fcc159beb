import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { translateError } from '@renderer/components/translate-error';

/**
 * A Mantine form field's props with its error in words: the shared zod schemas give i18n keys
 * (`errors.…`), the screen shows sentences.
 */
export function useTranslatedField<V>(form: UseFormReturnType<V>) {
  const { t } = useTranslation();
  return (path: string) => {
    const props = form.getInputProps(path);
    return { ...props, error: props.error ? translateError(t, props.error) : undefined };
  };
}
