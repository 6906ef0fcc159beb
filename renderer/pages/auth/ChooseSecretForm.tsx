import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '@renderer/components/focus-first-invalid';
import { SecretInput } from '@renderer/components/SecretInput';
import { useTranslatedField } from '@renderer/components/translated-field';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import type { SessionUser } from '@renderer/data/session';
import { newSecretSchema } from '@renderer/data/users/accounts';
import type { NewSecretInput } from '@renderer/data/users/accounts';
import { lockApp } from '@renderer/data/users/lock';
import { chooseNewSecret } from '@renderer/data/users/recovery';

/**
 * « Choisissez un nouveau mot de passe »: after a temporary password (reset-admin) or the
 * recovery code. Saving it opens the app, or first the new recovery code to note.
 */
export function ChooseSecretForm({ user, recovering }: { user: SessionUser; recovering: boolean }) {
  const { t } = useTranslation();
  const { db, session, device } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const schema = useMemo(() => newSecretSchema(user.role), [user.role]);
  const form = useForm<NewSecretInput>({
    initialValues: { secret: '', confirm: '' },
    validate: zod4Resolver(schema),
  });
  const field = useTranslatedField(form);

  const submit = form.onSubmit(
    (values) =>
      run(
        async () => {
          const { recoveryCode } = await chooseNewSecret(db, context, user.id, values, { recovering });
          const { pending: _done, ...signedIn } = user;
          session.set(
            recoveryCode
              ? { ...signedIn, pending: { kind: 'note-recovery-code', code: recoveryCode } }
              : signedIn,
          );
        },
        { success: () => t('recovery.choose.done') },
      ),
    () => focusFirstInvalid(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert color="blue">
          {t(recovering ? 'recovery.choose.recovering' : 'recovery.choose.temporary')}
        </Alert>
        <SecretInput
          label={t('recovery.choose.secret')}
          withAsterisk
          size="md"
          autoComplete="new-password"
          autoFocus
          {...field('secret')}
        />
        <SecretInput
          label={t('recovery.choose.confirm')}
          withAsterisk
          size="md"
          autoComplete="new-password"
          {...field('confirm')}
        />
        <Button type="submit" size="md" loading={busy}>
          {t('recovery.choose.submit')}
        </Button>
        <Button
          variant="subtle"
          size="md"
          onClick={() => void lockApp(db, session, device.deviceId, 'manual')}
        >
          {t('recovery.choose.signOut')}
        </Button>
      </Stack>
    </form>
  );
}
