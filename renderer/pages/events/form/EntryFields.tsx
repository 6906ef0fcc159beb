import { Checkbox, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/format/intl';
import { parseAmount } from '@shared/money/parse-amount';
import type { EventForm } from '@renderer/pages/events/form/use-event-form';
import type { EventField } from '@renderer/pages/events/form/WhatFields';

/** Who may come and at what price: typed the French way (« 5 », « 5,50 », « 5,50 € »). */
export function EntryFields({ form, field, locale }: { form: EventForm; field: EventField; locale: string }) {
  const { t } = useTranslation();
  // Once read, a price is written back as it will be shown (« 5,50 € »); an empty one is free.
  const tidy = (path: 'memberPrice' | 'nonMemberPrice') => () => {
    const parsed = parseAmount(form.getValues()[path]);
    if (parsed.ok) form.setFieldValue(path, formatMoney(parsed.cents, locale));
  };
  const price = (path: 'memberPrice' | 'nonMemberPrice') => {
    const props = field(path);
    return {
      ...props,
      onBlur: () => {
        tidy(path)();
        props.onBlur?.();
      },
    };
  };
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('events.form.entry')}
      </Title>
      <Group align="flex-start" gap="md">
        <TextInput
          label={t('events.form.memberPrice')}
          description={t('events.form.priceDescription')}
          inputMode="decimal"
          size="md"
          maw={220}
          {...price('memberPrice')}
        />
        <TextInput
          label={t('events.form.nonMemberPrice')}
          description={t('events.form.priceDescription')}
          inputMode="decimal"
          size="md"
          maw={220}
          {...price('nonMemberPrice')}
        />
        <NumberInput
          label={t('events.form.capacity')}
          description={t('events.form.capacityDescription')}
          size="md"
          maw={220}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...field('capacity')}
        />
      </Group>
      <Checkbox
        label={t('events.form.membersOnly')}
        description={t('events.form.membersOnlyDescription')}
        size="md"
        {...form.getInputProps('membersOnly', { type: 'checkbox' })}
      />
    </Stack>
  );
}
