import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localToday } from '@shared/dates/parse-date';
import type { EventDocument } from '@shared/events/event';
import { formatDate } from '@shared/format/intl';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { useEvents } from '@renderer/data/events/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import type { EntranceHit } from '@renderer/pages/entrance/use-entrance';
import { useEntrance } from '@renderer/pages/entrance/use-entrance';
import { WalkInDialog } from '@renderer/pages/entrance/WalkInDialog';

/**
 * « Entrée »: the door volunteer's screen, and the door account's landing page. The event of
 * the day (or the one in `?evenement=`), one big search field that keeps the focus, big cards to
 * tap, the keyboard alone (arrows, Entrée, Échap), undo, walk-ins, the counters.
 */
export function EntrancePage() {
  const { t } = useTranslation();
  const { events, loading } = useEvents();
  const [params, setParams] = useSearchParams();
  const today = localToday(new Date());
  const open = events.filter((event) => event.cancelledOn === '' && event.closedOn === '');
  const todays = open.filter((event) => event.startsOn <= today && (event.endsOn || event.startsOn) >= today);
  const chosen =
    open.find((event) => event.id === params.get('evenement')) ??
    (todays.length === 1 ? todays[0] : undefined);

  if (loading) return null;
  if (!chosen) {
    const offered = todays.length > 0 ? todays : open.filter((event) => event.startsOn >= today).slice(0, 10);
    return (
      <Stack gap="md" maw={900}>
        <Title order={1}>{t('entrance.title')}</Title>
        <Text size="lg">
          {todays.length > 0
            ? t('entrance.chooseEvent')
            : offered.length > 0
              ? t('entrance.noEventToday')
              : t('entrance.noEvents')}
        </Text>
        {offered.map((event) => (
          <EventChoice key={event.id} event={event} onPick={() => setParams({ evenement: event.id })} />
        ))}
      </Stack>
    );
  }
  return (
    <Door
      event={chosen}
      onChange={todays.length === 1 && !params.get('evenement') ? undefined : () => setParams({})}
    />
  );
}

function EventChoice({ event, onPick }: { event: EventDocument; onPick: () => void }) {
  const { language } = useLanguage();
  return (
    <Button size="xl" variant="default" justify="flex-start" onClick={onPick} h="auto" py="md">
      <Stack gap={2} align="flex-start">
        <Text fw={700} size="lg">
          {event.title}
        </Text>
        <Text size="sm" c="dimmed">
          {formatDate(event.startsOn, localeOf(language))}
          {event.startTime ? ` · ${event.startTime.replace(':', ' h ')}` : ''}
          {event.location ? ` · ${event.location}` : ''}
        </Text>
      </Stack>
    </Button>
  );
}

