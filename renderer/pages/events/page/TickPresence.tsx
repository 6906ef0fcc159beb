import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import type { RollEntry } from '@shared/events/roll';
import { displayName } from '@shared/members/person';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { useArrowChoice } from '@renderer/components/use-arrow-choice';
import { useTickPresence } from '@renderer/pages/events/page/use-tick-presence';

/**
 * The paper sheet back at the office: type a line number or part of a name, Entrée ticks, the
 * field is ready for the next; arrows choose among several; the last ticks can be undone.
 */
export function TickPresence({ event, roll }: { event: EventDocument; roll: readonly RollEntry[] }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const tick = useTickPresence(event, roll);

  const choose = async (entry: RollEntry) => {
    await tick.tick(entry);
    input.current?.focus();
  };

  // ↓ and ↑ choose among the hits, Entrée ticks the one highlighted; Échap empties the field.
  const arrows = useArrowChoice(tick.hits, (entry) => void choose(entry));
  const onKeyDown = (key: React.KeyboardEvent<HTMLInputElement>) => {
    if (key.key !== 'Escape') return arrows.onKeyDown(key);
    tick.setQuery('');
    key.preventDefault();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="tick-presence-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="tick-presence-title">
            {t('eventSheets.tick.title')}
          </Title>
          <Text>{t('eventSheets.tick.progress', { present: tick.present, count: roll.length })}</Text>
        </Group>
        <TextInput
          ref={input}
          size="lg"
          maw={520}
          label={t('eventSheets.tick.search')}
          description={t('eventSheets.tick.searchDescription')}
          value={tick.query}
          onChange={(change) => tick.setQuery(change.currentTarget.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
        {tick.query.trim() !== '' && tick.hits.length === 0 ? (
          <Text c="orange.8">{t('eventSheets.tick.none', { query: tick.query.trim() })}</Text>
        ) : null}
        <Stack gap={4} role="listbox" aria-label={t('eventSheets.tick.search')}>
          {tick.hits.map((entry, index) => (
            <UnstyledButton
              key={entry.person.id}
              role="option"
              aria-selected={index === arrows.selected}
              onClick={() => void choose(entry)}
              p="xs"
              bg={index === arrows.selected ? 'var(--mantine-color-green-light)' : undefined}
              style={{ borderRadius: 4 }}
            >
              <Group gap="md">
                <Text c="dimmed" w={80}>
                  {t('eventSheets.tick.line', { line: entry.line })}
                </Text>
                <Text fw={600}>{displayName(entry.person)}</Text>
                <Text c="dimmed">{entry.person.memberNumber}</Text>
                <StatusBadge status={entry.status} />
                {entry.record?.present ? <Badge color="gray">{t('eventSheets.tick.already')}</Badge> : null}
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
        {tick.ticked.length > 0 ? (
          <Group gap="xs">
            {tick.ticked.map((entry) => (
              <Button
                key={entry.person.id}
                variant="light"
                color="gray"
                onClick={() => void tick.undo(entry).then(() => input.current?.focus())}
                loading={tick.busy}
              >
                {t('eventSheets.tick.undo', { name: displayName(entry.person) })}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
