import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AUTO_LOCK_SECONDS } from '@shared/auth/security-settings';
import { useData, useWriteContext } from '@renderer/data/context';
import { failureUnderField, useWrite } from '@renderer/components/use-write';
import { saveSetting } from '@renderer/data/settings/write';
import { useSetting } from '@renderer/data/settings/read';
import { useLanguage } from '@renderer/i18n/language';

export function SecurityPanel() {
  const stored = useSetting('security');
  const storedSeconds =
    stored.read.state === 'ok' ? stored.read.value.autoLockSeconds : DEFAULT_AUTO_LOCK_SECONDS;
  // Remounts when the stored value changes (here, in another tab, or by sync).
  return <SecurityForm key={storedSeconds} storedSeconds={storedSeconds} />;
}

function SecurityForm({ storedSeconds }: { storedSeconds: number }) {
  const { t } = useTranslation();
  const { db } = useData();
  const { language } = useLanguage();
  const context = useWriteContext();
  const { run } = useWrite();
  const [minutes, setMinutes] = useState<number | string>(storedSeconds / 60);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const autoLockSeconds = Math.round(Number(minutes) * 60);
    await run(() => saveSetting(db, context, 'security', { autoLockSeconds }), {
      success: () => t('security.saved'),
      failure: failureUnderField(t, setError),
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm" maw={520}>
        <NumberInput
          label={t('security.autoLock')}
          description={t('security.autoLockDescription')}
          value={minutes}
          onChange={setMinutes}
          min={0.25}
          max={1440}
          // Never corrected silently on blur: a value out of range is refused with its reason.
          clampBehavior="none"
          step={0.25}
          decimalScale={2}
          decimalSeparator={language === 'fr' ? ',' : '.'}
          error={error}
        />
        <Group>
          <Button type="submit">{t('security.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
