import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDocument } from '@shared/events/event';
import type { RollEntry } from '@shared/events/roll';
import { rollIndex, searchRoll } from '@shared/events/roll';
import { displayName } from '@shared/members/person';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { checkIn, undoCheckIn } from '@renderer/data/events/write';
import type { PersonId } from '@shared/ids';

/** Ticks kept on screen, each with its « Annuler ». */
const KEPT = 5;

/**
 * Ticking presence from the paper sheet after the event: a search over the event's roll (line
 * number, member number or part of a name), Entrée ticks the chosen person with the door's own
 * check-in write, recorded as the office's (this account, « feuille papier »), and the last ticks
 * stay on screen to undo.
 */
export function useTickPresence(event: EventDocument, roll: readonly RollEntry[]) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const user = useCurrentUser();
  const { busy, run } = useWrite();
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<PersonId[]>([]);
  const index = useMemo(() => rollIndex(roll), [roll]);
  const hits = useMemo(() => searchRoll(roll, index, query), [roll, index, query]);
  const byId = useMemo(() => new Map(roll.map((entry) => [entry.person.id, entry])), [roll]);
  const device = t('eventSheets.tick.device', { name: user.name }).slice(0, 40);

  const tick = async (entry: RollEntry) => {
    const name = displayName(entry.person);
    const outcome = await run(
      () => checkIn(db, context, { eventId: event.id, personId: entry.person.id, device }),
      {
        success: (done) =>
          done.kind === 'already'
            ? t('eventSheets.tick.alreadyTicked', { name })
            : t('eventSheets.tick.ticked', { name }),
      },
    );
    setQuery('');
    if (outcome?.kind === 'checked-in') {
      setTicked((ids) => [entry.person.id, ...ids.filter((id) => id !== entry.person.id)].slice(0, KEPT));
    }
  };

  const undo = async (entry: RollEntry) => {
    await run(() => undoCheckIn(db, context, { eventId: event.id, personId: entry.person.id }), {
      success: () => t('eventSheets.tick.undone', { name: displayName(entry.person) }),
    });
    setTicked((ids) => ids.filter((id) => id !== entry.person.id));
  };

  return {
    query,
    setQuery,
    hits,
    tick,
    undo,
    busy,
    ticked: ticked
      .map((id) => byId.get(id))
      .filter((entry): entry is RollEntry => entry !== undefined && entry.record?.present === true),
    present: roll.filter((entry) => entry.record?.present === true).length,
  };
}
