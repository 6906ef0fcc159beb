import { Group, NumberInput, Radio, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventForm } from '@renderer/pages/events/form/use-event-form';
import type { EventField } from '@renderer/pages/events/form/WhatFields';

/** A general assembly's rules: who votes, the quorum, how many proxies one member may hold. */
export function AssemblyFields({ form, field }: { form: EventForm; field: EventField }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('eventSheets.settings.title')}
      </Title>
      <Radio.Group
        label={t('eventSheets.settings.voters')}
        size="md"
        {...form.getInputProps('assembly.voters')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="members-up-to-date" label={t('eventSheets.settings.votersUpToDate')} />
          <Radio value="all-members" label={t('eventSheets.settings.votersAll')} />
        </Stack>
      </Radio.Group>
      <Group align="flex-start" gap="md">
        <NumberInput
          label={t('eventSheets.settings.quorumPercent')}
          description={t('eventSheets.settings.quorumDescription')}
          size="md"
          maw={320}
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          suffix=" %"
          {...field('assembly.quorumPercent')}
        />
        <NumberInput
          label={t('eventSheets.settings.maxProxies')}
          size="md"
          maw={320}
          min={0}
          max={20}
          allowDecimal={false}
          allowNegative={false}
          {...field('assembly.maxProxiesPerMember')}
        />
      </Group>
    </Stack>
  );
}
