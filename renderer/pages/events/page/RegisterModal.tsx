import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import { displayName } from '@shared/members/person';
import { NewPersonNameForm } from '@renderer/components/NewPersonNameForm';
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
  // Someone the file does not know yet: a new file with the name searched, registered at once.
  const [creating, setCreating] = useState(false);
  const search = useRef<HTMLInputElement>(null);
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
    setCreating(false);
    onClose();
  };
  const registerPerson = async (personId: PersonId, name: string) => {
    const done = await run(() => register(db, context, event.id, personId).then(() => true), {
      success: () => t('events.register.done', { name }),
    });
    if (done) setQuery('');
  };
  const backToSearch = () => {
    setCreating(false);
    search.current?.focus();
  };
  const createAndRegister = async (name: { firstName: string; lastName: string }) => {
    const person = await run(
      () =>
        createPerson(db, context, name, {
          series: device.series,
          known: knownMemberNumbers(directory.people.values()),
        }),
      { success: () => undefined },
    );
    if (!person) return;
    await registerPerson(person.id, displayName(person));
    // Back in the search, for the next name.
    backToSearch();
  };

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
          ref={search}
          data-autofocus
        />
        {query.trim() !== '' && found.length === 0 && !creating ? (
          <Group justify="space-between">
            <Text c="dimmed">{t('events.register.none')}</Text>
            {mayCreate ? (
              <Button variant="light" size="md" onClick={() => setCreating(true)}>
                {t('events.register.create')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {creating ? (
          <div data-testid="register-new-person">
            <NewPersonNameForm
              typed={query}
              size="md"
              texts={{
                hint: t('events.register.createHint'),
                firstName: t('events.register.firstName'),
                lastName: t('events.register.lastName'),
                lastNameRequired: t('events.register.lastNameRequired'),
                save: t('events.register.createSave'),
                cancel: t('events.register.createCancel'),
              }}
              escapeCancels
              onCancel={backToSearch}
              onSave={createAndRegister}
            />
          </div>
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
