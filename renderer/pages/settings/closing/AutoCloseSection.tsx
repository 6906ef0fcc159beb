import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AUTO_CLOSE_DAYS, MAX_AUTO_CLOSE_DAYS } from '@shared/events/closing-rules';
import { failureUnderField, useWrite } from '@renderer/components/use-write';
import { useData, usePermission, useWriteContext } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { saveSetting } from '@renderer/data/settings/write';

/** How many days after an event it is closed automatically (setting `closing`; 0: never). */
function AutoCloseForm({ storedDays, mayEdit }: { storedDays: number; mayEdit: boolean }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [days, setDays] = useState<number | string>(storedDays);
  const [error, setError] = useState<string | null>(null);

  const save = async (submit: React.FormEvent) => {
    submit.preventDefault();
    setError(null);
    // A value typed as text (« 2,5 », empty) reaches the schema as it is, to be refused with its reason.
    const autoCloseAfterDays = typeof days === 'number' ? days : Number.NaN;
    await run(() => saveSetting(db, context, 'closing', { autoCloseAfterDays }), {
      success: () => t('closing.settings.saved'),
      failure: failureUnderField(t, setError),
    });
  };

  return (
    <form onSubmit={(submit) => void save(submit)} noValidate>
      <Stack gap="sm" maw={520}>
        <NumberInput
          label={t('closing.settings.days')}
          description={t('closing.settings.daysHint')}
          value={days}
          onChange={setDays}
          min={0}
          max={MAX_AUTO_CLOSE_DAYS}
          clampBehavior="none"
          allowDecimal={false}
          error={error}
          disabled={!mayEdit}
          size="md"
        />
        {mayEdit ? (
          <Group>
            <Button type="submit" loading={busy}>
              {t('closing.settings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** Paramètres → Association: « Clôture automatique des événements ». */
export function AutoCloseSection() {
  const { t } = useTranslation();
  const setting = useSetting('closing');
  const mayEdit = usePermission('settings.manage').allowed;
  const days = setting.read.state === 'ok' ? setting.read.value.autoCloseAfterDays : DEFAULT_AUTO_CLOSE_DAYS;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('closing.settings.title')}
      </Title>
      <Text maw={760}>{t('closing.settings.intro')}</Text>
      {/* Remounts when the stored value changes (here, in another tab, or by sync). */}
      {setting.loading ? null : <AutoCloseForm key={days} storedDays={days} mayEdit={mayEdit} />}
    </Stack>
  );
}
