import { describe, expect, it } from 'vitest';
import { eraseAuditEntry, ERASED_VALUE } from '@shared/audit/erasure';
import { anonymisedPerson } from '@shared/members/erasure';
import { makePerson } from '@shared/members/testing';
import { pullResponseSchema } from '@shared/sync/protocol';
import type { ApiErrorBody, PullResponse, SyncDocument } from '@shared/sync/protocol';
import type { Backend } from '@server/test-support/backend';
import { liveServer } from '@server/test-support/live-server';
import { call, createOrganisation, enrol } from '@server/test-support/fixtures';

const PREFIX = '/api/v1';

/**
 * A person's erasure (RGPD) seen by the server, on a real server on 127.0.0.1 for one backend:
 * the journal accepts exactly an erasure's rewrite of its entries, from an office device, and
 * refuses every other change; an erased person stays erased.
 */
export function describeErasure(backend: Backend): void {
  describe(`erasure (${backend.name})`, () => {
    const live = liveServer(backend);

    const push = (token: string, rows: unknown, collection = 'audit') =>
      call<SyncDocument[] | ApiErrorBody>(live.base, 'POST', `${PREFIX}/sync/${collection}/push`, {
        token,
        body: rows,
      });
    const pullAll = async (token: string, collection = 'audit') => {
      const reply = await call<PullResponse>(
        live.base,
        'GET',
        `${PREFIX}/sync/${collection}/pull?seq=0&recorded=1`,
        {
          token,
        },
      );
      expect(reply.status).toBe(200);
      return pullResponseSchema.parse(reply.body).documents;
    };
    const stamps = (deviceId: string) => ({
      createdAt: '2026-09-02T08:00:00.000Z',
      updatedAt: '2026-09-02T08:00:00.000Z',
      updatedBy: 'user-1',
      deviceId,
      _deleted: false,
    });
    const entry = (
      id: string,
      deviceId: string,
      documentId: string,
      extra: Record<string, unknown> = {},
    ) => ({
      id,
      ...stamps(deviceId),
      action: 'update',
      userName: 'Sophie Secrétaire',
      collectionName: 'people',
      documentId,
      changes: [{ field: 'email', before: 'lea.morel@example.fr', after: 'lea@example.fr' }],
      detail: '',
      ...extra,
    });

    async function association() {
      const org = await createOrganisation(live.store);
      const pc = await enrol(live.base, live.store, org, 'office');
      const admin = await enrol(live.base, live.store, org, 'office');
      const door = await enrol(live.base, live.store, org, 'door');
      const aboutLea = entry('entry-lea', pc.deviceId, 'person-lea');
      const aboutPaul = entry('entry-paul', pc.deviceId, 'person-paul', {
        changes: [{ field: 'phone', before: null, after: '0600000000' }],
      });
      expect(
        (await push(pc.token, [{ newDocumentState: aboutLea }, { newDocumentState: aboutPaul }])).body,
      ).toEqual([]);
      const erasure = entry('erasure-lea', admin.deviceId, 'person-lea', {
        action: 'erasure',
        changes: [],
        detail: 'erasure',
        erasure: { documentIds: ['person-lea'] },
      });
      return { pc, admin, door, aboutLea, aboutPaul, erasure };
    }
    const rewrite = (stored: Record<string, unknown>, erasureId: string) => ({
      assumedMasterState: stored,
      newDocumentState: { ...eraseAuditEntry(stored, erasureId), _deleted: false },
    });

    it('accepts an erasure and its rewrite of past entries in one push, keeping each entry’s author', async () => {
      const { pc, admin, aboutLea, aboutPaul, erasure } = await association();
      const reply = await push(admin.token, [{ newDocumentState: erasure }, rewrite(aboutLea, erasure.id)]);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([]);
      const pulled = await pullAll(pc.token);
      const lea = pulled.find((document) => document.id === 'entry-lea');
      expect(lea).toMatchObject({
        changes: [{ field: 'email', before: ERASED_VALUE, after: ERASED_VALUE }],
        erasedBy: 'erasure-lea',
        userName: 'Sophie Secrétaire',
        deviceId: pc.deviceId,
        // Still the device that wrote the entry, not the administrator's that erased it.
        recordedDevice: { id: pc.deviceId, name: 'Poste office' },
      });
      expect(JSON.stringify(pulled)).not.toContain('lea.morel@example.fr');
      expect(pulled.find((document) => document.id === 'entry-paul')).toMatchObject({
        changes: aboutPaul.changes,
      });
      // The same rewrite again (a retry whose answer was lost) changes nothing and is no conflict.
      expect((await push(admin.token, [rewrite(aboutLea, erasure.id)])).body).toEqual([]);
      expect(await pullAll(pc.token)).toEqual(pulled);
    });

    it('refuses every other change of the journal: not named, not exact, deleted, from the door, a forged new entry', async () => {
      const { pc, admin, door, aboutLea, aboutPaul, erasure } = await association();
      expect((await push(admin.token, [{ newDocumentState: erasure }])).body).toEqual([]);
      // Paul is not named by the erasure: the stored entry comes back as a conflict, unchanged.
      expect((await push(admin.token, [rewrite(aboutPaul, erasure.id)])).body).toEqual([
        expect.objectContaining({ id: 'entry-paul', changes: aboutPaul.changes }),
      ]);
      // A rewrite that changes more than the values.
      const sly = rewrite(aboutLea, erasure.id);
      const notExact = { ...sly, newDocumentState: { ...sly.newDocumentState, userName: 'Personne' } };
      expect((await push(admin.token, [notExact])).body).toEqual([
        expect.objectContaining({ id: 'entry-lea', changes: aboutLea.changes }),
      ]);
      // An ordinary edit, a deletion, and the door's rewrite are refused outright.
      for (const [token, row] of [
        [admin.token, { assumedMasterState: aboutLea, newDocumentState: { ...aboutLea, detail: 'changé' } }],
        [admin.token, { assumedMasterState: aboutLea, newDocumentState: { ...aboutLea, _deleted: true } }],
        [door.token, rewrite(aboutLea, erasure.id)],
      ] as const) {
        const reply = await push(token, [row]);
        expect(reply.status).toBe(403);
        expect((reply.body as ApiErrorBody).code).toBe('SCOPE_FORBIDDEN');
      }
      // A new entry that calls itself erased may not sign for another device.
      const forged = rewrite(entry('entry-new', pc.deviceId, 'person-lea'), erasure.id);
      expect((await push(admin.token, [forged])).status).toBe(403);
      const pulled = await pullAll(pc.token);
      expect(pulled.map((document) => document.id).sort()).toEqual([
        'entry-lea',
        'entry-paul',
        'erasure-lea',
      ]);
      expect(pulled.find((document) => document.id === 'entry-lea')).toMatchObject({
        changes: aboutLea.changes,
      });
    });

    it('keeps an erased person erased: an older version pushed later comes back as a conflict', async () => {
      const { pc, admin } = await association();
      const lea = {
        ...makePerson({
          id: 'person-lea',
          firstName: 'Léa',
          lastName: 'Morel',
          email: 'lea.morel@example.fr',
        }),
        _deleted: false,
      };
      expect((await push(pc.token, [{ newDocumentState: lea }], 'people')).body).toEqual([]);
      const tomb = { ...anonymisedPerson(lea, '2026-09-10'), updatedAt: '2026-09-10T10:00:00.000Z' };
      expect(
        (await push(admin.token, [{ assumedMasterState: lea, newDocumentState: tomb }], 'people')).body,
      ).toEqual([]);
      const stale = { ...lea, phone: '0612345678' };
      expect(
        (await push(pc.token, [{ assumedMasterState: tomb, newDocumentState: stale }], 'people')).body,
      ).toEqual([expect.objectContaining({ id: 'person-lea', lastName: 'Personne effacée', email: '' })]);
      const people = await pullAll(pc.token, 'people');
      expect(JSON.stringify(people)).not.toContain('Morel');
    });
  });
}
