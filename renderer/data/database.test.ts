import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import type { TilleulDatabase } from '@renderer/data/database';
import { getDeviceIdentity } from '@renderer/data/device';
import { readSetting } from '@renderer/data/settings/read';
import { saveSetting } from '@renderer/data/settings/write';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import type { OrganisationInput } from '@shared/schema/organisation';

const open: TilleulDatabase[] = [];
async function openDatabase(name?: string, specs?: Parameters<typeof createMemoryDatabase>[1]) {
  const db = await createMemoryDatabase(name, specs);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => (db.closed ? undefined : db.close())));
});

const organisation: OrganisationInput = {
  name: 'Foyer rural de Saint-Léger',
  rna: 'W123456789',
  siren: '',
  address: { line1: '2 place de la Mairie', line2: '', postalCode: '12345', city: 'Saint-Léger' },
  object: 'Animation de la vie locale',
  category: 'interet-general',
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: 'Marie Dupont',
  signatoryTitle: 'Présidente',
  logo: '',
  signature: '',
};
const context = {
  userId: userId('local'),
  deviceId: deviceId('device-1'),
  now: () => new Date('2026-09-01T10:00:00.000Z'),
};

describe('the RxDB database', () => {
  it('creates the active collections from the derived schemas, with dev-mode checks on', async () => {
    const db = await openDatabase();
    // Sorted: a collection with a migration (memberships, version 1) is added a moment later.
    expect(Object.keys(db.collections).sort()).toEqual(
      [
        'people',
        'households',
        'memberships',
        'events',
        'attendance',
        'sheets',
        'donations',
        'receipts',
        'deposits',
        'settings',
        'users',
        'audit',
      ].sort(),
    );
    expect(db.settings.schema.primaryPath).toBe('id');
  });

  it('saves a validated setting, stamps it and reads it back', async () => {
    const db = await openDatabase();
    const saved = await saveSetting(db, context, 'organisation', { ...organisation, rna: ' w 123 456 789 ' });
    expect(saved.rna).toBe('W123456789');
    const doc = await db.settings.findOne('organisation').exec();
    expect(doc?.toJSON()).toMatchObject({
      id: 'organisation',
      updatedBy: 'local',
      deviceId: deviceId('device-1'),
      createdAt: '2026-09-01T10:00:00.000Z',
    });
    const read = readSetting('organisation', doc?.toJSON() ?? null);
    expect(read.state).toBe('ok');
    if (read.state === 'ok') expect(read.value.name).toBe('Foyer rural de Saint-Léger');
  });

  it('keeps createdAt and moves updatedAt on a second save', async () => {
    const db = await openDatabase();
    await saveSetting(db, context, 'organisation', organisation);
    const later = { ...context, now: () => new Date('2026-10-01T08:00:00.000Z') };
    await saveSetting(db, later, 'organisation', { ...organisation, name: 'Foyer rural' });
    const doc = (await db.settings.findOne('organisation').exec())?.toJSON();
    expect(doc?.createdAt).toBe('2026-09-01T10:00:00.000Z');
    expect(doc?.updatedAt).toBe('2026-10-01T08:00:00.000Z');
    expect(doc?.value.name).toBe('Foyer rural');
  });

  it('refuses an invalid value and writes nothing', async () => {
    const db = await openDatabase();
    await expect(saveSetting(db, context, 'organisation', { ...organisation, name: '' })).rejects.toThrow(
      z.ZodError,
    );
    expect(await db.settings.count().exec()).toBe(0);
  });

  it('reports a stored value that no longer validates instead of dropping it', () => {
    const read = readSetting('organisation', { updatedAt: '2026-01-01T00:00:00.000Z', value: { name: 42 } });
    expect(read.state).toBe('invalid');
  });

  it('gives the device a stable identity, series A when standalone', async () => {
    const db = await openDatabase();
    const first = await getDeviceIdentity(db);
    expect(first.series).toBe('A');
    expect(await getDeviceIdentity(db)).toEqual(first);
  });

  it('replaces a damaged device identity and keeps the damaged one aside', async () => {
    const db = await openDatabase();
    await db.upsertLocal('device', { deviceId: deviceId(''), series: 'lowercase' });
    const identity = await getDeviceIdentity(db);
    expect(identity.deviceId).not.toBe('');
    expect(identity.series).toBe('A');
    expect(await getDeviceIdentity(db)).toEqual(identity);
  });

  it('migrates stored documents when a collection version goes up', async () => {
    const name = `migration-${Date.now()}`;
    const v0 = defineCollection({
      name: 'settings',
      version: 0,
      schema: documentSchema({ label: z.string().max(50) }),
    });
    const db0 = await openDatabase(name, { settings: v0 });
    await db0.settings.insert({
      id: 'a',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'u',
      deviceId: deviceId('d'),
      label: 'Ancien nom',
    } as never);
    await db0.close();

    const v1 = defineCollection({
      name: 'settings',
      version: 1,
      schema: documentSchema({ title: z.string().max(50) }),
      migrations: { 1: ({ label, ...rest }) => ({ ...rest, title: String(label).toUpperCase() }) },
    });
    const db1 = await openDatabase(name, { settings: v1 });
    const migrated = (await db1.settings.findOne('a').exec())?.toJSON() as unknown as Record<string, unknown>;
    expect(migrated.title).toBe('ANCIEN NOM');
    expect(migrated.label).toBeUndefined();
  });
});
