import { SYSTEM_WRITERS } from '@shared/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, attemptLogin, resetSecret, setUserDisabled } from '@renderer/data/users/accounts';
import type { SessionStore } from '@renderer/data/session';
import type { SessionUser } from '@renderer/data/session';
import type { TilleulDatabase } from '@renderer/data/database';
import { createGuardedMemoryDatabase } from '@renderer/data/memory-database';
import { saveSetting } from '@renderer/data/settings/write';
import { PermissionDeniedError } from '@renderer/data/write-guard';
import type { OrganisationInput } from '@shared/schema/organisation';
import { cancelled, makeReceipt } from '@shared/receipts/testing';
import { makeDonation } from '@shared/donations/testing';
import type { Cents } from '@shared/money/cents';
import { deviceId, receiptId } from '@shared/testing/ids';

// Tests hash with fewer iterations; the count used by the app is tested in password.test.ts.
const fast = { iterations: 100_000 };
const organisation: OrganisationInput = {
  name: 'Club de foot de Montcuq',
  rna: 'W461000123',
  address: { line1: '1 stade', postalCode: '46800', city: 'Montcuq' },
  object: 'Football',
  category: 'interet-general',
  signatoryName: 'Paul Durand',
  signatoryTitle: 'Président',
};

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date(clock);
const contextOf = (user: SessionUser | null) => ({
  userId: user?.id ?? SYSTEM_WRITERS.setup,
  deviceId: deviceId('pc-1'),
  now,
});

beforeEach(async () => {
  clock = Date.parse('2026-09-05T09:00:00.000Z');
  ({ db, session } = await createGuardedMemoryDatabase(now));
});
afterEach(async () => {
  await db.close();
});

async function setUpAdminAndDoor() {
  const admin = await createUser(
    db,
    contextOf(null),
    { name: 'Anne Admin', role: 'admin', secret: 'motdepasse', confirm: 'motdepasse' },
    fast,
  );
  session.set({ id: admin.id, name: admin.name, role: 'admin' });
  const door = await createUser(
    db,
    contextOf(session.get()),
    { name: 'Porte 1', role: 'door', secret: '246810', confirm: '246810' },
    fast,
  );
  session.set(null);
  return { admin, door };
}

async function auditActions() {
  const entries = await db.audit.find({ sort: [{ createdAt: 'asc' }] }).exec();
  return entries.map((e) => `${e.action}${e.detail ? `:${e.detail}` : ''}`);
}

