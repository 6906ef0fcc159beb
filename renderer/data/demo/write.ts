import type { RxCollection } from 'rxdb/plugins/core';
import type { DemoAssociation, DemoSize } from '@shared/demo/demo-association';
import {
  DEMO_ID_PREFIX,
  generateDemoAssociation,
  isDemoId,
  seasonsInTheDemosWay,
} from '@shared/demo/demo-association';
import type { CustomFieldDefinition, CustomFieldValue } from '@shared/members/custom-fields';
import type { Season } from '@shared/members/season';
import type { WriteContext } from '@shared/schema/common';
import type { TilleulDatabase } from '@renderer/data/database';
import { readSetting } from '@renderer/data/settings/read';
import { saveSetting } from '@renderer/data/settings/write';
import { localToday } from '@shared/dates/parse-date';

/**
 * « Essayer avec une association de démonstration »: writes a generated association next to the
 * user's own data, and takes it away again in one action. Everything the demo writes has an id
 * starting with `demo-` (documents, seasons, tariffs, custom fields), which is how removal finds
 * it and how it leaves everything else alone.
 *
 * Writes go through the normal data layer: the write guard checks them (administrators only, as
 * the Home page offers it with `settings.manage`) and the audit log records them.
 */

/**
 * The demo's member numbers: a series of its own, so they can never collide with the numbers this
 * device or another one gives real members (`A-0001`…), before or after the demo is removed.
 */
export const DEMO_MEMBER_SERIES = 'DEM';

/** Documents per write: small enough for a smooth progress bar, large enough to stay fast. */
const CHUNK = 250;

export interface DemoProgress {
  done: number;
  total: number;
}
export type DemoProgressCallback = (progress: DemoProgress) => void;

/** True when the demo association (or part of it) is in the database. */
export async function hasDemo(db: TilleulDatabase): Promise<boolean> {
  const [person, household, membership] = await Promise.all([
    db.people.findOne(demoSelector()).exec(),
    db.households.findOne(demoSelector()).exec(),
    db.memberships.findOne(demoSelector()).exec(),
  ]);
  return Boolean(person ?? household ?? membership);
}

/** Primary-key range `demo-…`: `.` is the character after `-`. */
function demoSelector() {
  return { selector: { id: { $gte: DEMO_ID_PREFIX, $lt: `${DEMO_ID_PREFIX.slice(0, -1)}.` } } };
}

export function demoFieldId(id: string): string {
  return isDemoId(id) ? id : `${DEMO_ID_PREFIX}${id}`;
}

function prefixCustomFields(values: Record<string, CustomFieldValue>): Record<string, CustomFieldValue> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [demoFieldId(key), value]));
}

/**
 * The user's seasons plus the demo's own. The demo never puts its tariffs or cotisations in a
 * real season: `loadDemo` refuses while one of the user's seasons covers the demo's dates.
 */
export function mergeDemoSeasons(own: readonly Season[], demo: readonly Season[]): Season[] {
  const ids = new Set(own.map((season) => season.id));
  return [...own, ...demo.filter((season) => !ids.has(season.id))];
}

export function mergeDemoFields(
  own: readonly CustomFieldDefinition[],
  demo: readonly CustomFieldDefinition[],
): CustomFieldDefinition[] {
  const ids = new Set(own.map((field) => field.id));
  return [...own, ...demo.filter((field) => !ids.has(field.id))];
}

async function insertAll<T extends { id: string }>(
  collection: RxCollection<T>,
  documents: readonly T[],
  advance: (count: number) => void,
) {
  for (let start = 0; start < documents.length; start += CHUNK) {
    const chunk = documents.slice(start, start + CHUNK);
    const { error } = await collection.bulkInsert(chunk);
    // 409: already there (a second load, or one that was interrupted): keep it, go on.
    const failed = error.filter((e) => e.status !== 409);
    if (failed.length > 0) {
      const [first] = failed;
      throw new Error(`Demo: ${failed.length} ${collection.name} not written (${first?.status})`);
    }
    advance(chunk.length);
  }
}

/**
 * Loads the demo association laid out around today: people in families, households, two seasons
 * of memberships and a few former members, their tariffs and three custom fields. The user's own
 * seasons, fields and documents are kept as they are. `DemoSeasonsTakenError`, before anything
 * is written, when the user's own seasons cover the demo's dates.
 */
