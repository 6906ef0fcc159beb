import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '@renderer/components/focus-first-invalid';
import { SecretInput } from '@renderer/components/SecretInput';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { USER_COLUMNS } from '@shared/auth/user-columns';
import { ROLES, secretKindFor } from '@shared/auth/roles';
import type { UserDocument } from '@shared/auth/user';
import { createUser, resetSecret, secretSchemaFor, setUserDisabled } from '@renderer/data/users/accounts';
import type { NewUserInput } from '@renderer/data/users/accounts';
import { newUserSchema } from '@renderer/data/users/accounts';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { translateError } from '@renderer/components/translate-error';
import { useUsers } from '@renderer/data/users/read';
import { useWrite } from '@renderer/components/use-write';
import { useTranslatedField } from '@renderer/components/translated-field';
import { RenewRecoveryCode } from '@renderer/pages/settings/RenewRecoveryCode';

export function UsersPanel() {
  const { t } = useTranslation();
  const { db } = useData();
  const me = useCurrentUser();
  const context = useWriteContext();
  const { users } = useUsers();
  const [resetting, setResetting] = useState<UserDocument | null>(null);
  const { run } = useWrite();

  const toggle = (user: UserDocument) => run(() => setUserDisabled(db, context, user.id, !user.disabled));

  return (
    <Stack gap="lg" maw={900}>
      <Text c="dimmed">{t('users.intro')}</Text>
      <RenewRecoveryCode />
      <Group justify="flex-end">
        <ExportMenu
          name="comptes"
          title={t('users.title')}
          columns={USER_COLUMNS}
          rows={users}
          collection="users"
        />
      </Group>
      <Table withTableBorder striped aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('tables.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            return (
              <Table.Tr key={user.id}>
                <Table.Td>
                  {user.name}{' '}
                  {user.id === me.id ? (
                    <Text span c="dimmed">
                      ({t('users.you')})
                    </Text>
                  ) : null}{' '}
                  {user.disabled ? <Badge color="gray">{t('users.disabledBadge')}</Badge> : null}
                </Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    <Button size="xs" variant="default" onClick={() => setResetting(user)}>
                      {t('users.reset')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={user.id === me.id}
                      title={user.id === me.id ? t('users.cannotDisableSelf') : undefined}
                      onClick={() => void toggle(user)}
                    >
                      {user.disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <NewUserForm />
      {resetting ? <ResetSecretModal user={resetting} onClose={() => setResetting(null)} /> : null}
    </Stack>
  );
}

function NewUserForm() {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const form = useForm<NewUserInput>({
    initialValues: { name: '', role: 'secretary', secret: '', confirm: '' },
    validate: zod4Resolver(newUserSchema),
  });
  const field = useTranslatedField(form);
  const isPin = secretKindFor(form.values.role) === 'pin';

  const submit = form.onSubmit(
    async (values) => {
      const user = await run(() => createUser(db, context, values), {
        success: (created) => t('users.created', { name: created.name }),
      });
      if (user) {
        form.reset();
        // Ready for the next account (the door's volunteers are often created one after another).
        form.getInputNode('name')?.focus();
      }
    },
    () => focusFirstInvalid(),
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('users.add')}
          </Title>
          <Group grow align="flex-start">
            <TextInput label={t('users.name')} withAsterisk {...field('name')} />
            <Select
              label={t('users.role')}
              withAsterisk
              allowDeselect={false}
              data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              {...field('role')}
            />
          </Group>
          <Group grow align="flex-start">
            <SecretInput
              label={isPin ? t('users.secretPin') : t('users.secretPassword')}
              inputMode={isPin ? 'numeric' : 'text'}
              withAsterisk
              autoComplete="new-password"
              {...field('secret')}
            />
            <SecretInput
              label={t('users.confirm')}
              withAsterisk
              autoComplete="new-password"
              {...field('confirm')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ResetSecretModal({ user, onClose }: { user: UserDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const [secret, setSecret] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useWrite();
  const isPin = user.secretKind === 'pin';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = secretSchemaFor(user.role).safeParse(secret);
    if (!parsed.success) return setError(translateError(t, parsed.error.issues[0]?.message));
    if (secret !== confirm) return setError(t('errors.users.confirmMismatch'));
    const done = await run(
      async () => {
        await resetSecret(db, context, user.id, secret);
        return true;
      },
      {
        success: () => t('users.resetDone', { name: user.name }),
        // Under the fields, where the new secret is typed again.
        failure: (message) => {
          setError(message);
          return null;
        },
      },
    );
    if (done) onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SecretInput
            label={isPin ? t('users.secretPin') : t('users.secretPassword')}
            inputMode={isPin ? 'numeric' : 'text'}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoComplete="new-password"
            data-autofocus
          />
          <SecretInput
            label={t('users.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            autoComplete="new-password"
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('users.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