describe('accounts', () => {
  it('creates the first administrator before anyone is logged in, and nobody else', async () => {
    await setUpAdminAndDoor();
    await expect(
      createUser(
        db,
        contextOf(null),
        { name: 'Intrus', role: 'admin', secret: 'motdepasse', confirm: 'motdepasse' },
        fast,
      ),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await db.users.count().exec()).toBe(2);
  });

  it('checks PINs and passwords by role, and the confirmation', async () => {
    const attempt = (role: 'door' | 'secretary', secret: string, confirm = secret) =>
      createUser(db, contextOf(null), { name: 'X', role, secret, confirm }, fast);
    await expect(attempt('door', '12345')).rejects.toThrow(/errors.users.pinFormat/);
    await expect(attempt('door', '12345a')).rejects.toThrow(/errors.users.pinFormat/);
    await expect(attempt('secretary', 'court')).rejects.toThrow(/errors.users.passwordTooShort/);
    await expect(attempt('secretary', 'assez long', 'autre chose')).rejects.toThrow(
      /errors.users.confirmMismatch/,
    );
  });

  it('logs in offline, refuses a wrong PIN and a PIN typed on the wrong account', async () => {
    const { admin, door } = await setUpAdminAndDoor();
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '246810', now)).toEqual({
      ok: true,
      user: { id: door.id, name: 'Porte 1', role: 'door' },
    });
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '000000', now)).toEqual({
      ok: false,
      reason: 'wrong-secret',
    });
    expect(await attemptLogin(db, deviceId('pc-1'), admin.id, '246810', now)).toEqual({
      ok: false,
      reason: 'wrong-secret',
    });
    expect((await auditActions()).filter((a) => a.startsWith('login'))).toEqual([
      'login',
      'login-failed:wrong-secret',
      'login-failed:wrong-secret',
    ]);
  });

  it('makes an account wait after five failures, growing, on a fake clock', async () => {
    const { door } = await setUpAdminAndDoor();
    for (let i = 0; i < 4; i++)
      expect((await attemptLogin(db, deviceId('pc-1'), door.id, '111111', now)).ok).toBe(false);
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '111111', now)).toEqual({
      ok: false,
      reason: 'locked',
      waitMs: 30_000,
    });
    // Even the right PIN waits.
    clock += 10_000;
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '246810', now)).toEqual({
      ok: false,
      reason: 'locked',
      waitMs: 20_000,
    });
    clock += 20_000;
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '111111', now)).toEqual({
      ok: false,
      reason: 'locked',
      waitMs: 60_000,
    });
    clock += 60_000;
    expect((await attemptLogin(db, deviceId('pc-1'), door.id, '246810', now)).ok).toBe(true);
    // Success clears the counter.
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '111111', now)).toEqual({
      ok: false,
      reason: 'wrong-secret',
    });
  });

  it('lets an administrator reset a PIN and disable an account', async () => {
    const { admin, door } = await setUpAdminAndDoor();
    session.set({ id: admin.id, name: admin.name, role: 'admin' });
    await resetSecret(db, contextOf(session.get()), door.id, '135791', fast);
    expect((await attemptLogin(db, deviceId('pc-1'), door.id, '246810', now)).ok).toBe(false);
    expect((await attemptLogin(db, deviceId('pc-1'), door.id, '135791', now)).ok).toBe(true);
    await setUserDisabled(db, contextOf(session.get()), door.id, true);
    expect(await attemptLogin(db, deviceId('pc-1'), door.id, '135791', now)).toEqual({
      ok: false,
      reason: 'disabled',
    });
  });
});

