import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import { displayName, splitTypedName } from '@shared/members/person';
import { useWrite } from '@renderer/components/use-write';
import { useData, useDirectory, usePermission, useWriteContext } from '@renderer/data/context';
import { createPerson, knownMemberNumbers } from '@renderer/data/members/write';
import { register } from '@renderer/data/events/write';
import { useStatuses } from '@renderer/data/members/read';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { searchPeople } from '@renderer/data/directory';
import { useArrowChoice } from '@renderer/components/use-arrow-choice';
import type { PersonId } from '@shared/ids';

/** Enough to spot the right person, short enough to read. */
const SEARCH_LIMIT = 8;

/**
 * « Inscrire une personne »: the door's search (name in any order, accents, member number), then
 * one click, or ↓ ↑ and Entrée, on a result. The modal stays open for the next name.
 */
export function RegisterModal({
  event,
  attendance,
  opened,
  onClose,
}: {
  event: EventDocument;
  attendance: readonly AttendanceDocument[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db, device } = useData();
  const context = useWriteContext();
  const mayCreate = usePermission('people.create').allowed;
  // Someone the file does not know yet: a new file with their name, registered at once.
  const [creating, setCreating] = useState<{ firstName: string; lastName: string } | null>(null);
  const directory = useDirectory();
  const { statusOf } = useStatuses();
  const { busy, run } = useWrite();
  const [query, setQuery] = useState('');
  const registered = useMemo(
    () => new Set(attendance.filter((record) => record.registered).map((record) => record.personId)),
    [attendance],
  );
  const found = useMemo(
    () => (query.trim() === '' ? [] : searchPeople(directory, query, SEARCH_LIMIT)),
    [directory, query],
  );

  const close = () => {
    setQuery('');
    setCreating(null);
    onClose();
  };
  const registerPerson = async (personId: PersonId, name: string) => {
    const done = await run(() => register(db, context, event.id, personId).then(() => true), {
      success: () => t('events.register.done', { name }),
    });
    if (done) setQuery('');
    return done;
  };
  const createAndRegister = async (name: { firstName: string; lastName: string }) => {
    const person = await run(
      () =>
        createPerson(
          db,
          context,
          { firstName: name.firstName.trim(), lastName: name.lastName.trim() },
          { series: device.series, known: knownMemberNumbers(directory.people.values()) },
        ),
      { success: () => undefined },
    );
    if (!person) return;
    setCreating(null);
    await registerPerson(person.id, displayName(person));
    // Back in the search, for the next name.
    requestAnimationFrame(() => document.getElementById(searchId)?.focus());
  };
  const searchId = `register-search-${event.id}`;

  // ↓ and ↑ choose among the results, Entrée registers the one highlighted (not one already in).
  const arrows = useArrowChoice(found, (person) => {
    if (!registered.has(person.id)) void registerPerson(person.id, displayName(person));
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('events.register.title', { event: event.title })}
      size="lg"
    >
      <Stack gap="sm">
        <TextInput
          label={t('events.register.search')}
          description={t('events.register.searchDescription')}
          type="search"
          size="md"
          value={query}
          onChange={(change) => setQuery(change.currentTarget.value)}
          onKeyDown={arrows.onKeyDown}
          id={searchId}
          data-autofocus
        />
        {query.trim() !== '' && found.length === 0 && creating === null ? (
          <Group justify="space-between">
            <Text c="dimmed">{t('events.register.none')}</Text>
            {mayCreate ? (
              <Button variant="light" size="md" onClick={() => setCreating(splitTypedName(query))}>
                {t('events.register.create')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {creating ? (
          <NewPersonFields
            name={creating}
            busy={busy}
            onChange={setCreating}
            onCancel={() => {
              setCreating(null);
              requestAnimationFrame(() => document.getElementById(searchId)?.focus());
            }}
            onSave={() => void createAndRegister(creating)}
          />
        ) : null}
        <Stack gap={4} aria-live="polite">
          {found.map((person, index) => {
            const already = registered.has(person.id);
            return (
              <Group
                key={person.id}
                justify="space-between"
                wrap="nowrap"
                py={4}
                px="xs"
                data-selected={index === arrows.selected || undefined}
                bg={index === arrows.selected ? 'var(--mantine-color-green-light)' : undefined}
                style={{ borderRadius: 4 }}
              >
                <Group gap="sm" wrap="nowrap">
                  <Text fw={600}>{displayName(person)}</Text>
                  <Text c="dimmed">{person.memberNumber}</Text>
                  <StatusBadge status={statusOf(person)} />
                </Group>
                <Button
                  size="md"
                  variant={already ? 'subtle' : index === arrows.selected ? 'filled' : 'light'}
                  disabled={already || busy}
                  onClick={() => void registerPerson(person.id, displayName(person))}
                  aria-label={
                    already
                      ? t('events.register.alreadyName', { name: displayName(person) })
                      : t('events.register.personName', { name: displayName(person) })
                  }
                >
                  {already ? t('events.register.already') : t('events.register.action')}
                </Button>
              </Group>
            );
          })}
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={close}>
            {t('events.register.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A new file from the registration dialog: first and last name, taken from what was searched
 * (the secretary completes the file later). Entrée creates and registers; Échap comes back to the
 * search without closing the dialog.
 */
function NewPersonFields({
  name,
  busy,
  onChange,
  onCancel,
  onSave,
}: {
  name: { firstName: string; lastName: string };
  busy: boolean;
  onChange: (name: { firstName: string; lastName: string }) => void;
  onCancel: () => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const keys = (key: KeyboardEvent<HTMLInputElement>) => {
    if (key.key === 'Escape') {
      // Échap here goes back to the search, not out of the dialog.
      key.stopPropagation();
      key.preventDefault();
      onCancel();
    } else if (key.key === 'Enter') {
      key.preventDefault();
      if (name.lastName.trim() === '') setError(t('events.register.lastNameRequired'));
      else onSave();
    }
  };
  return (
    <Stack gap="xs" data-testid="register-new-person">
      <Text size="sm" c="dimmed">
        {t('events.register.createHint')}
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label={t('events.register.firstName')}
          size="md"
          value={name.firstName}
          onChange={(input) => onChange({ ...name, firstName: input.currentTarget.value })}
          onKeyDown={keys}
          // Mantine's dialog hears Échap on the window first: this mark keeps it for the fields.
          data-mantine-stop-propagation="true"
          autoFocus
        />
        <TextInput
          label={t('events.register.lastName')}
          withAsterisk
          size="md"
          value={name.lastName}
          error={error}
          onChange={(input) => {
            onChange({ ...name, lastName: input.currentTarget.value });
            setError(null);
          }}
          onKeyDown={keys}
          data-mantine-stop-propagation="true"
        />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" size="md" onClick={onCancel}>
          {t('events.register.createCancel')}
        </Button>
        <Button
          size="md"
          loading={busy}
          onClick={() =>
            name.lastName.trim() === '' ? setError(t('events.register.lastNameRequired')) : onSave()
          }
        >
          {t('events.register.createSave')}
        </Button>
      </Group>
    </Stack>
  );
}
