import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import { correctionRow } from '@shared/events/presence';
import { displayName } from '@shared/members/person';
import type { PersonDocument } from '@shared/members/person';
import { failureUnderField, useWrite } from '@renderer/components/use-write';
import { useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { searchPeople } from '@renderer/data/directory';
import { amendSheet } from '@renderer/data/sheets/write';
import { useEnrolment } from '@renderer/sync/use-sync';
import { useArrowChoice } from '@renderer/components/use-arrow-choice';

const SEARCH_LIMIT = 6;

/**
 * « Corriger la feuille »: a closed event's line changed by an amendment — the person (the
 * people search), present or absent, and why (required). The sheet itself never changes.
 */
export function AmendSheetModal({
  event,
  records,
  onClose,
}: {
  event: EventDocument;
  records: readonly AttendanceDocument[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const directory = useDirectory();
  const enrolment = useEnrolment();
  const { busy, run } = useWrite();
  const [query, setQuery] = useState('');
  const [person, setPerson] = useState<PersonDocument>();
  const [presence, setPresence] = useState<'present' | 'absent'>('present');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const found = useMemo(
    () => (query.trim() === '' ? [] : searchPeople(directory, query, SEARCH_LIMIT)),
    [directory, query],
  );

  const choose = (chosen: PersonDocument) => {
    const held = records.find((record) => record.personId === chosen.id);
    setPerson(chosen);
    setPresence(held?.present ? 'absent' : 'present');
  };

  const save = async (submit: React.FormEvent) => {
    submit.preventDefault();
    setError(null);
    if (!person) return setError(t('closing.amend.choosePerson'));
    const held = records.find((record) => record.personId === person.id);
    const done = await run(
      () =>
        amendSheet(db, context, {
          eventId: event.id,
          row: correctionRow(person.id, presence === 'present', held),
          reason,
          device: enrolment?.deviceName || t('closing.thisDevice'),
        }),
      { success: () => t('closing.amend.done'), failure: failureUnderField(t, setError) },
    );
    if (done) onClose();
  };

  // ↓ and ↑ choose among the results, Entrée takes the one highlighted.
  const arrows = useArrowChoice(found, choose);

  return (
    <Modal opened onClose={onClose} title={t('closing.amend.title', { event: event.title })} size="lg">
      <form onSubmit={(submit) => void save(submit)} noValidate>
        <Stack gap="sm">
          {person ? (
            <Group justify="space-between">
              <Text fw={600}>{t('closing.amend.chosen', { name: displayName(person) })}</Text>
              <Button variant="subtle" onClick={() => setPerson(undefined)}>
                {t('closing.amend.change')}
              </Button>
            </Group>
          ) : (
            <>
              <TextInput
                label={t('closing.amend.search')}
                description={t('closing.amend.searchDescription')}
                type="search"
                size="md"
                value={query}
                onChange={(change) => setQuery(change.currentTarget.value)}
                onKeyDown={arrows.onKeyDown}
                data-autofocus
              />
              {query.trim() !== '' && found.length === 0 ? (
                <Text c="dimmed">{t('closing.amend.none')}</Text>
              ) : null}
              <Group gap="xs">
                {found.map((hit, index) => (
                  <Button
                    key={hit.id}
                    variant={index === arrows.selected ? 'filled' : 'light'}
                    data-selected={index === arrows.selected || undefined}
                    onClick={() => choose(hit)}
                  >
                    {t('closing.amend.choose', { name: `${displayName(hit)} ${hit.memberNumber}`.trim() })}
                  </Button>
                ))}
              </Group>
            </>
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="amend-presence">
              {t('closing.amend.presence')}
            </Text>
            <SegmentedControl
              aria-labelledby="amend-presence"
              value={presence}
              onChange={(value) => setPresence(value === 'absent' ? 'absent' : 'present')}
              data={[
                { value: 'present', label: t('closing.amend.present') },
                { value: 'absent', label: t('closing.amend.absent') },
              ]}
            />
          </Stack>
          <Textarea
            label={t('closing.amend.reason')}
            description={t('closing.amend.reasonHint')}
            value={reason}
            onChange={(change) => {
              setReason(change.currentTarget.value);
              setError(null);
            }}
            maxLength={500}
            required
            error={error}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={onClose}>
              {t('closing.amend.cancel')}
            </Button>
            <Button type="submit" size="md" loading={busy}>
              {t('closing.amend.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
