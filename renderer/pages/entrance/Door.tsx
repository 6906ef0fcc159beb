import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import { displayName } from '@shared/members/person';
import { OfflineReadinessAlert } from '@renderer/components/offline/OfflineReadinessAlert';
import { usePhone } from '@renderer/components/phone';
import { QuorumPanel } from '@renderer/components/QuorumPanel';
import { CashCount } from '@renderer/pages/entrance/CashCount';
import { DoorCamera } from '@renderer/pages/entrance/camera/DoorCamera';
import { DoorDialog } from '@renderer/pages/entrance/DoorDialog';
import { DoorHeader } from '@renderer/pages/entrance/DoorHeader';
import { EntranceProxy } from '@renderer/pages/entrance/EntranceProxy';
import { HitCard } from '@renderer/pages/entrance/HitCard';
import { RecentEntries } from '@renderer/pages/entrance/RecentEntries';
import type { DoorAsk } from '@renderer/pages/entrance/use-door-payments';
import { useDoorPayments } from '@renderer/pages/entrance/use-door-payments';
import type { EntranceHit } from '@renderer/pages/entrance/use-entrance';
import { useEntrance } from '@renderer/pages/entrance/use-entrance';
import { useDoorFocus } from '@renderer/pages/entrance/use-door-focus';
import { WalkInDialog } from '@renderer/pages/entrance/WalkInDialog';
import { useMoney } from '@renderer/i18n/use-money';

/**
 * The door at work on one event: the counters and takings, one big search field that keeps the
 * focus, big cards to tap, the keyboard alone (arrows, Entrée, Échap), undo, walk-ins, and what
 * must be settled first (a price, a members-only event) in a dialog: two taps.
 */
export function Door({ event, onChange }: { event: EventDocument; onChange?: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const search = useRef<HTMLInputElement>(null);
  const phone = usePhone();
  const [walkIn, setWalkIn] = useState(false);
  const [asking, setAsking] = useState<DoorAsk | undefined>();
  const [proxy, setProxy] = useState(false);
  const { refocus, announce } = useDoorFocus(search, walkIn || proxy || asking !== undefined);
  const door = useEntrance(event, announce);
  const payments = useDoorPayments(door.target);

  const pick = (hit: EntranceHit) => {
    const ask = hit.attendance?.present ? undefined : payments.ask(hit.person, hit.status);
    if (ask) setAsking(ask);
    else void door.letIn(hit.person);
  };
  const actionOf = (hit: EntranceHit) => {
    const ask = payments.ask(hit.person, hit.status);
    if (ask?.membersOnly) return { label: t('entrance.notAllowed'), warn: true };
    if (ask)
      return {
        label: t('entrance.paidEntry', { price: money(ask.price) }),
        warn: false,
      };
    return { label: t('entrance.checkIn'), warn: false };
  };

  // A card the camera read goes where a USB scanner's number and Entrée go: the same pick.
  const scan = (code: string) => {
    const hit = door.hitOfCode(code);
    if (hit) pick(hit);
    return hit && { name: displayName(hit.person) };
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => door.select(door.selected + 1),
      ArrowUp: () => door.select(door.selected - 1),
      Enter: () => {
        const hit = door.hits[door.selected];
        if (hit) pick(hit);
      },
      Escape: () => door.setQuery(''),
    };
    const action = keys[keyEvent.key];
    if (!action) return;
    keyEvent.preventDefault();
    action();
  };

  return (
    <Stack gap="md">
      <DoorHeader event={event} counts={door.counts} takings={door.takings} onChange={onChange} />
      <OfflineReadinessAlert audience="door" />
      <QuorumPanel event={event} attendance={door.attendance} />
      {event.kind === 'assembly' ? (
        <EntranceProxy
          event={event}
          attendance={door.attendance}
          holder={door.recent[0]?.person.id}
          opened={proxy}
          onOpen={() => setProxy(true)}
          onClose={() => {
            setProxy(false);
            refocus();
          }}
        />
      ) : null}
      <TextInput
        ref={search}
        size="xl"
        label={t('entrance.search')}
        placeholder={t('entrance.searchPlaceholder')}
        // Arrows and Entrée mean nothing on a phone's screen keyboard; the room goes to the results.
        description={phone ? undefined : t('entrance.hint')}
        value={door.query}
        onChange={(input) => door.setQuery(input.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        aria-controls="entrance-results"
        data-mantine-stop-propagation
      />
      <DoorCamera
        paused={walkIn || proxy || asking !== undefined || door.busy}
        onCode={scan}
        onClose={refocus}
      />
      <Stack gap="sm" id="entrance-results" role="list" aria-label={t('entrance.results')}>
        {door.hits.map((hit, index) => (
          <HitCard
            key={hit.person.id}
            hit={hit}
            selected={index === door.selected}
            time={door.time}
            action={actionOf(hit)}
            onPick={() => pick(hit)}
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
      <RecentEntries
        recent={door.recent}
        door={door.target.door}
        time={door.time}
        onUndo={(p) => void door.undo(p).then(refocus)}
      />
      {/* An end-of-evening action: below the entries, so the search stays high on a phone. */}
      <CashCount event={event} door={door.target.door} takings={door.takings} onClosed={refocus} />
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
      <DoorDialog
        ask={asking}
        payments={payments}
        onClose={() => {
          setAsking(undefined);
          refocus();
        }}
      />
    </Stack>
  );
}
