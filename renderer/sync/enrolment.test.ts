import { userId, deviceId } from '@shared/testing/ids';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TilleulDatabase } from '@renderer/data/database';
import { getDeviceIdentity } from '@renderer/data/device';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { readEnrolment } from '@renderer/sync/enrolment';
import { SyncService } from '@renderer/sync/sync-service';
import { startTestServer } from '../../test/sync/harness';
import type { TestServer } from '../../test/sync/harness';

let server: TestServer;
let db: TilleulDatabase | undefined;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const actor = () => ({ userId: userId('u'), userName: 'U', deviceId: deviceId('d'), now: () => new Date() });

describe('enrolment', () => {
  it('works standalone without a single network call', async () => {
    db = await createMemoryDatabase();
    const calls: string[] = [];
    const sync = await SyncService.open(db, {
      auditActor: actor,
      fetch: async (input) => {
        calls.push(input);
        throw new Error('no network in standalone mode');
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sync.status.get().phase).toBe('standalone');
    expect(sync.getEnrolment()).toBeNull();
    expect(calls).toEqual([]);
  });

  it('enrols with a code, takes the server’s identity, and leaves', async () => {
    db = await createMemoryDatabase();
    const standalone = await getDeviceIdentity(db);
    expect(standalone.series).toBe('A');
    const sync = await SyncService.open(db, { auditActor: actor, engine: { waitForLeadership: false } });
    const code = await server.enrolmentCode('door');
    const summary = await sync.enrol({
      address: ` ${server.url}/ `,
      code: code.toLowerCase(),
      deviceName: 'Porte 1',
    });
    expect(summary).toMatchObject({
      orgId: server.orgId,
      deviceName: 'Porte 1',
      scope: 'door',
      serverUrl: server.url,
    });
    expect(summary).not.toHaveProperty('token');

    const identity = await getDeviceIdentity(db);
    expect(identity).toEqual({ deviceId: summary.deviceId, series: summary.series });
    expect(identity.deviceId).not.toBe(standalone.deviceId);
    expect((await readEnrolment(db))?.token).toMatch(/.{32,}/);

    await sync.leave();
    expect(sync.getEnrolment()).toBeNull();
    expect(sync.status.get().phase).toBe('standalone');
    expect(await readEnrolment(db)).toBeUndefined();
    // The device keeps the series the server gave it.
    expect(await getDeviceIdentity(db)).toEqual(identity);
  });

  it('stores nothing when the code is refused, and says why', async () => {
    db = await createMemoryDatabase();
    const sync = await SyncService.open(db, { auditActor: actor });
    await expect(
      sync.enrol({ address: server.url, code: 'WRONG-CODE', deviceName: 'PC' }),
    ).rejects.toMatchObject({
      code: 'ENROLMENT_CODE_UNKNOWN',
    });
    await expect(sync.enrol({ address: 'ftp://x', code: 'C', deviceName: 'PC' })).rejects.toMatchObject({
      code: 'INVALID_ADDRESS',
    });
    expect(await readEnrolment(db)).toBeUndefined();
  });

  it('sets a damaged enrolment aside instead of using it', async () => {
    db = await createMemoryDatabase();
    await db.upsertLocal('sync-enrolment', { serverUrl: 'not a url', token: 'short' });
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now);
    expect(await readEnrolment(db)).toBeUndefined();
    vi.restoreAllMocks();
    expect(await db.getLocal('sync-enrolment')).toBeNull();
    const kept = await db.getLocal<{ raw: unknown }>(`sync-enrolment-damaged-${now}`);
    expect(kept?.toJSON().data.raw).toEqual({ serverUrl: 'not a url', token: 'short' });
  });
});
