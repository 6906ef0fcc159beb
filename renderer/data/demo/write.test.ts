import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '@renderer/data/users/accounts';
import type { SessionStore } from '@renderer/data/session';
import type { TilleulDatabase } from '@renderer/data/database';
import {
  DEMO_MEMBER_SERIES,
  DemoSeasonsTakenError,
  hasDemo,
  loadDemo,
  mergeDemoSeasons,
  removeDemo,
} from '@renderer/data/demo/write';
import { createGuardedMemoryDatabase } from '@renderer/data/memory-database';
import { readSetting } from '@renderer/data/settings/read';
import { saveSetting } from '@renderer/data/settings/write';
import { PermissionDeniedError } from '@renderer/data/write-guard';
import { createStatusResolver } from '@shared/members/status';
import type { SeasonInput } from '@shared/members/season';
import type { WriteContext } from '@shared/schema/common';
import { deviceId, membershipId, personId, seasonId, tariffId, userId } from '@shared/testing/ids';

const fast = { iterations: 100_000 };
const now = () => new Date('2026-01-15T10:00:00.000Z');

let db: TilleulDatabase;
let session: SessionStore;
let admin: WriteContext;

beforeEach(async () => {
  ({ db, session } = await createGuardedMemoryDatabase(now));
  const user = await createUser(
    db,
    { userId: userId('setup'), deviceId: deviceId('pc-1'), now },
    { name: 'Anne Admin', role: 'admin', secret: 'motdepasse', confirm: 'motdepasse' },
    fast,
  );
  session.set({ id: user.id, name: user.name, role: 'admin' });
  admin = { userId: user.id, deviceId: deviceId('pc-1'), now };
});
afterEach(async () => {
  await db.close();
});

async function setting<K extends 'seasons' | 'custom-fields'>(key: K) {
  return readSetting(key, (await db.settings.findOne(key).exec())?.toJSON() ?? null);
}

const ownSeason: SeasonInput = {
  id: seasonId('season-2026'),
  label: '2026-2027',
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
  tariffs: [{ id: tariffId('adulte-2026'), label: 'Adulte', amount: 2500, givesCounterpart: true }],
};

const realPerson = {
  id: personId('0190b8b2-7c1e-7000-8000-000000000001'),
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
  updatedBy: 'x',
  deviceId: deviceId('pc-1'),
  kind: 'person' as const,
  firstName: 'Vraie',
  lastName: 'Personne',
  birthDate: '',
  email: '',
  phone: '',
  address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
  householdId: '' as const,
  memberNumber: 'A-0001',
  formerMemberNumbers: [],
  mergedIds: [],
  siren: '',
  legalForm: '',
  consents: {
    imageRights: { status: 'unknown' as const, on: '' },
    newsletter: { status: 'unknown' as const, on: '' },
    dataProcessing: { status: 'unknown' as const, on: '' },
  },
  notes: '',
  customFields: { benevole: true },
  origin: 'office' as const,
  importId: '',
  erasedOn: '',
};

