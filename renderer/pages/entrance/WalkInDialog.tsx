import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitTypedName } from '@shared/members/person';
import { DoorModal } from '@renderer/pages/entrance/DoorModal';

/** Someone the file does not know, let in with a first and last name only. */
export function WalkInDialog({
  opened,
  typed,
  onClose,
  onSave,
}: {
  opened: boolean;
  typed: string;
  onClose: () => void;
  onSave: (name: { firstName: string; lastName: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <DoorModal opened={opened} onClose={onClose} title={t('entrance.walkIn.title')}>
      {/* Mounted at each opening: it starts from what was typed in the search. */}
      {opened ? <WalkInForm typed={typed} onClose={onClose} onSave={onSave} /> : null}
    </DoorModal>
  );
}

function WalkInForm({
  typed,
  onClose,
  onSave,
}: {
  typed: string;
  onClose: () => void;
  onSave: (name: { firstName: string; lastName: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => splitTypedName(typed));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.lastName.trim() === '') {
      setError(t('entrance.walkIn.lastNameRequired'));
      return;
    }
    setSaving(true);
    await onSave({ firstName: name.firstName.trim(), lastName: name.lastName.trim() });
    setSaving(false);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('entrance.walkIn.hint')}
        </Text>
        <TextInput
          size="lg"
          label={t('entrance.walkIn.firstName')}
          value={name.firstName}
          onChange={(input) => setName({ ...name, firstName: input.currentTarget.value })}
          data-autofocus
        />
        <TextInput
          size="lg"
          label={t('entrance.walkIn.lastName')}
          withAsterisk
          value={name.lastName}
          error={error}
          onChange={(input) => {
            setName({ ...name, lastName: input.currentTarget.value });
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" size="lg" onClick={onClose}>
            {t('entrance.walkIn.cancel')}
          </Button>
          <Button type="submit" size="lg" loading={saving}>
            {t('entrance.walkIn.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
