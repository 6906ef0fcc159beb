import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctionRow } from '@shared/events/presence';
import type { TilleulDatabase } from '@renderer/data/database';
import { createEvent, register } from '@renderer/data/events/write';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { SheetPeopleIndex } from '@renderer/data/sheets/people-index';
import { sheetsOfPersonQuery } from '@renderer/data/sheets/read';
import { amendSheet, closeEvent } from '@renderer/data/sheets/write';
import { installWriteGuard } from '@renderer/data/write-guard';
import type { PersonId } from '@shared/ids';
import { deviceId, personId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let clock: number;
const now = () => new Date((clock += 60_000));
const office = { userId: userId('secretaire-1'), deviceId: deviceId('pc-1'), now };

beforeEach(async () => {
  clock = Date.parse('2026-11-14T18:00:00.000Z');
  db = await createMemoryDatabase();
  const session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set({ id: userId('secretaire-1'), name: 'Sophie', role: 'secretary' });
});
afterEach(() => db.close());

/** An event with these people registered, closed into its sheet. */
async function closed(title: string, people: readonly string[]) {
  const event = await createEvent(db, office, { title, startsOn: '2026-11-14', startTime: '20:00' } as never);
  for (const person of people) await register(db, office, event.id, personId(person));
  const [sheet] = await closeEvent(db, office, event.id, 'Bureau');
  if (!sheet) throw new Error('no sheet');
  return { event, sheet };
}

/** What the query that reads every sheet answers: the index must say the same. */
async function scanned(personId: PersonId) {
  return (await db.sheets.find(sheetsOfPersonQuery(personId)).exec()).map((doc) => doc.id).sort();
}

describe('the index of the people on the sheets', () => {
  it('reads the sheets a few at a time, and says which name a person, as a full scan would', async () => {
    const loto = await closed('Loto', ['anne', 'paul']);
    const ag = await closed('AG', ['paul', 'zoe']);
    const bal = await closed('Bal', ['anne']);
    const index = new SheetPeopleIndex(db, 2);
    await index.ready;
    for (const person of ['anne', 'paul', 'zoe', 'nobody'])
      expect(index.sheetIdsOf(personId(person))).toEqual(await scanned(personId(person)));
    expect(index.sheetIdsOf('paul')).toEqual([loto.sheet.id, ag.sheet.id].sort());
    expect(index.sheetIdsOf('anne')).toEqual([loto.sheet.id, bal.sheet.id].sort());
    index.close();
  });

  it('adds a sheet closed and a person amended in afterwards, and says it changed', async () => {
    const index = new SheetPeopleIndex(db);
    await index.ready;
    const before = index.version.value;
    const loto = await closed('Loto', ['anne']);
    expect(index.sheetIdsOf('anne')).toEqual([loto.sheet.id]);
    // Someone on the paper sheet only, added by an amendment.
    await amendSheet(db, office, {
      eventId: loto.event.id,
      row: correctionRow('lea', true, undefined),
      reason: 'Sur la feuille papier',
      device: 'Bureau',
    });
    expect(index.sheetIdsOf('lea')).toEqual(await scanned(personId('lea')));
    expect(index.sheetIdsOf('lea')).toEqual([loto.sheet.id]);
    expect(index.version.value).toBeGreaterThan(before);
    index.close();
  });
});