describe('demo association', () => {
  it('loads people, households, memberships, seasons and fields, with progress', async () => {
    await saveSetting(db, admin, 'seasons', { seasons: [ownSeason] });
    await saveSetting(db, admin, 'custom-fields', {
      fields: [{ id: tariffId('benevole'), label: 'Bénévole (le nôtre)', type: 'boolean' }],
    });
    await db.people.insert(realPerson);

    const progress: number[] = [];
    const demo = await loadDemo(db, admin, 'small', ({ done, total }) => progress.push(done / total));

    expect(await db.people.count().exec()).toBe(demo.people.length + 1);
    expect(await db.households.count().exec()).toBe(demo.households.length);
    expect(await db.memberships.count().exec()).toBe(demo.memberships.length);
    expect(demo.people.length).toBe(300);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await hasDemo(db)).toBe(true);

    // Demo numbers have their own series: they never collide with real ones.
    const numbered = demo.people.filter((p) => p.memberNumber !== '');
    expect(numbered.every((p) => p.memberNumber.startsWith(`${DEMO_MEMBER_SERIES}-`))).toBe(true);
    // Stamped with who loaded it.
    expect(demo.memberships.every((m) => m.receivedBy === admin.userId)).toBe(true);

    const seasons = await setting('seasons');
    expect(seasons.state).toBe('ok');
    if (seasons.state !== 'ok') return;
    expect(seasons.value.seasons.map((s) => s.id)).toEqual([
      'season-2026',
      'demo-season-2023',
      'demo-season-2024',
      'demo-season-2025',
    ]);
    const fields = await setting('custom-fields');
    if (fields.state !== 'ok') throw new Error('fields');
    expect(fields.value.fields.map((f) => f.id)).toEqual([
      'benevole',
      'demo-taille-tshirt',
      'demo-certificat-medical',
      'demo-benevole',
    ]);
    // Demo values are filed under the demo fields, not under the user's own `benevole`.
    expect(demo.people.some((p) => 'benevole' in p.customFields)).toBe(false);
    expect(demo.people.some((p) => p.customFields['demo-benevole'] === true)).toBe(true);

    // The data makes sense: people à jour this season, others to renew.
    const resolve = createStatusResolver(demo.memberships, seasons.value.seasons, '2026-01-15');
    const statuses = new Set(demo.people.map((p) => resolve(p)));
    expect(statuses).toEqual(new Set(['a-jour', 'a-renouveler', 'ancien-membre', 'jamais-adherent']));
  });

  it('removes exactly the demo, and a second load after that works', async () => {
    await saveSetting(db, admin, 'seasons', { seasons: [ownSeason] });
    await db.people.insert(realPerson);
    await loadDemo(db, admin);
    // Loading twice is harmless.
    await loadDemo(db, admin);

    const progress: number[] = [];
    const removal = await removeDemo(db, admin, ({ done, total }) => progress.push(done / total));
    expect(removal.people).toBe(300);
    expect(removal.keptSeasons).toEqual([]);
    expect(progress.at(-1)).toBe(1);
    expect((await db.people.find().exec()).map((p) => p.id)).toEqual([realPerson.id]);
    expect(await db.households.count().exec()).toBe(0);
    expect(await db.memberships.count().exec()).toBe(0);
    expect(await hasDemo(db)).toBe(false);
    const seasons = await setting('seasons');
    expect(seasons.state === 'ok' && seasons.value.seasons).toEqual([
      {
        ...ownSeason,
        tariffs: [
          { ...ownSeason.tariffs?.[0], scope: 'individual', taxReceiptAllowed: false, archived: false },
        ],
      },
    ]);
    const fields = await setting('custom-fields');
    expect(fields.state === 'ok' && fields.value.fields).toEqual([]);

    await loadDemo(db, admin);
    expect(await db.people.count().exec()).toBe(301);
  });

  it('keeps a demo season that the user’s own memberships use', async () => {
    const demo = await loadDemo(db, admin);
    const [season] = demo.settings.seasons.seasons.slice(-1);
    const tariff = season?.tariffs[0];
    if (!season || !tariff) throw new Error('no season');
    await db.people.insert(realPerson);
    await db.memberships.insert({
      id: membershipId('0190b8b2-7c1e-7000-8000-0000000000aa'),
      createdAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
      updatedBy: admin.userId,
      deviceId: deviceId('pc-1'),
      holderKind: 'person',
      holderId: realPerson.id,
      seasonId: season.id,
      tariffId: tariff.id,
      tariffLabel: tariff.label,
      taxReceiptAllowed: false,
      amount: tariff.amount,
      paymentMethod: 'especes',
      chequeNumber: '',
      paymentReference: '',
      paidOn: '2026-01-15',
      receivedBy: admin.userId,
      cancelledOn: '',
      cancelReason: '',
      notes: '',
      origin: 'office',
      importId: '',
      receiptId: '',
    });
    const removal = await removeDemo(db, admin);
    expect(removal.keptSeasons).toEqual([season.label]);
    const seasons = await setting('seasons');
    expect(seasons.state === 'ok' && seasons.value.seasons.map((s) => s.id)).toEqual([season.id]);
    expect(await db.memberships.count().exec()).toBe(1);
  });

  it('never puts its tariffs in a real season: refused, nothing written, while one covers its dates', async () => {
    const current = {
      ...ownSeason,
      id: tariffId('season-2025'),
      label: 'Saison 2025-2026',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
    };
    await saveSetting(db, admin, 'seasons', { seasons: [current] });
    const before = await setting('seasons');
    const refused = await loadDemo(db, admin).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DemoSeasonsTakenError);
    expect((refused as DemoSeasonsTakenError).seasons).toEqual(['Saison 2025-2026']);
    expect(await setting('seasons')).toEqual(before);
    expect(await db.people.count().exec()).toBe(0);
    expect(await db.memberships.count().exec()).toBe(0);
    expect(await hasDemo(db)).toBe(false);
  });

  it('adds only its own seasons next to the user’s', () => {
    const own = {
      id: seasonId('own'),
      label: '2030-2031',
      startsOn: '2030-09-01',
      endsOn: '2031-08-31',
      tariffs: [],
    };
    const demo = {
      id: seasonId('demo-season-2025'),
      label: '2025-2026',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
      tariffs: [],
    };
    expect(mergeDemoSeasons([own], [demo, own]).map((season) => season.id)).toEqual([
      'own',
      'demo-season-2025',
    ]);
  });

  it('is refused to someone who may not manage the association', async () => {
    session.set({ id: userId('door-1'), name: 'Porte', role: 'door' });
    await expect(loadDemo(db, { ...admin, userId: userId('door-1') })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect(await db.people.count().exec()).toBe(0);
  });
});