export async function loadDemo(
  db: TilleulDatabase,
  context: WriteContext,
  size: DemoSize = 'small',
  onProgress?: DemoProgressCallback,
): Promise<DemoAssociation> {
  const today = localToday(context.now());
  const demo = generateDemoAssociation({
    size,
    today,
    userId: context.userId,
    deviceId: context.deviceId,
    series: DEMO_MEMBER_SERIES,
  });

  // Settings first: memberships must never point to a season the app does not know.
  const seasonsRead = readSetting('seasons', (await db.settings.findOne('seasons').exec())?.toJSON() ?? null);
  const ownSeasons = seasonsRead.state === 'ok' ? seasonsRead.value.seasons : [];
  if (seasonsRead.state === 'invalid') throw new DemoSettingsError('seasons');
  const inTheWay = seasonsInTheDemosWay(ownSeasons, today);
  if (inTheWay.length > 0) throw new DemoSeasonsTakenError(inTheWay.map((season) => season.label));
  await saveSetting(db, context, 'seasons', {
    seasons: mergeDemoSeasons(ownSeasons, demo.settings.seasons.seasons),
  });

  const fieldsRead = readSetting(
    'custom-fields',
    (await db.settings.findOne('custom-fields').exec())?.toJSON() ?? null,
  );
  if (fieldsRead.state === 'invalid') throw new DemoSettingsError('custom-fields');
  const ownFields = fieldsRead.state === 'ok' ? fieldsRead.value.fields : [];
  const demoFields = demo.settings.customFields.fields.map((field) => ({
    ...field,
    id: demoFieldId(field.id),
  }));
  await saveSetting(db, context, 'custom-fields', { fields: mergeDemoFields(ownFields, demoFields) });

  const people = demo.people.map((person) => ({
    ...person,
    customFields: prefixCustomFields(person.customFields),
  }));
  const { memberships } = demo;

  const total = demo.households.length + people.length + memberships.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress?.({ done, total });
  };
  onProgress?.({ done, total });
  // Households, then people, then memberships: nothing ever points to a document not yet written.
  await insertAll(db.households, demo.households, advance);
  await insertAll(db.people, people, advance);
  await insertAll(db.memberships, memberships, advance);
  return { ...demo, people, memberships };
}

/** The user's own seasons (their labels) cover the demo's dates: nothing was written. */
export class DemoSeasonsTakenError extends Error {
  readonly code = 'DEMO_SEASONS_TAKEN';
  constructor(readonly seasons: readonly string[]) {
    super(`DEMO_SEASONS_TAKEN: ${seasons.join(', ')}`);
    this.name = 'DemoSeasonsTakenError';
  }
}

export class DemoSettingsError extends Error {
  readonly code = 'DEMO_SETTINGS_INVALID';
  constructor(readonly key: 'seasons' | 'custom-fields') {
    super(`DEMO_SETTINGS_INVALID: ${key}`);
    this.name = 'DemoSettingsError';
  }
}

export interface DemoRemoval {
  people: number;
  households: number;
  memberships: number;
  /** Demo seasons kept because memberships typed by the user are recorded in them. */
  keptSeasons: string[];
}

async function demoIds<T extends { id: string }>(collection: RxCollection<T>): Promise<string[]> {
  return (await collection.find(demoSelector()).exec()).map((doc) => doc.primary);
}

async function removeAll<T extends { id: string }>(
  collection: RxCollection<T>,
  ids: readonly string[],
  advance: (count: number) => void,
): Promise<number> {
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const { error } = await collection.bulkRemove(chunk);
    if (error.length > 0) throw new Error(`Demo: ${error.length} ${collection.name} not removed`);
    advance(chunk.length);
  }
  return ids.length;
}

/**
 * Removes every document whose id starts with `demo-` (they stay as deletions, like any other,
 * so other devices remove them too) and the demo's seasons, tariffs and custom fields from the
 * settings — except a demo season, tariff or field the user's own data already uses: removing it
 * would orphan what they typed.
 */
export async function removeDemo(
  db: TilleulDatabase,
  context: WriteContext,
  onProgress?: DemoProgressCallback,
): Promise<DemoRemoval> {
  const [memberships, people, households] = await Promise.all([
    demoIds(db.memberships),
    demoIds(db.people),
    demoIds(db.households),
  ]);
  const total = memberships.length + people.length + households.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress?.({ done, total });
  };
  onProgress?.({ done, total });
  // The reverse of loading: nothing is left pointing to a removed document on the way.
  const removed = {
    memberships: await removeAll(db.memberships, memberships, advance),
    people: await removeAll(db.people, people, advance),
    households: await removeAll(db.households, households, advance),
  };

  // What the user's own data still uses.
  const ownMemberships = await db.memberships.find().exec();
  const usedSeasons = new Set(ownMemberships.map((m) => m.seasonId));
  const usedTariffs = new Set(ownMemberships.map((m) => m.tariffId));
  const keptSeasons: string[] = [];

  const seasonsDoc = await db.settings.findOne('seasons').exec();
  const seasonsRead = readSetting('seasons', seasonsDoc?.toJSON() ?? null);
  if (seasonsRead.state === 'ok') {
    const before = seasonsRead.value.seasons;
    const after = before
      .filter((season) => !isDemoId(season.id) || usedSeasons.has(season.id))
      .map((season) => {
        if (isDemoId(season.id)) {
          keptSeasons.push(season.label);
          return season;
        }
        return {
          ...season,
          tariffs: season.tariffs.filter((tariff) => !isDemoId(tariff.id) || usedTariffs.has(tariff.id)),
        };
      });
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      await saveSetting(db, context, 'seasons', { seasons: after });
    }
  }

  const fieldsDoc = await db.settings.findOne('custom-fields').exec();
  const fieldsRead = readSetting('custom-fields', fieldsDoc?.toJSON() ?? null);
  if (fieldsRead.state === 'ok' && fieldsRead.value.fields.some((field) => isDemoId(field.id))) {
    const usedFields = new Set<string>();
    for (const person of await db.people.find().exec()) {
      for (const key of Object.keys(person.customFields)) if (isDemoId(key)) usedFields.add(key);
    }
    const fields = fieldsRead.value.fields.filter((field) => !isDemoId(field.id) || usedFields.has(field.id));
    if (fields.length !== fieldsRead.value.fields.length) {
      await saveSetting(db, context, 'custom-fields', { fields });
    }
  }
  return { ...removed, keptSeasons };
}