function Door({ event, onChange }: { event: EventDocument; onChange?: () => void }) {
  const { t } = useTranslation();
  const search = useRef<HTMLInputElement>(null);
  const [walkIn, setWalkIn] = useState(false);
  const refocus = () => requestAnimationFrame(() => search.current?.focus());

  // One notice at a time at the door: the last entry, with its « Annuler ». Older ones (and the
  // office's, left from before) go at once: queued behind them, a new one would wait its turn.
  useEffect(() => notifications.clean(), []);
  const door = useEntrance(event, (person: PersonDocument, undo: () => Promise<void>) => {
    const id = `entree-${person.id}-${Date.now()}`;
    notifications.clean();
    notifications.show({
      id,
      color: 'green',
      autoClose: 5000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="md" fw={600}>
            {t('entrance.checkedIn', { name: displayName(person) })}
          </Text>
          <Button
            size="sm"
            variant="default"
            onClick={() => {
              notifications.hide(id);
              void undo().then(refocus);
            }}
          >
            {t('entrance.undo')}
          </Button>
        </Group>
      ),
    });
    refocus();
  });

  // The search field keeps the focus: a scanner types into it, and so does the volunteer.
  useEffect(() => {
    if (walkIn) return;
    const keep = () => {
      const active = document.activeElement;
      if (!active || active === document.body) search.current?.focus();
    };
    const timer = window.setInterval(keep, 500);
    search.current?.focus();
    return () => window.clearInterval(timer);
  }, [walkIn]);

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLInputElement>) => {
    if (keyEvent.key === 'ArrowDown') {
      keyEvent.preventDefault();
      door.select(door.selected + 1);
    } else if (keyEvent.key === 'ArrowUp') {
      keyEvent.preventDefault();
      door.select(door.selected - 1);
    } else if (keyEvent.key === 'Enter') {
      keyEvent.preventDefault();
      const hit = door.hits[door.selected];
      if (hit) void door.letIn(hit.person);
    } else if (keyEvent.key === 'Escape') {
      keyEvent.preventDefault();
      door.setQuery('');
    }
  };

  const { present, registered } = door.counts;
  const full = event.capacity > 0 && present >= event.capacity;
  return (
    <Stack gap="md">
      {/* Counters on the left: the notices of the entries appear top right. */}
      <Group align="flex-end" gap="xl">
        <Stack gap={0}>
          <Title order={1}>{t('entrance.title')}</Title>
          <Text size="lg" fw={600}>
            {event.title}
          </Text>
          {event.membersOnly ? <Badge color="orange">{t('entrance.membersOnly')}</Badge> : null}
        </Stack>
        <Group gap="lg">
          <Counter label={t('entrance.counters.present')} value={present} testId="count-present" />
          <Counter label={t('entrance.counters.registered')} value={registered} testId="count-registered" />
          {event.capacity > 0 ? (
            <Counter label={t('entrance.counters.capacity')} value={event.capacity} />
          ) : null}
          {onChange ? (
            <Button variant="subtle" onClick={onChange}>
              {t('entrance.change')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {full ? (
        <Alert color="orange">{t('entrance.counters.full', { capacity: event.capacity })}</Alert>
      ) : null}
      <TextInput
        ref={search}
        size="xl"
        label={t('entrance.search')}
        placeholder={t('entrance.searchPlaceholder')}
        description={t('entrance.hint')}
        value={door.query}
        onChange={(input) => door.setQuery(input.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        aria-controls="entrance-results"
        data-mantine-stop-propagation
      />
      <Stack gap="sm" id="entrance-results" role="list" aria-label={t('entrance.results')}>
        {door.hits.map((hit, index) => (
          <HitCard
            key={hit.person.id}
            hit={hit}
            selected={index === door.selected}
            time={door.time}
            onPick={() => void door.letIn(hit.person)}
          />
        ))}
        {door.query.trim() !== '' && door.hits.length === 0 ? (
          <Text size="lg">{t('entrance.none', { query: door.query })}</Text>
        ) : null}
        {door.query.trim() !== '' ? (
          <Group>
            <Button size="lg" variant="light" onClick={() => setWalkIn(true)}>
              {t('entrance.walkIn.offer')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('entrance.recent')}
        </Title>
        {door.recent.length === 0 ? <Text c="dimmed">{t('entrance.recentEmpty')}</Text> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {door.recent.map(({ person, attendance }) => (
            <Group key={person.id} justify="space-between" wrap="nowrap">
              <Text>
                {displayName(person)}
                {attendance?.present ? ` · ${door.time(attendance.checkedInAt)}` : ''}
              </Text>
              {attendance?.present ? (
                <Button
                  size="sm"
                  variant="default"
                  aria-label={t('entrance.undoNamed', { name: displayName(person) })}
                  onClick={() => void door.undo(person).then(refocus)}
                >
                  {t('entrance.undo')}
                </Button>
              ) : null}
            </Group>
          ))}
        </SimpleGrid>
      </Paper>
      <WalkInDialog
        opened={walkIn}
        typed={door.query}
        onClose={() => {
          setWalkIn(false);
          refocus();
        }}
        onSave={async (name) => {
          const person = await door.walkIn(name);
          if (person) setWalkIn(false);
        }}
      />
    </Stack>
  );
}

function Counter({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Stack gap={0} align="center">
      <Text size="2rem" fw={700} lh={1} data-testid={testId}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

function HitCard({
  hit,
  selected,
  time,
  onPick,
}: {
  hit: EntranceHit;
  selected: boolean;
  time: (instant: string) => string;
  onPick: () => void;
}) {
  const { t } = useTranslation();
  const { person, status, attendance } = hit;
  const name = displayName(person);
  return (
    <UnstyledButton
      role="listitem"
      onClick={onPick}
      aria-label={attendance?.present ? name : t('entrance.checkInNamed', { name })}
      aria-current={selected || undefined}
      tabIndex={-1}
    >
      <Card
        withBorder
        padding="md"
        style={{
          borderWidth: selected ? 3 : 1,
          borderColor: selected ? 'var(--mantine-color-green-6)' : undefined,
          minHeight: 64,
        }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={2}>
            <Text size="xl" fw={700}>
              {person.lastName.toLocaleUpperCase('fr')} {person.firstName}
            </Text>
            <Group gap="xs">
              {person.memberNumber ? <Badge variant="outline">{person.memberNumber}</Badge> : null}
              <StatusBadge status={status} />
              {attendance?.registered ? <Badge color="blue">{t('entrance.registered')}</Badge> : null}
            </Group>
          </Stack>
          {attendance?.present ? (
            <Text size="md" c="dimmed">
              {t('entrance.inSince', {
                time: time(attendance.checkedInAt),
                door: attendance.checkedInDevice,
              })}
            </Text>
          ) : (
            <Text size="lg" fw={600} c="green.8">
              {t('entrance.checkIn')}
            </Text>
          )}
        </Group>
      </Card>
    </UnstyledButton>
  );
}
