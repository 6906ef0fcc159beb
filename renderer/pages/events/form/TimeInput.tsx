import { TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseTime } from '@shared/events/event-time';

/**
 * A time typed as people say it (« 20h », « 20 h 30 », « 20:30 »), written back as `HH:MM` once
 * it is read, so the person sees what will be saved.
 */
export function TimeInput(
  props: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void },
) {
  const { t } = useTranslation();
  const { value, onChange, onBlur, ...others } = props;
  return (
    <TextInput
      placeholder={t('events.form.timePlaceholder')}
      autoComplete="off"
      inputMode="numeric"
      size="md"
      maw={160}
      {...others}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const time = parseTime(value);
        if (time !== undefined && time !== value) onChange(time);
        onBlur?.(event);
      }}
    />
  );
}
