import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { splitTypedName } from '@shared/members/person';

/** The words of one use of the form, already translated. */
export interface NewPersonNameTexts {
  hint: string;
  firstName: string;
  lastName: string;
  lastNameRequired: string;
  save: string;
  cancel: string;
}

/**
 * Someone the file does not know, with a first and last name only (the secretariat completes the
 * file later): the door's walk-in and the event's registration. It starts from what was typed in
 * the search; Entrée saves, a last name at least. `escapeCancels`: in a dialog that must stay open,
 * Échap in the fields comes back to the search instead (Mantine's dialog hears Échap on the window
 * first: the fields carry its mark to keep it).
 */
export function NewPersonNameForm({
  typed,
  size,
  texts,
  escapeCancels = false,
  onCancel,
  onSave,
}: {
  typed: string;
  size: 'md' | 'lg';
  texts: NewPersonNameTexts;
  escapeCancels?: boolean;
  onCancel: () => void;
  onSave: (name: { firstName: string; lastName: string }) => Promise<void>;
}) {
  const [name, setName] = useState(() => splitTypedName(typed));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.lastName.trim() === '') {
      setError(texts.lastNameRequired);
      return;
    }
    setSaving(true);
    await onSave({ firstName: name.firstName.trim(), lastName: name.lastName.trim() });
    setSaving(false);
  };
  const escape = escapeCancels
    ? {
        'data-mantine-stop-propagation': 'true',
        onKeyDown: (key: KeyboardEvent<HTMLInputElement>) => {
          if (key.key !== 'Escape') return;
          key.stopPropagation();
          key.preventDefault();
          onCancel();
        },
      }
    : {};
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap={size === 'lg' ? 'md' : 'xs'}>
        <Text size="sm" c="dimmed">
          {texts.hint}
        </Text>
        <TextInput
          size={size}
          label={texts.firstName}
          value={name.firstName}
          onChange={(input) => setName({ ...name, firstName: input.currentTarget.value })}
          data-autofocus
          autoFocus
          {...escape}
        />
        <TextInput
          size={size}
          label={texts.lastName}
          withAsterisk
          value={name.lastName}
          error={error}
          onChange={(input) => {
            setName({ ...name, lastName: input.currentTarget.value });
            setError(null);
          }}
          {...escape}
        />
        <Group justify="flex-end">
          <Button variant="default" size={size} onClick={onCancel}>
            {texts.cancel}
          </Button>
          <Button type="submit" size={size} loading={saving}>
            {texts.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
