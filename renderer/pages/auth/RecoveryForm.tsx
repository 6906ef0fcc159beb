import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDocument } from '@shared/auth/user';
import { useData } from '@renderer/data/context';
import { attemptRecovery } from '@renderer/data/users/recovery';

/**
 * « Mot de passe oublié ? » on the lock screen, for an administrator: the recovery code, then
 * (PendingStepPage) a new password. Wrong codes count toward the account's lock-out.
 */
export function RecoveryForm({ user, onBack }: { user: UserDocument; onBack: () => void }) {
  const { t } = useTranslation();
  const { db, device, session } = useData();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await attemptRecovery(db, device.deviceId, user.id, code);
      if (result.ok) {
        session.set(result.user);
        return;
      }
      if (result.reason !== 'code-format') setCode('');
      if (result.reason === 'locked')
        setError(t('auth.lock.locked', { seconds: Math.ceil(result.waitMs / 1000) }));
      else if (result.reason === 'disabled') setError(t('auth.lock.disabled'));
      else if (result.reason === 'unknown-user') setError(t('auth.lock.unknownUser'));
      else if (result.reason === 'code-format') setError(t('recovery.errors.codeFormat'));
      else if (result.reason === 'no-recovery-code') setError(t('recovery.forgot.noCode'));
      else setError(t('recovery.forgot.wrongCode'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text fw={600} size="lg">
          {t('recovery.forgot.title')}
        </Text>
        {user.recovery ? (
          <>
            <Text>{t('recovery.forgot.body')}</Text>
            <TextInput
              label={t('recovery.forgot.code')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              size="lg"
              maxLength={100}
              autoFocus
              error={error}
            />
            <Button type="submit" size="lg" loading={busy} disabled={code.trim().length === 0}>
              {t('recovery.forgot.submit')}
            </Button>
          </>
        ) : (
          <Alert color="orange">{t('recovery.forgot.noCode')}</Alert>
        )}
        <Button variant="subtle" size="lg" onClick={onBack}>
          {t('recovery.forgot.back')}
        </Button>
      </Stack>
    </form>
  );
}