describe('the write guard', () => {
  it('refuses a secretary action to the door account, whatever calls it, and records it', async () => {
    const { door } = await setUpAdminAndDoor();
    session.set({ id: door.id, name: door.name, role: 'door' });
    await expect(
      saveSetting(db, contextOf(session.get()), 'organisation', organisation),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    // As from the devtools console: straight to RxDB.
    await expect(
      db.settings.insert({
        id: 'organisation',
        createdAt: now().toISOString(),
        updatedAt: now().toISOString(),
        updatedBy: door.id,
        deviceId: deviceId('pc-1'),
        value: {},
      }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await db.settings.count().exec()).toBe(0);
    const denied = await db.audit.find({ selector: { action: 'permission-denied' } }).exec();
    expect(denied.map((e) => [e.userName, e.collectionName, e.detail])).toEqual([
      ['Porte 1', 'settings', 'insert:settings.manage'],
      ['Porte 1', 'settings', 'insert:settings.manage'],
    ]);
  });

  it('refuses writes when nobody is logged in (the app is locked)', async () => {
    await setUpAdminAndDoor();
    await expect(saveSetting(db, contextOf(null), 'organisation', organisation)).rejects.toMatchObject({
      decision: { reason: 'permissions.notLoggedIn' },
    });
  });

  it('logs every create and update with the fields that changed', async () => {
    const { admin } = await setUpAdminAndDoor();
    session.set({ id: admin.id, name: admin.name, role: 'admin' });
    await saveSetting(db, contextOf(session.get()), 'organisation', organisation);
    clock += 60_000;
    await saveSetting(db, contextOf(session.get()), 'organisation', { ...organisation, name: 'FC Montcuq' });
    const entries = await db.audit
      .find({ selector: { collectionName: 'settings' }, sort: [{ createdAt: 'asc' }] })
      .exec();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.changes).toEqual([
      { field: 'value.name', before: 'Club de foot de Montcuq', after: 'FC Montcuq' },
    ]);
    expect(entries[1]?.userName).toBe('Anne Admin');
    expect(entries[1]?.documentId).toBe('organisation');
  });

  it('lets an issued receipt be cancelled, never edited or deleted, whatever the role', async () => {
    const { admin } = await setUpAdminAndDoor();
    session.set({ id: admin.id, name: admin.name, role: 'admin' });
    const receipt = await db.receipts.insert(makeReceipt({ id: 'receipt-1' }));
    await expect(receipt.incrementalPatch({ totalInWords: 'soixante euros' })).rejects.toMatchObject({
      decision: { reason: 'permissions.receipts.immutable' },
    });
    await expect(receipt.remove()).rejects.toMatchObject({
      decision: { reason: 'permissions.receipts.noDeletion' },
    });
    const { status, cancellation } = cancelled(makeReceipt({ id: 'receipt-1' }));
    const done = await receipt.incrementalPatch({ status, cancellation });
    expect(done.status).toBe('cancelled');
    await expect(
      done.incrementalPatch({ cancellation: { ...cancellation, reason: 'Autre motif' } }),
    ).rejects.toMatchObject({ decision: { reason: 'permissions.receipts.alreadyCancelled' } });
    expect((await db.receipts.findOne('receipt-1').exec(true)).cancellation.reason).toBe(cancellation.reason);
    const denied = await db.audit
      .find({ selector: { action: 'permission-denied', collectionName: 'receipts' } })
      .exec();
    expect(denied.map((entry) => entry.detail).sort()).toEqual([
      'delete:receipts.noDeletion',
      'update:receipts.alreadyCancelled',
      'update:receipts.immutable',
    ]);
  });

  it('locks a donation on an issued receipt, read from this database, until the receipt is cancelled', async () => {
    const { admin } = await setUpAdminAndDoor();
    session.set({ id: admin.id, name: admin.name, role: 'admin' });
    const receipt = await db.receipts.insert(makeReceipt({ id: 'receipt-1' }));
    const donation = await db.donations.insert(makeDonation({ id: 'donation-1', receiptId: 'receipt-1' }));
    await expect(donation.incrementalPatch({ amount: 7000 as Cents })).rejects.toMatchObject({
      decision: { reason: 'permissions.donations.receipted' },
    });
    await expect(donation.remove()).rejects.toMatchObject({
      decision: { reason: 'permissions.donations.receipted' },
    });
    expect((await donation.incrementalPatch({ receiptId: receiptId('receipt-2') })).receiptId).toBe(
      'receipt-2',
    );
    const relinked = await db.donations.findOne('donation-1').exec(true);
    await relinked.incrementalPatch({ receiptId: receiptId('receipt-1') });
    const { status, cancellation } = cancelled(makeReceipt({ id: 'receipt-1' }));
    await receipt.incrementalPatch({ status, cancellation });
    const corrected = await db.donations.findOne('donation-1').exec(true);
    expect((await corrected.incrementalPatch({ amount: 7000 as Cents })).amount).toBe(7000);
  });

  it('keeps the audit trail append-only', async () => {
    const { admin } = await setUpAdminAndDoor();
    session.set({ id: admin.id, name: admin.name, role: 'admin' });
    const entry = await db.audit.findOne().exec();
    await expect(entry?.incrementalPatch({ detail: 'rien vu' })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    await expect(entry?.remove()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('never writes a secret into the log', async () => {
    await setUpAdminAndDoor();
    const creations = await db.audit.find({ selector: { collectionName: 'users', action: 'create' } }).exec();
    expect(creations).toHaveLength(2);
    for (const entry of creations) {
      expect(entry.changes.find((c) => c.field === 'secret')?.after).toBe('[masqué]');
    }
  });
});
