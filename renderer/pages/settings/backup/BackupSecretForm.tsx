import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SecretInput } from '@renderer/components/SecretInput';

/** The secret that opens an encrypted backup: its own password, or an administrator's. */
export function BackupSecretForm({
  label,
  description,
  value,
  onChange,
  onSubmit,
  busy,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Group align="flex-end">
        <SecretInput
          label={label}
          description={description}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          autoComplete="off"
          maxLength={200}
          style={{ flex: 1 }}
          // Shown once the chosen file turns out encrypted: the keyboard goes on there, not on
          // « Choisir un fichier » (walked: the password typed went nowhere).
          autoFocus
        />
        <Button type="submit" loading={busy} size="md">
          {t('backup.restore.check')}
        </Button>
      </Group>
    </form>
  );
}
