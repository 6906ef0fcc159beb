import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useData, useWriteContext } from '@renderer/data/context';
import { saveSetting } from '@renderer/data/settings/write';
import { failureUnderField, useWrite } from '@renderer/components/use-write';

/** How many years without contact before the assistant proposes an erasure (setting `retention`). */
export function RetentionSettingForm({ storedYears }: { storedYears: number }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [years, setYears] = useState<number | string>(storedYears);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    // A value typed as text (« 2,5 », empty) reaches the schema as it is, to be refused with its reason.
    const yearsAfterLastContact = typeof years === 'number' ? years : Number.NaN;
    await run(() => saveSetting(db, context, 'retention', { yearsAfterLastContact }), {
      success: () => t('retention.saved'),
      failure: failureUnderField(t, setError),
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm" maw={520}>
        <NumberInput
          label={t('retention.years')}
          description={t('retention.yearsHint')}
          value={years}
          onChange={setYears}
          min={1}
          max={10}
          clampBehavior="none"
          allowDecimal={false}
          error={error}
          size="md"
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('retention.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
