import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionSpecs, PLANNED_COLLECTIONS } from '@shared/schema/collections';
import { messageWith } from '@shared/schema/messages';
import {
  apiErrorSchema,
  enrolResponseSchema,
  MAX_DOCUMENT_BYTES,
  pullResponseSchema,
  SCHEMA_VERSION_HEADER,
} from '@shared/sync/protocol';
import type { ApiErrorBody, EnrolResponse, PullResponse, SyncDocument } from '@shared/sync/protocol';
import { buildServer } from '@server/http/app';
import { hashSecret } from '@server/security/secrets';
import { openStore } from '@server/storage/open-store';
import type { Store } from '@server/storage/store';
import type { Backend } from '@server/test-support/backend';
import { openEventStream } from '@server/test-support/event-stream';
import { call, createOrganisation, enrol, issueCode, settingsDoc } from '@server/test-support/fixtures';
import { attendanceId } from '@shared/events/attendance';
import { makeEvent } from '@shared/events/testing';
import { cancelled, makeReceipt } from '@shared/receipts/testing';
import { makeDonation } from '@shared/donations/testing';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { deviceReadAccess, project } from '@shared/sync/read-scope';
import { decodeSnapshot } from '@shared/search/snapshot';
import {
  CURRENT_SNAPSHOT_SIGNATURE,
  DIRECTORY_SEED_PATH,
  directorySeedResponseSchema,
  seedAttendance,
  seedSnapshot,
} from '@shared/sync/directory-seed';
import { eventId, householdId, personId } from '@shared/testing/ids';

const PREFIX = '/api/v1';

/** The HTTP API against a real server on 127.0.0.1, for one storage backend. */
export function describeApi(backend: Backend): void {
  describe(`HTTP API (${backend.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    let base = '';
    let orgId = '';
    let office: EnrolResponse;

    const push = (token: string, rows: unknown, collection = 'settings') =>
      call<SyncDocument[] | ApiErrorBody>(base, 'POST', `${PREFIX}/sync/${collection}/push`, {
        token,
        body: rows,
      });
    const pull = async (token: string, seq = 0, limit?: number, collection = 'settings') => {
      const query = `seq=${seq}${limit === undefined ? '' : `&limit=${limit}`}`;
      const reply = await call<PullResponse>(base, 'GET', `${PREFIX}/sync/${collection}/pull?${query}`, {
        token,
      });
      expect(reply.status).toBe(200);
      return pullResponseSchema.parse(reply.body);
    };
    const expectError = (reply: { status: number; body: unknown }, status: number, code: string) => {
      expect(reply.status).toBe(status);
      const body = apiErrorSchema.parse(reply.body);
      expect(body.code).toBe(code);
      expect(body.message.length).toBeGreaterThan(10);
      return body;
    };

    beforeAll(async () => {
      store = await backend.open();
      app = await buildServer({
        store,
        enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
        heartbeatMs: 60_000,
      });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
      orgId = await createOrganisation(store);
      office = await enrol(base, store, orgId, 'office');
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    it('answers GET /health with the version', async () => {
      const reply = await call(base, 'GET', `${PREFIX}/health`);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        ok: true,
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        tlsFingerprint: null,
      });
      expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
    });

    describe('enrolment', () => {
      it('gives a long token, the scope and series letters in order, and keeps only the token hash', async () => {
        const org = await createOrganisation(store, 'Club de judo');
        const first = await enrol(base, store, org, 'office');
        const second = await enrol(base, store, org, 'door');
        expect(enrolResponseSchema.parse(first)).toMatchObject({
          orgId: org,
          orgName: 'Club de judo',
          scope: 'office',
          series: 'A',
        });
        expect(second).toMatchObject({ scope: 'door', series: 'B' });
        expect(first.token.length).toBeGreaterThanOrEqual(43);
        expect(await store.findDeviceByTokenHash(first.token)).toBeUndefined();
        expect((await store.findDeviceByTokenHash(hashSecret(first.token)))?.id).toBe(first.deviceId);
      });

      it('names the device as the administrator did, and accepts the code in any case and spacing', async () => {
        const code = await issueCode(store, orgId, 'door', { name: 'Porte 1' });
        const typed = code.toLowerCase().replaceAll('-', ' ');
        const reply = await call<EnrolResponse>(base, 'POST', `${PREFIX}/devices/enrol`, {
          body: { code: typed, name: 'Mon téléphone' },
        });
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({ name: 'Porte 1', scope: 'door' });
      });

      it('refuses a code used, unknown or expired, and a malformed request', async () => {
        const code = await issueCode(store, orgId, 'office');
        const body = { code, name: 'PC' };
        expect((await call(base, 'POST', `${PREFIX}/devices/enrol`, { body })).status).toBe(200);
        expectError(
          await call(base, 'POST', `${PREFIX}/devices/enrol`, { body }),
          403,
          'ENROLMENT_CODE_USED',
        );
        expectError(
          await call(base, 'POST', `${PREFIX}/devices/enrol`, {
            body: { code: 'AAAA-BBBB-CCCC', name: 'PC' },
          }),
          403,
          'ENROLMENT_CODE_UNKNOWN',
        );
        const expired = await issueCode(store, orgId, 'office', {
          expiresAt: new Date(Date.now() - 1000).toISOString(),
        });
        expectError(
          await call(base, 'POST', `${PREFIX}/devices/enrol`, { body: { code: expired, name: 'PC' } }),
          403,
          'ENROLMENT_CODE_EXPIRED',
        );
        expectError(
          await call(base, 'POST', `${PREFIX}/devices/enrol`, { body: { code } }),
          400,
          'BAD_REQUEST',
        );
        expectError(
          await call(base, 'POST', `${PREFIX}/devices/enrol`, { rawBody: '{"code":' }),
          400,
          'BAD_REQUEST',
        );
      });

      it('lets a code serve exactly once when two devices use it at the same moment', async () => {
        const code = await issueCode(store, orgId, 'door');
        const replies = await Promise.all(
          [1, 2, 3].map((n) =>
            call(base, 'POST', `${PREFIX}/devices/enrol`, { body: { code, name: `Porte ${n}` } }),
          ),
        );
        expect(replies.map((reply) => reply.status).sort()).toEqual([200, 403, 403]);
      });

      it('is rate-limited per address (429 with a French message)', async () => {
        const limited = await buildServer({ store, enrolRateLimit: { max: 2, timeWindowMs: 60_000 } });
        const url = await limited.listen({ port: 0, host: '127.0.0.1' });
        try {
          const body = { code: 'AAAA-BBBB-CCCC', name: 'PC' };
          for (let i = 0; i < 2; i++)
            expect((await call(url, 'POST', `${PREFIX}/devices/enrol`, { body })).status).toBe(403);
          const reply = await call(url, 'POST', `${PREFIX}/devices/enrol`, { body });
          expectError(reply, 429, 'RATE_LIMITED');
          expect(reply.headers.get('retry-after')).toBeTruthy();
        } finally {
          await limited.close();
        }
      });
    });

    describe('authentication', () => {
      it('answers 401 without a token, with a wrong one, and for a revoked device', async () => {
        expectError(await call(base, 'GET', `${PREFIX}/sync/settings/pull?seq=0`), 401, 'UNAUTHENTICATED');
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/settings/pull?seq=0`, { token: 'x'.repeat(43) }),
          401,
          'UNAUTHENTICATED',
        );
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/settings/pull`, {
            headers: { authorization: `Basic ${office.token}` },
          }),
          401,
          'UNAUTHENTICATED',
        );
        expectError(
          await call(base, 'POST', `${PREFIX}/sync/settings/push`, { body: [] }),
          401,
          'UNAUTHENTICATED',
        );
        expectError(await call(base, 'GET', `${PREFIX}/sync/stream`), 401, 'UNAUTHENTICATED');

        const leaving = await enrol(base, store, orgId, 'office');
        expect(
          (await call(base, 'GET', `${PREFIX}/sync/settings/pull`, { token: leaving.token })).status,
        ).toBe(200);
        await store.revokeDevice(leaving.deviceId, new Date().toISOString());
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/settings/pull`, { token: leaving.token }),
          401,
          'DEVICE_REVOKED',
        );
        expectError(
          await push(leaving.token, [{ newDocumentState: settingsDoc('revoked') }]),
          401,
          'DEVICE_REVOKED',
        );
      });

      it('checks the token before saying whether a collection exists, and before reading a body', async () => {
        expectError(await call(base, 'GET', `${PREFIX}/sync/nope/pull`), 401, 'UNAUTHENTICATED');
        const huge = [{ newDocumentState: settingsDoc('huge', { blob: 'x'.repeat(9 * 1024 * 1024) }) }];
        expectError(
          await call(base, 'POST', `${PREFIX}/sync/settings/push`, { body: huge }),
          401,
          'UNAUTHENTICATED',
        );
      });
    });

    describe('collections', () => {
      it('answers 404 for a collection the server does not have (even a planned one)', async () => {
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/nope/pull`, { token: office.token }),
          404,
          'UNKNOWN_COLLECTION',
        );
        // A planned collection is unknown until it has a spec (the list shrinks as features land).
        const planned = PLANNED_COLLECTIONS.find((name) => !Object.hasOwn(collectionSpecs, name));
        if (planned) expectError(await push(office.token, [], planned), 404, 'UNKNOWN_COLLECTION');
        expectError(await push(office.token, [], '__proto__'), 404, 'UNKNOWN_COLLECTION');
        expectError(await call(base, 'GET', `${PREFIX}/elsewhere`), 404, 'NOT_FOUND');
      });
    });

    describe('versions that disagree', () => {
      const versionOf = (collection: string) =>
        (collectionSpecs as Readonly<Record<string, { version: number }>>)[collection]?.version ?? -1;
      const withSchema = (version: string) => ({ [SCHEMA_VERSION_HEADER]: version });
      const sent = (doc: object) => ({ ...doc, _deleted: false });
      const expectUpdate = (reply: { status: number; body: unknown }, code: string) => {
        const body = expectError(reply, 426, code);
        expect(body.message).toMatch(/Mettez Tilleul à jour/);
        expect(body.message).toMatch(/Rien n’a été échangé/);
        return body;
      };

      it('refuses with 426 APP_OUTDATED a device whose schema is older, or that names none: nothing written', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const person = sent(makePerson({ id: 'person-old-app', firstName: 'Ancienne' }));
        const older = String(versionOf('people') - 1);
        const path = `${PREFIX}/sync/people/push`;
        const body = [{ newDocumentState: person }];
        const refused = expectUpdate(
          await call(base, 'POST', path, { token: device.token, body, headers: withSchema(older) }),
          'APP_OUTDATED',
        );
        expect(refused.message).toContain('sur cet appareil');
        expect(refused.message).toContain(`version ${older}`);
        expectUpdate(
          await call(base, 'POST', path, { token: device.token, body, schema: false }),
          'APP_OUTDATED',
        );
        for (const garbage of ['', 'deux', '-1', '1.5', '0x2', '9999999'])
          expectUpdate(
            await call(base, 'POST', path, { token: device.token, body, headers: withSchema(garbage) }),
            'APP_OUTDATED',
          );
        const pulled = `${PREFIX}/sync/people/pull?seq=0`;
        expectUpdate(
          await call(base, 'GET', pulled, { token: device.token, headers: withSchema(older) }),
          'APP_OUTDATED',
        );
        expectUpdate(await call(base, 'GET', pulled, { token: device.token, schema: false }), 'APP_OUTDATED');
        // Nothing of the refused pushes was stored.
        expect((await pull(device.token, 0, undefined, 'people')).documents).toEqual([]);
      });

      it('refuses with 426 SERVER_OUTDATED a device newer than the server, both ways: nothing written', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const newer = String(versionOf('settings') + 1);
        const refused = expectUpdate(
          await call(base, 'POST', `${PREFIX}/sync/settings/push`, {
            token: device.token,
            body: [{ newDocumentState: settingsDoc('from-the-future') }],
            headers: withSchema(newer),
          }),
          'SERVER_OUTDATED',
        );
        expect(refused.message).toContain('sur le serveur');
        expectUpdate(
          await call(base, 'GET', `${PREFIX}/sync/settings/pull?seq=0`, {
            token: device.token,
            headers: withSchema(newer),
          }),
          'SERVER_OUTDATED',
        );
        expect((await pull(device.token)).documents).toEqual([]);
        // The same push with this server's version goes through.
        expect(
          (await push(device.token, [{ newDocumentState: settingsDoc('from-the-future') }])).body,
        ).toEqual([]);
      });

      it('checks the token before the version: an unknown device learns nothing of the schema', async () => {
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/people/pull?seq=0`, { headers: withSchema('0') }),
          401,
          'UNAUTHENTICATED',
        );
      });
    });

    describe('push and pull', () => {
      it('writes new documents and pulls them by sequence, page by page', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const docs = ['a', 'b', 'c'].map((id) => settingsDoc(`doc-${id}`, { n: id }));
        const reply = await push(
          device.token,
          docs.map((newDocumentState) => ({ newDocumentState })),
        );
        expect(reply).toMatchObject({ status: 200, body: [] });

        const all = await pull(device.token);
        expect(all.documents).toEqual(docs);
        const first = await pull(device.token, 0, 2);
        expect(first.documents).toEqual(docs.slice(0, 2));
        const rest = await pull(device.token, first.checkpoint.seq, 2);
        expect(rest.documents).toEqual(docs.slice(2));
        expect(rest.checkpoint.seq).toBe(all.checkpoint.seq);
        // Nothing after the head: nothing left either (the first sync's progress counts on it).
        expect(await pull(device.token, all.checkpoint.seq)).toEqual({
          documents: [],
          checkpoint: all.checkpoint,
          remaining: 0,
        });
        expect(first.remaining).toBe(1);
      });

      it('returns the stored document as a conflict when the assumed state is stale, and writes nothing', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const v1 = settingsDoc('shared', { name: 'v1' });
        const v2 = { ...v1, value: { name: 'v2' }, updatedAt: '2026-10-01T00:00:00.000Z' };
        expect((await push(device.token, [{ newDocumentState: v1 }])).body).toEqual([]);
        expect((await push(device.token, [{ assumedMasterState: v1, newDocumentState: v2 }])).body).toEqual(
          [],
        );
        const before = await pull(device.token);

        const stale = { ...v1, value: { name: 'v3' } };
        expect(
          (await push(device.token, [{ assumedMasterState: v1, newDocumentState: stale }])).body,
        ).toEqual([v2]);
        // An insert over an existing document is a conflict too.
        expect((await push(device.token, [{ newDocumentState: stale }])).body).toEqual([v2]);
        expect(await pull(device.token)).toEqual(before);
      });

      it('treats a retried push as done: no second write, no new sequence', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const v1 = settingsDoc('retry', { n: 1 });
        const v2 = { ...v1, value: { n: 2 } };
        const rows = [{ assumedMasterState: null, newDocumentState: v1 }];
        expect((await push(device.token, rows)).body).toEqual([]);
        const after = await pull(device.token);
        expect((await push(device.token, rows)).body).toEqual([]);
        expect(await pull(device.token)).toEqual(after);

        const update = [{ assumedMasterState: v1, newDocumentState: v2 }];
        expect((await push(device.token, update)).body).toEqual([]);
        const updated = await pull(device.token);
        expect((await push(device.token, update)).body).toEqual([]);
        expect(await pull(device.token)).toEqual(updated);
        expect(updated.checkpoint.seq).toBeGreaterThan(after.checkpoint.seq);
      });

      it('compares documents whatever the order of their keys', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const v1 = settingsDoc('keys', { b: 1, a: { y: 2, x: 1 } });
        await push(device.token, [{ newDocumentState: v1 }]);
        const reordered = Object.fromEntries(Object.entries(v1).reverse());
        const v2 = { ...v1, value: { c: 3 } };
        expect(
          (await push(device.token, [{ assumedMasterState: reordered, newDocumentState: v2 }])).body,
        ).toEqual([]);
      });

      it('keeps associations apart', async () => {
        const orgA = await createOrganisation(store);
        const orgB = await createOrganisation(store);
        const a = await enrol(base, store, orgA);
        const b = await enrol(base, store, orgB);
        await push(a.token, [{ newDocumentState: settingsDoc('identity', { name: 'A' }) }]);
        expect((await pull(b.token)).documents).toEqual([]);
        expect(
          (await push(b.token, [{ newDocumentState: settingsDoc('identity', { name: 'B' }) }])).body,
        ).toEqual([]);
        expect((await pull(a.token)).documents.map((doc) => doc.value)).toEqual([{ name: 'A' }]);
      });

      it('refuses with 403, and writes nothing of the batch, what the device scope forbids', async () => {
        const org = await createOrganisation(store);
        const door = await enrol(base, store, org, 'door');
        const reply = await push(door.token, [{ newDocumentState: settingsDoc('identity', { name: 'X' }) }]);
        expectError(reply, 403, 'SCOPE_FORBIDDEN');
        const admin = await enrol(base, store, org, 'office');
        expect((await pull(admin.token)).documents).toEqual([]);
      });

      it('refuses with 422 and field errors a batch holding one invalid document, and writes none of it', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const good = settingsDoc('good');
        const bad = { ...settingsDoc('Bad Id!'), updatedAt: 'hier', extra: true };
        const reply = await push(device.token, [{ newDocumentState: good }, { newDocumentState: bad }]);
        const body = expectError(reply, 422, 'INVALID_DOCUMENT');
        expect(body.errors?.every((error) => error.row === 1)).toBe(true);
        expect(body.errors?.map((error) => error.path)).toEqual(expect.arrayContaining(['id', 'updatedAt']));
        expect((await pull(device.token)).documents).toEqual([]);

        const noFlag: Record<string, unknown> = settingsDoc('no-flag');
        delete noFlag._deleted;
        const flagReply = expectError(
          await push(device.token, [{ newDocumentState: noFlag }]),
          422,
          'INVALID_DOCUMENT',
        );
        expect(flagReply.errors?.[0]?.path).toBe('_deleted');
        const nul = settingsDoc('nul', { name: 'a\u0000b' });
        expectError(await push(device.token, [{ newDocumentState: nul }]), 422, 'INVALID_DOCUMENT');
        const escaped = settingsDoc('escaped', { name: 'a\\u0000b' });
        expect((await push(device.token, [{ newDocumentState: escaped }])).body).toEqual([]);
      });

      it('refuses a tampered account arriving by sync: invalid hash or role/PIN mismatch (422), door device (403)', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const now = new Date().toISOString();
        const account = {
          id: 'user-1',
          createdAt: now,
          updatedAt: now,
          updatedBy: 'user-1',
          deviceId: device.deviceId,
          name: 'Anne Admin',
          role: 'admin',
          secretKind: 'password',
          secret: {
            algorithm: 'PBKDF2-SHA256',
            iterations: 600_000,
            salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
            hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
          },
          disabled: false,
          _deleted: false,
        };
        expect((await push(device.token, [{ newDocumentState: account }], 'users')).body).toEqual([]);
        const weakened = { ...account, id: 'user-2', secret: { ...account.secret, iterations: 1 } };
        expectError(
          await push(device.token, [{ newDocumentState: weakened }], 'users'),
          422,
          'INVALID_DOCUMENT',
        );
        const pinAdmin = { ...account, id: 'user-3', secretKind: 'pin' };
        expectError(
          await push(device.token, [{ newDocumentState: pinAdmin }], 'users'),
          422,
          'INVALID_DOCUMENT',
        );
        const door = await enrol(base, store, org, 'door');
        const promoted = { ...account, id: 'user-4', name: 'Porte' };
        expectError(
          await push(door.token, [{ newDocumentState: promoted }], 'users'),
          403,
          'SCOPE_FORBIDDEN',
        );
        const stored = (
          await call<{ documents: { id: string }[] }>(base, 'GET', `${PREFIX}/sync/users/pull?seq=0`, {
            token: device.token,
          })
        ).body.documents.map((doc) => doc.id);
        expect(stored).toEqual(['user-1']);
      });

      it('answers 400 to a push that is not an array of rows', async () => {
        expectError(await push(office.token, { newDocumentState: settingsDoc('x') }), 400, 'BAD_REQUEST');
        expectError(await push(office.token, [{ assumedMasterState: settingsDoc('x') }]), 400, 'BAD_REQUEST');
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/settings/pull?seq=-1`, { token: office.token }),
          400,
          'BAD_REQUEST',
        );
        expectError(
          await call(base, 'GET', `${PREFIX}/sync/settings/pull?limit=100000`, { token: office.token }),
          400,
          'BAD_REQUEST',
        );
      });

      it('answers 413 to a body over the limit', async () => {
        const huge = settingsDoc('huge', { blob: 'x'.repeat(9 * 1024 * 1024) });
        expectError(await push(office.token, [{ newDocumentState: huge }]), 413, 'PAYLOAD_TOO_LARGE');
      });

      it('stores deletions as documents with _deleted, never removes them', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const v1 = settingsDoc('gone');
        const gone = { ...v1, _deleted: true };
        await push(device.token, [{ newDocumentState: v1 }]);
        expect((await push(device.token, [{ assumedMasterState: v1, newDocumentState: gone }])).body).toEqual(
          [],
        );
        expect((await pull(device.token)).documents).toEqual([gone]);
      });
    });

    describe('receipts', () => {
      const sent = (doc: object) => ({ ...doc, _deleted: false });

      it('keeps an issued receipt as issued: an edit or a deletion comes back as a conflict, nothing written', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const issued = sent(makeReceipt({ id: 'receipt-edit' }));
        expect((await push(device.token, [{ newDocumentState: issued }], 'receipts')).body).toEqual([]);
        const edited = sent(
          makeReceipt({
            id: 'receipt-edit',
            updatedAt: '2026-03-03T10:00:00.000Z',
            total: 7000,
            lines: makeReceipt({ id: 'x' }).lines.map((line) => ({ ...line, amount: 7000 })),
          }),
        );
        const deleted = { ...issued, updatedAt: '2026-03-04T10:00:00.000Z', _deleted: true };
        for (const newDocumentState of [edited, deleted]) {
          const reply = await push(
            device.token,
            [{ assumedMasterState: issued, newDocumentState }],
            'receipts',
          );
          expect(reply).toMatchObject({ status: 200, body: [issued] });
        }
        const page = await pull(device.token, 0, undefined, 'receipts');
        expect(page.documents).toEqual([issued]);
      });

      it('accepts one cancellation, then refuses to change the cancelled receipt', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const issued = sent(makeReceipt({ id: 'receipt-cancel' }));
        await push(device.token, [{ newDocumentState: issued }], 'receipts');
        const first = sent(cancelled(makeReceipt({ id: 'receipt-cancel' }), 'Chèque sans provision'));
        expect(
          (await push(device.token, [{ assumedMasterState: issued, newDocumentState: first }], 'receipts'))
            .body,
        ).toEqual([]);
        const second = {
          ...sent(cancelled(makeReceipt({ id: 'receipt-cancel' }), 'Autre motif')),
          updatedAt: '2026-03-06T09:00:00.000Z',
        };
        const reply = await push(
          device.token,
          [{ assumedMasterState: first, newDocumentState: second }],
          'receipts',
        );
        expect(reply.body).toEqual([first]);
        expect((await pull(device.token, 0, undefined, 'receipts')).documents).toEqual([first]);
      });

      it('refuses a rewrite of an issued receipt that changes only who wrote last', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const issued = sent(makeReceipt({ id: 'receipt-stamps' }));
        await push(device.token, [{ newDocumentState: issued }], 'receipts');
        const restamped = {
          ...issued,
          updatedAt: '2026-03-09T10:00:00.000Z',
          updatedBy: 'user-x',
          deviceId: 'x',
        };
        const reply = await push(
          device.token,
          [{ assumedMasterState: issued, newDocumentState: restamped }],
          'receipts',
        );
        expect(reply).toMatchObject({ status: 200, body: [issued] });
        expect((await pull(device.token, 0, undefined, 'receipts')).documents).toEqual([issued]);
      });

      it('locks a receipted donation while its receipt is issued, read in the push; correctable once cancelled', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const receipt = sent(makeReceipt({ id: 'receipt-lock', number: '2026-A-0001' }));
        const free = sent(makeDonation({ id: 'donation-1' }));
        // Receipting: only the link changes, and a later row of the same batch is already locked.
        const linked = { ...free, receiptId: 'receipt-lock', updatedAt: '2026-03-02T10:00:00.000Z' };
        const raised = { ...linked, amount: 7000, updatedAt: '2026-03-03T10:00:00.000Z' };
        expect((await push(device.token, [{ newDocumentState: free }], 'donations')).body).toEqual([]);
        expect((await push(device.token, [{ newDocumentState: receipt }], 'receipts')).body).toEqual([]);
        expect(
          (
            await push(
              device.token,
              [
                { assumedMasterState: free, newDocumentState: linked },
                { assumedMasterState: linked, newDocumentState: raised },
              ],
              'donations',
            )
          ).body,
        ).toEqual([linked]);
        const deleted = { ...linked, _deleted: true, updatedAt: '2026-03-03T11:00:00.000Z' };
        for (const newDocumentState of [raised, deleted]) {
          const reply = await push(
            device.token,
            [{ assumedMasterState: linked, newDocumentState }],
            'donations',
          );
          expect(reply).toMatchObject({ status: 200, body: [linked] });
        }
        expect((await pull(device.token, 0, undefined, 'donations')).documents).toEqual([linked]);

        // Once the receipt is cancelled, the donation may be corrected (and receipted anew).
        const cancellation = sent(cancelled(makeReceipt({ id: 'receipt-lock', number: '2026-A-0001' })));
        await push(
          device.token,
          [{ assumedMasterState: receipt, newDocumentState: cancellation }],
          'receipts',
        );
        expect(
          (await push(device.token, [{ assumedMasterState: linked, newDocumentState: raised }], 'donations'))
            .body,
        ).toEqual([]);
        expect((await pull(device.token, 0, undefined, 'donations')).documents).toEqual([raised]);
      });

      it('locks a receipted membership fee like a donation; correctable once its receipt is cancelled', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const receipt = sent(makeReceipt({ id: 'receipt-fee', number: '2026-A-0002' }));
        const fee = sent(
          makeMembership({
            id: 'fee-1',
            holderId: personId('person-1'),
            seasonId: 'season-1',
            taxReceiptAllowed: true,
          }),
        );
        const linked = { ...fee, receiptId: 'receipt-fee', updatedAt: '2026-03-02T10:00:00.000Z' };
        const refunded = {
          ...linked,
          cancelledOn: '2026-03-03',
          cancelReason: 'Remboursée',
          updatedAt: '2026-03-03T10:00:00.000Z',
        };
        expect((await push(device.token, [{ newDocumentState: fee }], 'memberships')).body).toEqual([]);
        expect((await push(device.token, [{ newDocumentState: receipt }], 'receipts')).body).toEqual([]);
        expect(
          (await push(device.token, [{ assumedMasterState: fee, newDocumentState: linked }], 'memberships'))
            .body,
        ).toEqual([]);
        const reply = await push(
          device.token,
          [{ assumedMasterState: linked, newDocumentState: refunded }],
          'memberships',
        );
        expect(reply).toMatchObject({ status: 200, body: [linked] });
        expect((await pull(device.token, 0, undefined, 'memberships')).documents).toEqual([linked]);

        await push(
          device.token,
          [
            {
              assumedMasterState: receipt,
              newDocumentState: sent(cancelled(makeReceipt({ id: 'receipt-fee', number: '2026-A-0002' }))),
            },
          ],
          'receipts',
        );
        expect(
          (
            await push(
              device.token,
              [{ assumedMasterState: linked, newDocumentState: refunded }],
              'memberships',
            )
          ).body,
        ).toEqual([]);
        expect((await pull(device.token, 0, undefined, 'memberships')).documents).toEqual([refunded]);
      });

      it('refuses a receipt number already used in the association with 409, writing nothing of the batch', async () => {
        const org = await createOrganisation(store);
        const pcA = await enrol(base, store, org);
        const pcB = await enrol(base, store, org);
        const original = sent(makeReceipt({ id: 'receipt-a', number: '2026-A-0001' }));
        await push(pcA.token, [{ newDocumentState: original }], 'receipts');
        // PC B was restored from an old backup and reissued 2026-A-0001 for another gift.
        const other = sent(makeReceipt({ id: 'receipt-c', number: '2026-B-0001' }));
        const duplicate = sent(makeReceipt({ id: 'receipt-b', number: '2026-A-0001', donorId: 'person-2' }));
        const reply = await push(
          pcB.token,
          [{ newDocumentState: other }, { newDocumentState: duplicate }],
          'receipts',
        );
        const body = expectError(reply, 409, 'DUPLICATE_NUMBER');
        expect(body.message).toContain('2026-A-0001');
        expect(body.errors).toEqual([
          { row: 1, documentId: 'receipt-b', path: 'number', message: 'errors.sync.numberTaken' },
        ]);
        expect((await pull(pcA.token, 0, undefined, 'receipts')).documents).toEqual([original]);
        // The same receipt pushed again (a retry) is not a duplicate of itself.
        expect((await push(pcA.token, [{ newDocumentState: original }], 'receipts')).body).toEqual([]);
      });

      it('refuses a member number another person of the association holds with 409, like a receipt number', async () => {
        const org = await createOrganisation(store);
        const pcA = await enrol(base, store, org);
        const pcB = await enrol(base, store, org);
        const jeanne = sent(makePerson({ id: 'person-jeanne', firstName: 'Jeanne', memberNumber: 'A-0012' }));
        expect((await push(pcA.token, [{ newDocumentState: jeanne }], 'people')).body).toEqual([]);
        // PC B numbered offline, in the same series (both standalone before enrolment).
        const paul = sent(makePerson({ id: 'person-paul', firstName: 'Paul', memberNumber: 'A-0012' }));
        const other = sent(makePerson({ id: 'person-zoe', firstName: 'Zoé', memberNumber: 'B-0001' }));
        const reply = await push(
          pcB.token,
          [{ newDocumentState: other }, { newDocumentState: paul }],
          'people',
        );
        const body = expectError(reply, 409, 'DUPLICATE_NUMBER');
        expect(body.message).toContain('numéro d’adhérent A-0012');
        expect(body.errors).toEqual([
          {
            row: 1,
            documentId: 'person-paul',
            path: 'memberNumber',
            message: 'errors.sync.memberNumberTaken',
          },
        ]);
        expect((await pull(pcA.token, 0, undefined, 'people')).documents).toEqual([jeanne]);
        // Renumbered, Paul goes through; Jeanne may still be edited; other associations are apart.
        const renumbered = { ...paul, memberNumber: 'A-0013' };
        expect(
          (await push(pcB.token, [{ newDocumentState: other }, { newDocumentState: renumbered }], 'people'))
            .body,
        ).toEqual([]);
        const edited = { ...jeanne, notes: 'Bénévole', updatedAt: '2025-09-02T10:00:00.000Z' };
        expect(
          (await push(pcA.token, [{ assumedMasterState: jeanne, newDocumentState: edited }], 'people')).body,
        ).toEqual([]);
        const elsewhere = await enrol(base, store, await createOrganisation(store));
        expect((await push(elsewhere.token, [{ newDocumentState: paul }], 'people')).body).toEqual([]);
      });

      it('lets a merged person’s survivor take the absorbed record’s member number, and nobody else', async () => {
        const org = await createOrganisation(store);
        const pc = await enrol(base, store, org);
        const numbered = sent(makePerson({ id: 'person-numbered', memberNumber: 'A-0007' }));
        const unnumbered = sent(makePerson({ id: 'person-unnumbered' }));
        const stranger = sent(makePerson({ id: 'person-stranger' }));
        await push(
          pc.token,
          [numbered, unnumbered, stranger].map((newDocumentState) => ({ newDocumentState })),
          'people',
        );
        // The user kept the record without a number: it takes the absorbed one's, which is deleted.
        const survivor = { ...unnumbered, memberNumber: 'A-0007', mergedIds: ['person-numbered'] };
        const gone = { ...numbered, _deleted: true };
        expect(
          (
            await push(
              pc.token,
              [
                { assumedMasterState: unnumbered, newDocumentState: survivor },
                { assumedMasterState: numbered, newDocumentState: gone },
              ],
              'people',
            )
          ).body,
        ).toEqual([]);
        const taken = { ...stranger, memberNumber: 'A-0007' };
        expectError(
          await push(pc.token, [{ assumedMasterState: stranger, newDocumentState: taken }], 'people'),
          409,
          'DUPLICATE_NUMBER',
        );
      });

      it('keeps a door device to attendance: check-ins pass, donations and receipts neither go nor come', async () => {
        const org = await createOrganisation(store);
        const door = await enrol(base, store, org, 'door');
        const checkIn = {
          id: attendanceId(eventId('event-1'), personId('person-1')),
          eventId: eventId('event-1'),
          personId: personId('person-1'),
          registered: false,
          present: true,
          checkedInAt: '2026-03-07T19:02:00.000Z',
          checkedInBy: 'user-door',
          checkedInDevice: door.deviceId,
          proxyHolderId: '',
          doorPayment: { amount: 300, method: 'especes' },
          notes: '',
          createdAt: '2026-03-07T19:02:00.000Z',
          updatedAt: '2026-03-07T19:02:00.000Z',
          updatedBy: 'user-door',
          deviceId: door.deviceId,
          _deleted: false,
        };
        expect((await push(door.token, [{ newDocumentState: checkIn }], 'attendance')).body).toEqual([]);
        expectError(
          await push(
            door.token,
            [{ newDocumentState: sent(makeReceipt({ id: 'receipt-door' })) }],
            'receipts',
          ),
          403,
          'SCOPE_FORBIDDEN',
        );
        const donation = {
          id: 'donation-door',
          donorId: 'person-1',
          amount: 2000,
          receivedOn: '2026-03-07',
          method: 'especes',
          form: 'declaration-don-manuel',
          nature: 'numeraire',
          natureDescription: '',
          chequeNumber: '',
          paymentReference: '',
          receiptId: '',
          notes: '',
          createdAt: checkIn.createdAt,
          updatedAt: checkIn.updatedAt,
          updatedBy: 'user-door',
          deviceId: door.deviceId,
          _deleted: false,
        };
        expectError(
          await push(door.token, [{ newDocumentState: donation }], 'donations'),
          403,
          'SCOPE_FORBIDDEN',
        );
        // Nor does it receive them: money and the journal stay on office devices.
        for (const collection of ['receipts', 'donations', 'audit']) {
          expectError(
            await call(base, 'GET', `${PREFIX}/sync/${collection}/pull?seq=0`, { token: door.token }),
            403,
            'SCOPE_FORBIDDEN',
          );
        }
        expect((await pull(door.token, 0, undefined, 'attendance')).documents).toHaveLength(1);
        const wrongId = { ...checkIn, id: attendanceId(eventId('event-1'), personId('person-2')) };
        expectError(
          await push(door.token, [{ newDocumentState: wrongId }], 'attendance'),
          422,
          'INVALID_DOCUMENT',
        );
      });

      it('lets a door renumber a walk-in it registered (after a 409), and change nothing else of a person', async () => {
        const org = await createOrganisation(store);
        const door = await enrol(base, store, org, 'door');
        const office = await enrol(base, store, org, 'office');
        // The door holds its own walk-in whole (it wrote it; a refused insert never came back
        // projected), and sends it whole; the server keeps what the door may not see.
        const walkIn = {
          ...makePerson({ id: 'person-walkin', firstName: 'Léa', lastName: 'Roy', memberNumber: 'B-0003' }),
          origin: 'door',
          _deleted: false,
        };
        expect((await push(door.token, [{ newDocumentState: walkIn }], 'people')).body).toEqual([]);
        const held = project(deviceReadAccess('door', 'people'), walkIn);
        const renumbered = { ...walkIn, memberNumber: 'B-0004', updatedAt: '2026-03-07T19:10:00.000Z' };
        expect(
          (await push(door.token, [{ assumedMasterState: held, newDocumentState: renumbered }], 'people'))
            .body,
        ).toEqual([]);
        const renamed = { ...renumbered, lastName: 'Rey', updatedAt: '2026-03-07T19:11:00.000Z' };
        const refused = await push(
          door.token,
          [
            {
              assumedMasterState: project(deviceReadAccess('door', 'people'), renumbered),
              newDocumentState: renamed,
            },
          ],
          'people',
        );
        expect(refused.body).toEqual([expect.objectContaining({ lastName: 'Roy', memberNumber: 'B-0004' })]);
        // A member the office registered is not the door's to renumber, whatever the door says of it.
        const member = { ...makePerson({ id: 'person-member', memberNumber: 'A-0001' }), _deleted: false };
        expect((await push(office.token, [{ newDocumentState: member }], 'people')).body).toEqual([]);
        const moved = {
          ...member,
          origin: 'door',
          memberNumber: 'A-0099',
          updatedAt: '2026-03-07T19:12:00.000Z',
        };
        const reply = await push(
          door.token,
          [
            {
              assumedMasterState: project(deviceReadAccess('door', 'people'), member),
              newDocumentState: moved,
            },
          ],
          'people',
        );
        expect(reply.body).toEqual([expect.objectContaining({ memberNumber: 'A-0001' })]);
        const stored = (await pull(office.token, 0, undefined, 'people')).documents;
        expect(
          Object.fromEntries(stored.map((doc) => [doc.id, [doc.lastName, doc.memberNumber, doc.origin]])),
        ).toEqual({
          'person-walkin': ['Roy', 'B-0004', 'door'],
          'person-member': [member.lastName, 'A-0001', member.origin],
        });
      });
    });

    describe('need to know and authorship, attacked with a door token', () => {
      const stamp = (deviceId: string, at = '2026-09-02T08:00:00.000Z') => ({
        createdAt: at,
        updatedAt: at,
        updatedBy: 'user-1',
        deviceId,
        _deleted: false,
      });
      const secret = (hash: string) => ({
        algorithm: 'PBKDF2-SHA256',
        iterations: 600_000,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
        hash,
      });
      const ADMIN_HASH = 'QURNSU5BRE1JTkFETUlOQURNSU5BRE1JTkFETUlOQUQ=';
      const DOOR_HASH = 'RE9PUkRPT1JET09SRE9PUkRPT1JET09SRE9PUkRPT1I=';
      const RECOVERY_HASH = 'UkVDT1ZFUllSRUNPVkVSWVJFQ09WRVJZUkVDT1ZFUlk=';
      const entry = (id: string, deviceId: string, action: string, collectionName: string) => ({
        id,
        ...stamp(deviceId),
        action,
        userName: 'Bénévole',
        collectionName,
        documentId: '',
        changes: [],
        detail: '',
      });
      const checkIn = (deviceId: string, amount: number) => ({
        id: attendanceId(eventId('event-1'), personId('person-1')),
        eventId: eventId('event-1'),
        personId: personId('person-1'),
        registered: false,
        present: true,
        checkedInAt: '2026-09-02T19:02:00.000Z',
        checkedInBy: 'user-door',
        checkedInDevice: deviceId,
        proxyHolderId: '',
        doorPayment: { amount, method: amount > 0 ? 'especes' : '' },
        notes: '',
        ...stamp(deviceId),
      });

      /** An association as an office device fills it: accounts, people, a household, a membership… */
      async function association() {
        const org = await createOrganisation(store);
        const pc = await enrol(base, store, org, 'office');
        const door = await enrol(base, store, org, 'door');
        const rows = (documents: unknown[]) => documents.map((newDocumentState) => ({ newDocumentState }));
        const expectWritten = async (collection: string, documents: unknown[]) =>
          expect((await push(pc.token, rows(documents), collection)).body).toEqual([]);
        await expectWritten('users', [
          {
            id: 'user-admin',
            ...stamp(pc.deviceId),
            name: 'Anne Admin',
            role: 'admin',
            secretKind: 'password',
            secret: secret(ADMIN_HASH),
            recovery: secret(RECOVERY_HASH),
            disabled: false,
          },
          {
            id: 'user-door',
            ...stamp(pc.deviceId),
            name: 'Paul Porte',
            role: 'door',
            secretKind: 'pin',
            secret: secret(DOOR_HASH),
            disabled: false,
          },
        ]);
        await expectWritten('people', [
          {
            ...makePerson({
              id: 'person-1',
              firstName: 'Léa',
              lastName: 'Morel',
              memberNumber: 'AD-0042',
              householdId: householdId('household-1'),
              email: 'lea.morel@example.org',
              phone: '06 12 34 56 78',
              birthDate: '1990-04-02',
              address: {
                line1: '3 rue des Tilleuls',
                line2: '',
                postalCode: '19000',
                city: 'Tulle',
                country: '',
              },
              notes: 'Allergique aux arachides',
            }),
            ...stamp(pc.deviceId),
          },
        ]);
        await expectWritten('households', [
          { ...makeHousehold({ id: 'household-1', notes: 'Garde alternée' }), ...stamp(pc.deviceId) },
        ]);
        await expectWritten('memberships', [
          {
            ...makeMembership({
              id: 'membership-1',
              holderId: personId('person-1'),
              seasonId: 'season-1',
              amount: 4321,
              paymentMethod: 'cheque',
              chequeNumber: '7654321',
            }),
            ...stamp(pc.deviceId),
          },
        ]);
        await expectWritten('settings', [
          { ...settingsDoc('seasons', { seasons: [] }), deviceId: pc.deviceId },
          {
            ...settingsDoc('custom-fields', {
              fields: [{ id: 'allergies', label: 'Allergies', type: 'text' }],
            }),
            deviceId: pc.deviceId,
          },
        ]);
        await expectWritten('audit', [entry('audit-office', pc.deviceId, 'receipt-cancel', 'receipts')]);
        return { org, pc, door };
      }

      const pullAll = async (token: string, collection: string) => {
        const reply = await call(base, 'GET', `${PREFIX}/sync/${collection}/pull?seq=0`, { token });
        // The text searched for what must not be sent leaves out the writing devices' ids: random
        // uuids, which may hold « 4321 » or « 19000 » by chance (one CI run drew 01a24321-…).
        const text = JSON.stringify(reply.body, (key, value: unknown) =>
          key === 'deviceId' ? '(device)' : value,
        );
        return { status: reply.status, text, body: reply.body as PullResponse };
      };

      it('gives a door device no password hash, no address or contact, no money: only what the entrance needs', async () => {
        const { pc, door } = await association();
        const users = await pullAll(door.token, 'users');
        expect(users.status).toBe(200);
        expect(users.text).not.toContain(ADMIN_HASH);
        expect(users.text).not.toContain('Anne Admin');
        // The door account signs in offline with its own PIN; the administrator's account is only withdrawn.
        expect(users.body.documents).toEqual([
          { id: 'user-admin', _deleted: true },
          expect.objectContaining({ id: 'user-door', secret: secret(DOOR_HASH) }),
        ]);

        const people = await pullAll(door.token, 'people');
        expect(people.body.documents).toEqual([
          expect.objectContaining({
            id: 'person-1',
            firstName: 'Léa',
            lastName: 'Morel',
            memberNumber: 'AD-0042',
            householdId: householdId('household-1'),
          }),
        ]);
        for (const hidden of [
          'Tilleuls',
          '19000',
          'example.org',
          '06 12',
          '1990-04-02',
          'arachides',
          'consents',
          'address',
        ]) {
          expect(people.text).not.toContain(hidden);
        }
        const households = await pullAll(door.token, 'households');
        expect(households.text).not.toContain('Garde alternée');
        expect(households.body.documents).toHaveLength(1);
        const memberships = await pullAll(door.token, 'memberships');
        expect(memberships.body.documents).toEqual([
          expect.objectContaining({
            id: 'membership-1',
            holderId: personId('person-1'),
            seasonId: 'season-1',
          }),
        ]);
        for (const hidden of ['4321', '7654321', 'cheque', 'amount'])
          expect(memberships.text).not.toContain(hidden);
        const settings = await pullAll(door.token, 'settings');
        expect(settings.body.documents).toEqual([
          expect.objectContaining({ id: 'seasons' }),
          { id: 'custom-fields', _deleted: true },
        ]);
        for (const collection of ['donations', 'receipts', 'audit']) {
          expectError(
            await call(base, 'GET', `${PREFIX}/sync/${collection}/pull?seq=0`, { token: door.token }),
            403,
            'SCOPE_FORBIDDEN',
          );
        }
        // The office device still receives every document whole.
        const whole = await pullAll(pc.token, 'people');
        expect(whole.text).toContain('Tilleuls');
        expect((await pullAll(pc.token, 'users')).text).toContain(ADMIN_HASH);
      });

      /** A device's directory seed, checked on the wire and decoded as the app decodes it. */
      const seedOf = async (token: string) => {
        const reply = await call(base, 'GET', `${PREFIX}${DIRECTORY_SEED_PATH}`, { token });
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        const body = directorySeedResponseSchema.parse(reply.body);
        const decoded = decodeSnapshot(seedSnapshot(body), CURRENT_SNAPSHOT_SIGNATURE);
        if (decoded.kind !== 'ok') throw new Error(`seed not usable: ${JSON.stringify(decoded)}`);
        return { body, snapshot: decoded.snapshot, text: JSON.stringify(reply.body) };
      };

      it('sends a new door device its directory seed: searchable, projected, without the deleted', async () => {
        const { pc, door } = await association();
        // A second person, deleted: neither in the seed nor in a pull.
        const gone = {
          ...makePerson({ id: 'person-2', firstName: 'Élodie', lastName: 'Gone', memberNumber: 'AD-0043' }),
          ...stamp(pc.deviceId),
        };
        expect((await push(pc.token, [{ newDocumentState: gone }], 'people')).status).toBe(200);
        const stored = (await pullAll(pc.token, 'people')).body.documents.find(
          (doc) => doc.id === 'person-2',
        );
        const removal = [{ assumedMasterState: stored, newDocumentState: { ...stored, _deleted: true } }];
        expect((await push(pc.token, removal, 'people')).status).toBe(200);

        const seed = await seedOf(door.token);
        expect({ people: seed.body.people, memberships: seed.body.memberships }).toEqual({
          people: 1,
          memberships: 1,
        });
        expect(seed.snapshot.index.search('morel lea').map((hit) => hit.person.id)).toEqual(['person-1']);
        expect(seed.snapshot.index.search('AD-0042').map((hit) => hit.person.id)).toEqual(['person-1']);
        expect(seed.snapshot.index.search('elodie')).toEqual([]);
        expect([...seed.snapshot.memberships]).toEqual([
          {
            id: 'membership-1',
            holderKind: 'person',
            holderId: personId('person-1'),
            seasonId: 'season-1',
            cancelledOn: '',
          },
        ]);
        // Need to know: what a door device may not read is not in its seed either.
        for (const hidden of ['example.org', 'lea.morel', 'Tilleuls', '19000', '06 12', 'arachides', '4321'])
          expect(seed.text).not.toContain(hidden);
        // An office device's seed finds a person by e-mail, as its own search does.
        const office = await seedOf(pc.token);
        expect(office.snapshot.index.search('lea.morel@example.org').map((hit) => hit.person.id)).toEqual([
          'person-1',
        ]);
        // Only an enrolled device has one.
        expectError(await call(base, 'GET', `${PREFIX}${DIRECTORY_SEED_PATH}`), 401, 'UNAUTHENTICATED');
      });

      it('builds a seed once for the devices that ask, again once the people change, never an office’s for a door', async () => {
        const { pc, door } = await association();
        const org = (await store.findDeviceByTokenHash(hashSecret(door.token)))?.orgId;
        const secondDoor = await enrol(base, store, org ?? '', 'door');
        // The store's reads of people, counted (the real store answers them).
        const pull = store.pull.bind(store);
        let peopleReads = 0;
        store.pull = (orgId, collection, ...rest) => {
          if (orgId === org && collection === 'people') peopleReads += 1;
          return pull(orgId, collection, ...rest);
        };
        try {
          // The office's seed first: the doors' must still hold no e-mail.
          const office = await seedOf(pc.token);
          expect(office.text).toContain('lea.morel@example.org');
          expect(peopleReads).toBe(1);
          // Two doors joining together, then one asking again: one build.
          const [first, second] = await Promise.all([seedOf(door.token), seedOf(secondDoor.token)]);
          const again = await seedOf(door.token);
          expect(peopleReads).toBe(2);
          for (const seed of [first, second, again]) {
            expect(seed.text).not.toContain('example.org');
            expect(seed.snapshot.index.search('morel lea').map((hit) => hit.person.id)).toEqual(['person-1']);
            expect(seed.body.snapshot.writtenAt).toBe(first.body.snapshot.writtenAt);
          }
          // A person added: the next seed is built again, and holds them.
          const added = {
            ...makePerson({ id: 'person-3', firstName: 'Inès', lastName: 'Faure', memberNumber: 'AD-0044' }),
            ...stamp(pc.deviceId),
          };
          expect((await push(pc.token, [{ newDocumentState: added }], 'people')).body).toEqual([]);
          const after = await seedOf(door.token);
          expect(peopleReads).toBe(3);
          expect(after.snapshot.index.search('faure ines').map((hit) => hit.person.id)).toEqual(['person-3']);
          expect(after.body.people).toBe(2);
          // An event or a check-in changes no seed.
          expect(
            (
              await push(
                pc.token,
                [{ newDocumentState: { ...makeEvent({ id: 'event-seed' }), ...stamp(pc.deviceId) } }],
                'events',
              )
            ).body,
          ).toEqual([]);
          await seedOf(secondDoor.token);
          expect(peopleReads).toBe(3);
        } finally {
          store.pull = pull;
        }
      });

      it('gives a door’s seed the check-ins of the events around today, read at each request', async () => {
        const { pc, door } = await association();
        const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
        const event = (id: string, changes: Parameters<typeof makeEvent>[0]) => ({
          ...makeEvent({ id, ...changes }),
          ...stamp(pc.deviceId),
        });
        const events = [
          event('event-tonight', { startsOn: day(0) }),
          // A two-day fair that began the day before yesterday and ends today.
          event('event-fair', { startsOn: day(-2), endsOn: day(0), startTime: '', endTime: '' }),
          event('event-next-week', { startsOn: day(7) }),
          event('event-cancelled', { startsOn: day(0), cancelledOn: day(-1) }),
          event('event-closed', { startsOn: day(-1), closedOn: day(0) }),
        ];
        const written = async (token: string, documents: unknown[], collection: string) =>
          expect(
            (
              await push(
                token,
                documents.map((newDocumentState) => ({ newDocumentState })),
                collection,
              )
            ).body,
          ).toEqual([]);
        await written(pc.token, events, 'events');
        const record = (event: string, person: string, at: string) => ({
          ...checkIn(door.deviceId, 300),
          id: attendanceId(eventId(event), personId(person)),
          eventId: eventId(event),
          personId: personId(person),
          checkedInAt: at,
          checkedInDevice: 'Porte 2',
        });
        const records = [
          record('event-tonight', 'person-1', '2026-09-02T19:02:00.000Z'),
          record('event-fair', 'person-1', '2026-09-02T10:00:00.000Z'),
          ...['event-next-week', 'event-cancelled', 'event-closed'].map((id) =>
            record(id, 'person-1', '2026-09-02T19:02:00.000Z'),
          ),
        ];
        await written(door.token, records, 'attendance');

        const first = await seedOf(door.token);
        const held = seedAttendance(first.body) ?? [];
        expect(held.map((doc) => doc.id).sort()).toEqual(
          [
            attendanceId(eventId('event-fair'), personId('person-1')),
            attendanceId(eventId('event-tonight'), personId('person-1')),
          ].sort(),
        );
        expect(held.find((doc) => doc.eventId === 'event-tonight')).toMatchObject({
          present: true,
          checkedInAt: '2026-09-02T19:02:00.000Z',
          checkedInDevice: 'Porte 2',
        });
        // A check-in at another door after that seed: the next one holds it, the people not rebuilt.
        const later = record('event-tonight', 'person-2', '2026-09-02T19:05:00.000Z');
        expect((await push(door.token, [{ newDocumentState: later }], 'attendance')).body).toEqual([]);
        const second = await seedOf(door.token);
        expect(second.body.snapshot.writtenAt).toBe(first.body.snapshot.writtenAt);
        expect((seedAttendance(second.body) ?? []).map((doc) => doc.personId).sort()).toEqual([
          'person-1',
          'person-1',
          'person-2',
        ]);
        // An undone entry is a record with present false: the seed says so, « déjà entré » no more.
        const undone = { ...later, present: false, checkedInAt: '', checkedInBy: '', checkedInDevice: '' };
        expect(
          (await push(door.token, [{ assumedMasterState: later, newDocumentState: undone }], 'attendance'))
            .body,
        ).toEqual([]);
        const third = seedAttendance(await seedOf(door.token).then((seed) => seed.body)) ?? [];
        expect(third.find((doc) => doc.personId === 'person-2')?.present).toBe(false);
      });

      it('never gives a door device an administrator’s recovery code verifier, in pulls or in conflicts', async () => {
        const { pc, door } = await association();
        const users = await pullAll(door.token, 'users');
        expect(users.status).toBe(200);
        expect(users.text).not.toContain(RECOVERY_HASH);
        expect(users.text).not.toContain('recovery');
        // Pushing over the administrator's account is refused without showing it.
        const probe = await push(door.token, [{ newDocumentState: { id: 'user-admin' } }], 'users');
        expect(probe.status).toBeGreaterThanOrEqual(400);
        expect(JSON.stringify(probe.body)).not.toContain(RECOVERY_HASH);
        // The office devices hold it, so that the lock screen of each of them takes the code.
        expect((await pullAll(pc.token, 'users')).text).toContain(RECOVERY_HASH);
      });

      it('answers a door device’s conflict over a document it may not read with 403, never with the document', async () => {
        const { pc, door } = await association();
        const forged = entry('audit-office', door.deviceId, 'check-in', 'attendance');
        const reply = await push(door.token, [{ newDocumentState: forged }], 'audit');
        expectError(reply, 403, 'SCOPE_FORBIDDEN');
        expect(JSON.stringify(reply.body)).not.toContain('receipt-cancel');
        // Nothing was replaced: the office still reads its own entry.
        const audit = await pullAll(pc.token, 'audit');
        expect(audit.body.documents).toEqual([
          expect.objectContaining({ id: 'audit-office', action: 'receipt-cancel' }),
        ]);
      });

      it('refuses journal entries that name another device or an action the entrance does not take', async () => {
        const { pc, door } = await association();
        const claimingOffice = entry('audit-1', pc.deviceId, 'check-in', 'attendance');
        const forgedReply = await push(door.token, [{ newDocumentState: claimingOffice }], 'audit');
        expect(expectError(forgedReply, 403, 'SCOPE_FORBIDDEN').message).toContain(door.deviceId);
        // An office device cannot sign for the door either.
        expectError(
          await push(pc.token, [{ newDocumentState: entry('audit-2', door.deviceId, 'login', '') }], 'audit'),
          403,
          'SCOPE_FORBIDDEN',
        );
        for (const [action, collection] of [
          ['receipt-cancel', 'receipts'],
          ['delete', 'attendance'],
          ['update', 'donations'],
          ['export', ''],
        ] as const) {
          expectError(
            await push(
              door.token,
              [{ newDocumentState: entry(`audit-${action}`, door.deviceId, action, collection) }],
              'audit',
            ),
            403,
            'SCOPE_FORBIDDEN',
          );
        }
        const own = entry('audit-3', door.deviceId, 'check-in', 'attendance');
        expect((await push(door.token, [{ newDocumentState: own }], 'audit')).body).toEqual([]);
        // An entry written before the device was enrolled names its standalone id: taken.
        const standalone = {
          ...entry('audit-4', 'standalone-device', 'login', ''),
          createdAt: '2020-01-01T00:00:00.000Z',
        };
        expect((await push(door.token, [{ newDocumentState: standalone }], 'audit')).body).toEqual([]);
        const ids = (await pullAll(pc.token, 'audit')).body.documents.map((document) => document.id);
        expect(ids).toEqual(['audit-office', 'audit-3', 'audit-4']);
      });

      it('names in each journal entry the device that pushed it, by its enrolled name, when asked', async () => {
        const { pc, door } = await association();
        // The door pushes its own entry, and one it wrote before its enrolment (a standalone id).
        const own = entry('audit-door', door.deviceId, 'check-in', 'attendance');
        const standalone = {
          ...entry('audit-old', 'standalone-device', 'login', ''),
          createdAt: '2020-01-01T00:00:00.000Z',
        };
        expect(
          (await push(door.token, [{ newDocumentState: own }, { newDocumentState: standalone }], 'audit'))
            .body,
        ).toEqual([]);
        const asked = await call<PullResponse>(base, 'GET', `${PREFIX}/sync/audit/pull?seq=0&recorded=1`, {
          token: pc.token,
        });
        expect(asked.status).toBe(200);
        const recorded = Object.fromEntries(
          pullResponseSchema
            .parse(asked.body)
            .documents.map((document) => [document.id, document.recordedDevice]),
        );
        expect(recorded).toEqual({
          'audit-office': { id: pc.deviceId, name: 'Poste office' },
          'audit-door': { id: door.deviceId, name: 'Poste door' },
          'audit-old': { id: door.deviceId, name: 'Poste door' },
        });
        // A client that does not ask (an older version, whose schema lacks the field) gets none.
        const plain = await pullAll(pc.token, 'audit');
        expect(plain.body.documents.map((document) => document.recordedDevice)).toEqual([
          undefined,
          undefined,
          undefined,
        ]);
        // Only the server says it: a device sending it is refused, and nothing of the batch is written.
        const claiming = {
          ...entry('audit-claim', pc.deviceId, 'login', ''),
          recordedDevice: { id: door.deviceId, name: 'Poste door' },
        };
        const refused = expectError(
          await push(
            pc.token,
            [
              { newDocumentState: entry('audit-fine', pc.deviceId, 'login', '') },
              { newDocumentState: claiming },
            ],
            'audit',
          ),
          422,
          'INVALID_DOCUMENT',
        );
        expect(refused.errors).toEqual([
          { row: 1, documentId: 'audit-claim', path: 'recordedDevice', message: 'errors.sync.serverField' },
        ]);
        expect((await pullAll(pc.token, 'audit')).body.documents).toHaveLength(3);
      });

      it('names the recorded device in a journal conflict answer too, when asked', async () => {
        const { pc, door } = await association();
        const own = entry('audit-door', door.deviceId, 'check-in', 'attendance');
        expect((await push(door.token, [{ newDocumentState: own }], 'audit')).body).toEqual([]);
        // The office sends an entry of the same id: the answer is the stored one, as a pull gives it.
        const clash = { newDocumentState: entry('audit-door', pc.deviceId, 'login', '') };
        const asked = await call<SyncDocument[]>(base, 'POST', `${PREFIX}/sync/audit/push?recorded=1`, {
          token: pc.token,
          body: [clash],
        });
        expect(asked.status).toBe(200);
        expect(asked.body).toEqual([
          expect.objectContaining({
            id: 'audit-door',
            action: 'check-in',
            recordedDevice: { id: door.deviceId, name: 'Poste door' },
          }),
        ]);
        const pulled = await call<PullResponse>(base, 'GET', `${PREFIX}/sync/audit/pull?seq=0&recorded=1`, {
          token: pc.token,
        });
        const asPulled = pullResponseSchema.parse(pulled.body).documents.find((d) => d.id === 'audit-door');
        expect(asked.body[0]).toEqual(asPulled);
        // Not asked (an older client): none, as in a pull.
        const plain = await push(pc.token, [clash], 'audit');
        expect((plain.body as SyncDocument[]).map((document) => document.recordedDevice)).toEqual([
          undefined,
        ]);
      });

      it('records which enrolled device pushed each revision, whatever the document says', async () => {
        const { org, pc, door } = await association();
        // The door claims the office wrote its check-in: stored as sent, recorded as the door's.
        const claimed = checkIn(pc.deviceId, 500);
        expect((await push(door.token, [{ newDocumentState: claimed }], 'attendance')).body).toEqual([]);
        const page = await store.pull(org, 'attendance', 0, 10);
        expect(page.pushedBy).toEqual([door.deviceId]);
        const people = await store.pull(org, 'people', 0, 10);
        expect(people.pushedBy).toEqual([pc.deviceId]);
      });

      it('lets a door device record or add a door payment, never change, lower, clear or delete one; the office corrects', async () => {
        const { pc, door } = await association();
        const first = checkIn(door.deviceId, 500);
        expect((await push(door.token, [{ newDocumentState: first }], 'attendance')).body).toEqual([]);
        // A payment changed in place, even upward, is not the one recorded: refused as a conflict.
        const changed = {
          ...first,
          doorPayment: { amount: 800, method: 'especes' },
          updatedAt: '2026-09-02T19:04:00.000Z',
        };
        expect(
          (await push(door.token, [{ assumedMasterState: first, newDocumentState: changed }], 'attendance'))
            .body,
        ).toEqual([first]);
        // A second payment is a line of its own.
        const raised = {
          ...first,
          otherDoorPayments: [
            {
              amount: 300,
              method: 'cheque',
              chequeNumber: '12',
              device: 'Porte 1',
              at: '2026-09-02T19:05:00.000Z',
            },
          ],
          updatedAt: '2026-09-02T19:05:00.000Z',
        };
        expect(
          (await push(door.token, [{ assumedMasterState: first, newDocumentState: raised }], 'attendance'))
            .body,
        ).toEqual([]);
        const cleared = {
          ...raised,
          otherDoorPayments: [],
          updatedAt: '2026-09-02T19:06:00.000Z',
        };
        expect(
          (await push(door.token, [{ assumedMasterState: raised, newDocumentState: cleared }], 'attendance'))
            .body,
        ).toEqual([raised]);
        const lowered = {
          ...raised,
          doorPayment: { amount: 100, method: 'especes' },
          updatedAt: '2026-09-02T19:06:00.000Z',
        };
        expect(
          (await push(door.token, [{ assumedMasterState: raised, newDocumentState: lowered }], 'attendance'))
            .body,
        ).toEqual([raised]);
        const deleted = { ...raised, _deleted: true, updatedAt: '2026-09-02T19:07:00.000Z' };
        expectError(
          await push(door.token, [{ assumedMasterState: raised, newDocumentState: deleted }], 'attendance'),
          403,
          'SCOPE_FORBIDDEN',
        );
        // A deletion dressed as an insert or as a deleted-to-deleted update changes nothing either.
        const sneaky = [
          { newDocumentState: deleted },
          { assumedMasterState: { ...raised, _deleted: true }, newDocumentState: deleted },
        ];
        for (const row of sneaky)
          expect((await push(door.token, [row], 'attendance')).body).toEqual([raised]);
        // Undoing the check-in is a field change, and the money stays.
        const undone = { ...raised, present: false, checkedInAt: '', updatedAt: '2026-09-02T19:08:00.000Z' };
        expect(
          (await push(door.token, [{ assumedMasterState: raised, newDocumentState: undone }], 'attendance'))
            .body,
        ).toEqual([]);
        expect((await pull(door.token, 0, undefined, 'attendance')).documents).toEqual([undone]);
        // The office corrects the amount.
        const corrected = {
          ...undone,
          doorPayment: { amount: 300, method: 'especes' },
          updatedAt: '2026-09-03T09:00:00.000Z',
        };
        expect(
          (await push(pc.token, [{ assumedMasterState: undone, newDocumentState: corrected }], 'attendance'))
            .body,
        ).toEqual([]);
      });

      it('lets a door device add its cash count to an event, and change nothing else of it; nobody removes a count', async () => {
        const { pc, door } = await association();
        const loto = { ...makeEvent({ id: 'event-1' }), _deleted: false };
        expect((await push(pc.token, [{ newDocumentState: loto }], 'events')).body).toEqual([]);
        const count = {
          id: 'count-1',
          device: 'Porte 1',
          countedAt: '2026-11-14T23:00:00.000Z',
          countedBy: 'user-door',
          recorded: 1250,
          counted: 1200,
          cheques: [{ number: '8812', amount: 1200 }],
          card: 0,
        };
        const counted = { ...loto, cashCounts: [count], updatedAt: '2026-11-14T23:00:00.000Z' };
        expect(
          (await push(door.token, [{ assumedMasterState: loto, newDocumentState: counted }], 'events')).body,
        ).toEqual([]);
        // The door cannot retitle the event, nor take its count back: the server's version answers.
        for (const next of [
          { ...counted, title: 'Loto gratuit', updatedAt: '2026-11-14T23:05:00.000Z' },
          { ...counted, cashCounts: [], updatedAt: '2026-11-14T23:05:00.000Z' },
        ]) {
          expect(
            (await push(door.token, [{ assumedMasterState: counted, newDocumentState: next }], 'events'))
              .body,
          ).toEqual([counted]);
        }
        expectError(
          await push(
            door.token,
            [{ newDocumentState: { ...makeEvent({ id: 'event-2' }), _deleted: false } }],
            'events',
          ),
          403,
          'SCOPE_FORBIDDEN',
        );
        // The office edits the event, but a saved count stays as the door saved it.
        const removed = { ...counted, cashCounts: [], updatedAt: '2026-11-15T09:00:00.000Z' };
        expect(
          (await push(pc.token, [{ assumedMasterState: counted, newDocumentState: removed }], 'events')).body,
        ).toEqual([counted]);
        const moved = { ...counted, location: 'Salle polyvalente', updatedAt: '2026-11-15T09:00:00.000Z' };
        expect(
          (await push(pc.token, [{ assumedMasterState: counted, newDocumentState: moved }], 'events')).body,
        ).toEqual([]);
        expect((await pull(pc.token, 0, undefined, 'events')).documents).toEqual([moved]);
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of two concurrent pushes over the same document win', async () => {
        const org = await createOrganisation(store);
        const one = await enrol(base, store, org);
        const two = await enrol(base, store, org);
        for (let round = 0; round < 5; round++) {
          const start = settingsDoc(`race-${round}`, { n: 0 });
          await push(one.token, [{ newDocumentState: start }]);
          const mine = { ...start, value: { n: 1 }, deviceId: 'one' };
          const theirs = { ...start, value: { n: 2 }, deviceId: 'two' };
          const [a, b] = await Promise.all([
            push(one.token, [{ assumedMasterState: start, newDocumentState: mine }]),
            push(two.token, [{ assumedMasterState: start, newDocumentState: theirs }]),
          ]);
          const results = [a.body, b.body] as SyncDocument[][];
          const winners = results.filter((conflicts) => conflicts.length === 0);
          expect(winners).toHaveLength(1);
          const loser = results.find((conflicts) => conflicts.length === 1);
          const stored = (await pull(one.token)).documents.find((doc) => doc.id === start.id);
          expect(loser).toEqual([stored]);
        }
      });

      it('gives every commit a higher sequence: a pull loop from its checkpoint misses nothing', async () => {
        const org = await createOrganisation(store);
        const writers = await Promise.all([1, 2, 3, 4].map(() => enrol(base, store, org)));
        const reader = await enrol(base, store, org);
        const written = new Set<string>();
        const seen = new Map<string, unknown>();
        let checkpoint = 0;
        let writing = true;

        const readLoop = (async () => {
          for (;;) {
            const done = !writing;
            const page = await pull(reader.token, checkpoint, 50);
            expect(page.checkpoint.seq).toBeGreaterThanOrEqual(checkpoint);
            for (const doc of page.documents) seen.set(doc.id, doc.value);
            if (page.documents.length > 0) expect(page.checkpoint.seq).toBeGreaterThan(checkpoint);
            checkpoint = page.checkpoint.seq;
            if (done && page.documents.length === 0) return;
          }
        })();
        await Promise.all(
          writers.map(async (writer, w) => {
            for (let i = 0; i < 15; i++) {
              const rows = [0, 1].map((j) => ({
                newDocumentState: settingsDoc(`w${w}-${i}-${j}`, { w, i, j }),
              }));
              expect((await push(writer.token, rows)).body).toEqual([]);
              for (const row of rows) written.add(row.newDocumentState.id);
            }
          }),
        );
        writing = false;
        await readLoop;
        expect([...seen.keys()].sort()).toEqual([...written].sort());
      });
    });

    describe('event stream', () => {
      it('starts with RESYNC, then tells of each change in the association', async () => {
        const org = await createOrganisation(store);
        const watcher = await enrol(base, store, org);
        const writer = await enrol(base, store, org);
        const stream = await openEventStream(`${base}${PREFIX}/sync/stream`, watcher.token);
        try {
          expect(stream.status).toBe(200);
          expect(stream.contentType).toContain('text/event-stream');
          expect(await stream.next()).toEqual({ type: 'RESYNC' });
          await push(writer.token, [{ newDocumentState: settingsDoc('streamed') }]);
          const event = await stream.next();
          expect(event).toMatchObject({ type: 'change', collection: 'settings' });
          const page = await pull(watcher.token);
          expect(event).toEqual({ type: 'change', collection: 'settings', seq: page.checkpoint.seq });
        } finally {
          stream.close();
        }
      });

      it('does not tell a door device of changes to what it may not pull', async () => {
        const org = await createOrganisation(store);
        const door = await enrol(base, store, org, 'door');
        const writer = await enrol(base, store, org);
        const stream = await openEventStream(`${base}${PREFIX}/sync/stream`, door.token);
        try {
          expect(await stream.next()).toEqual({ type: 'RESYNC' });
          await push(
            writer.token,
            [{ newDocumentState: { ...makeReceipt({ id: 'receipt-quiet' }), _deleted: false } }],
            'receipts',
          );
          await push(writer.token, [{ newDocumentState: settingsDoc('loud') }]);
          expect(await stream.next()).toMatchObject({ type: 'change', collection: 'settings' });
        } finally {
          stream.close();
        }
      });

      it('sends RESYNC again after a reconnection, accepts the token in the query, and keeps associations apart', async () => {
        const org = await createOrganisation(store);
        const other = await createOrganisation(store);
        const watcher = await enrol(base, store, org);
        const stranger = await enrol(base, store, other);
        const first = await openEventStream(`${base}${PREFIX}/sync/stream?token=${watcher.token}`);
        expect(await first.next()).toEqual({ type: 'RESYNC' });
        first.close();
        const again = await openEventStream(`${base}${PREFIX}/sync/stream?token=${watcher.token}`);
        try {
          expect(await again.next()).toEqual({ type: 'RESYNC' });
          await push(stranger.token, [{ newDocumentState: settingsDoc('elsewhere') }]);
          await push(watcher.token, [{ newDocumentState: settingsDoc('here') }]);
          const event = await again.next();
          expect(event).toEqual({
            type: 'change',
            collection: 'settings',
            seq: (await pull(watcher.token)).checkpoint.seq,
          });
        } finally {
          again.close();
        }
      });
    });

    // A federation may run several server processes on one PostgreSQL database (SQLite is one
    // process: there is nothing to test there).
    if (backend.name === 'postgres')
      describe('two server processes on one database', () => {
        let otherStore: Store;
        let other: FastifyInstance;
        let otherBase = '';
        beforeAll(async () => {
          otherStore = await backend.open();
          other = await buildServer({ store: otherStore, heartbeatMs: 60_000 });
          otherBase = await other.listen({ port: 0, host: '127.0.0.1' });
        });
        afterAll(async () => {
          await other?.close();
          await otherStore?.close();
        });

        const pushThroughOther = (token: string, id: string) =>
          call(otherBase, 'POST', `${PREFIX}/sync/settings/push`, {
            token,
            body: [{ newDocumentState: settingsDoc(id) }],
          });

        it('tells the streams of one process of what was pushed through the other, once', async () => {
          const org = await createOrganisation(store);
          const watcher = await enrol(base, store, org);
          const writer = await enrol(otherBase, otherStore, org);
          const stream = await openEventStream(`${base}${PREFIX}/sync/stream`, watcher.token);
          try {
            expect(await stream.next()).toEqual({ type: 'RESYNC' });
            expect((await pushThroughOther(writer.token, 'from-other')).status).toBe(200);
            expect(await stream.next()).toEqual({ type: 'change', collection: 'settings', seq: 1 });
            // Its own pushes are published once, not a second time when the notice comes back.
            await push(watcher.token, [{ newDocumentState: settingsDoc('from-here') }]);
            await pushThroughOther(writer.token, 'from-other-again');
            expect(await stream.next()).toEqual({ type: 'change', collection: 'settings', seq: 2 });
            expect(await stream.next()).toEqual({ type: 'change', collection: 'settings', seq: 3 });
          } finally {
            stream.close();
          }
        });

        it('says RESYNC to its streams when its LISTEN connection was cut, and listens again', async () => {
          const org = await createOrganisation(store);
          const watcher = await enrol(base, store, org);
          const writer = await enrol(otherBase, otherStore, org);
          const stream = await openEventStream(`${base}${PREFIX}/sync/stream`, watcher.token);
          const location = backend.location;
          if (!('databaseUrl' in location)) throw new Error('PostgreSQL location expected');
          const admin = new pg.Client({ connectionString: location.databaseUrl });
          await admin.connect();
          try {
            expect(await stream.next()).toEqual({ type: 'RESYNC' });
            const { rows } = await admin.query<{ killed: boolean }>(
              "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE query = 'LISTEN tilleul_changes'",
            );
            expect(rows.length).toBeGreaterThanOrEqual(2);
            expect(await stream.next()).toEqual({ type: 'RESYNC' });
            await pushThroughOther(writer.token, 'after-the-cut');
            expect(await stream.next()).toEqual({ type: 'change', collection: 'settings', seq: 1 });
          } finally {
            stream.close();
            await admin.end();
          }
        });
      });

    describe('event stream of a device revoked while it listens', () => {
      // A server of its own with a short heartbeat: the token is checked again at each one.
      let quick: FastifyInstance;
      let quickBase = '';
      beforeAll(async () => {
        quick = await buildServer({ store, heartbeatMs: 100 });
        quickBase = await quick.listen({ port: 0, host: '127.0.0.1' });
      });
      afterAll(async () => {
        await quick?.close();
      });

      it('is closed at the next heartbeat, its reconnection is refused, and other devices keep theirs', async () => {
        const org = await createOrganisation(store);
        const leaving = await enrol(base, store, org);
        const staying = await enrol(base, store, org);
        const revokedStream = await openEventStream(`${quickBase}${PREFIX}/sync/stream`, leaving.token);
        const keptStream = await openEventStream(`${quickBase}${PREFIX}/sync/stream?token=${staying.token}`);
        try {
          expect(await revokedStream.next()).toEqual({ type: 'RESYNC' });
          expect(await keptStream.next()).toEqual({ type: 'RESYNC' });
          let closed = false;
          void revokedStream.ended.then(() => (closed = true));
          // Several heartbeats go by: a device still enrolled is not disturbed.
          await new Promise((resolve) => setTimeout(resolve, 350));
          expect(closed).toBe(false);

          // Revoked from another connection to the database, as the CLI does from its own process.
          const cli = await backend.open();
          try {
            await cli.revokeDevice(leaving.deviceId, new Date().toISOString());
          } finally {
            await cli.close();
          }
          const timeout = new Promise((_, reject) =>
            setTimeout(() => reject(new Error('stream still open 2 s after the revocation')), 2000),
          );
          await Promise.race([revokedStream.ended, timeout]);
          // The change notices of the association no longer reach it; they still reach the other.
          const written = await call(quickBase, 'POST', `${PREFIX}/sync/settings/push`, {
            token: staying.token,
            body: [{ newDocumentState: settingsDoc('after-revocation') }],
          });
          expect(written).toMatchObject({ status: 200, body: [] });
          expect(await keptStream.next()).toMatchObject({ type: 'change', collection: 'settings' });
          await expect(revokedStream.next(300)).rejects.toThrow('no event');

          const again = await call(quickBase, 'GET', `${PREFIX}/sync/stream`, { token: leaving.token });
          expectError(again, 401, 'DEVICE_REVOKED');
        } finally {
          revokedStream.close();
          keptStream.close();
        }
      });
    });

    describe('hostile input', () => {
      /** An unknown setting (a newer version's): about 1,650 bytes of JSON. */
      const filler = (id: string, n = 0) => settingsDoc(id, { text: `${n}`.padEnd(1500, '.') });

      it('refuses ill-formed Unicode (a lone surrogate) with 422 on both backends, in values and keys', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        for (const value of [{ text: 'a\ud800b' }, { text: '\udc00' }, { ['clé\ud83d']: 1 }]) {
          const reply = await push(device.token, [
            { newDocumentState: settingsDoc('fine', { text: 'ok' }) },
            { newDocumentState: settingsDoc('half', value) },
          ]);
          const body = expectError(reply, 422, 'INVALID_DOCUMENT');
          expect(body.errors).toContainEqual({
            row: 1,
            documentId: 'half',
            path: '',
            message: 'errors.sync.illFormedText',
          });
        }
        expect((await pull(device.token)).documents).toEqual([]);
        const whole = settingsDoc('whole', { text: 'Fête 🎉 au lavoir' });
        expect((await push(device.token, [{ newDocumentState: whole }])).body).toEqual([]);
        expect((await pull(device.token)).documents).toEqual([whole]);
      });

      it('refuses JSON nested deeper than any document with 400, before reading it', async () => {
        const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
        const raw = await call(base, 'POST', `${PREFIX}/sync/settings/push`, {
          token: office.token,
          rawBody: deep,
        });
        expect(expectError(raw, 400, 'BAD_REQUEST').message).toMatch(/imbriquées/);
        let nested: unknown = 'fond';
        for (let level = 0; level < 3000; level++) nested = { n: nested };
        const inDocument = await push(office.token, [{ newDocumentState: settingsDoc('deep', { nested }) }]);
        expectError(inDocument, 400, 'BAD_REQUEST');
        // Brackets inside a text are text, not nesting.
        const brackets = settingsDoc('brackets', { text: '[{'.repeat(500) });
        expect((await push(office.token, [{ newDocumentState: brackets }])).status).toBe(200);
      });

      it('refuses a setting beyond its schema and a document over MAX_DOCUMENT_BYTES, writing nothing', async () => {
        const org = await createOrganisation(store);
        const device = await enrol(base, store, org);
        const long = settingsDoc('organisation', { name: 'x'.repeat(7 * 1024 * 1024) });
        const refused = expectError(
          await push(device.token, [{ newDocumentState: long }]),
          422,
          'INVALID_DOCUMENT',
        );
        expect(refused.errors?.[0]?.message).toMatch(/^errors\.sync\.documentTooLarge\|/);
        // Each text, list and key within the bounds, the whole over MAX_DOCUMENT_BYTES (1.2 MB).
        const list = Array.from({ length: 200 }, () => 'y'.repeat(2000));
        const heavy = settingsDoc('later-setting', { a: list, b: list, c: list });
        const tooLarge = expectError(
          await push(device.token, [{ newDocumentState: heavy }]),
          422,
          'INVALID_DOCUMENT',
        );
        expect(tooLarge.errors?.map((error) => error.message)).toEqual([
          messageWith('errors.sync.documentTooLarge', { max: MAX_DOCUMENT_BYTES }),
        ]);
        const fits = settingsDoc('later-setting', { a: list, b: list });
        expect((await push(device.token, [{ newDocumentState: fits }])).status).toBe(200);
        expectError(
          await push(device.token, [{ newDocumentState: settingsDoc('organisation', { name: 'A' }) }]),
          422,
          'INVALID_DOCUMENT',
        );
        expect((await pull(device.token)).documents.map((doc) => doc.id)).toEqual(['later-setting']);
      });

      it('refuses a device name with terminal escapes at enrolment, and keeps the code unused', async () => {
        const code = await issueCode(store, orgId, 'door');
        for (const name of ['Porte\u001b[2J', 'Porte\u0007', 'Porte \u202e1', 'Porte \ud800']) {
          const reply = await call(base, 'POST', `${PREFIX}/devices/enrol`, { body: { code, name } });
          expect(expectError(reply, 400, 'BAD_REQUEST').message).toMatch(/caractères de commande invisibles/);
        }
        const clean = await call<EnrolResponse>(base, 'POST', `${PREFIX}/devices/enrol`, {
          body: { code, name: 'Porte 1 🚪' },
        });
        expect(clean.status).toBe(200);
        expect(clean.body.name).toBe('Porte 1 🚪');
      });

      describe('with lowered limits', () => {
        let limited: Store;
        let small: FastifyInstance;
        let url = '';
        const PAGE_BYTES = 4000;
        const ASSOCIATION_BYTES = 12_000;
        const DEVICE_BYTES = 8000;
        const LIMITS = { associationBytes: ASSOCIATION_BYTES, deviceBytes: DEVICE_BYTES };

        beforeAll(async () => {
          limited = await openStore(backend.location, { create: false, limits: LIMITS });
          small = await buildServer({ store: limited, pullPageBytes: PAGE_BYTES });
          url = await small.listen({ port: 0, host: '127.0.0.1' });
        });
        afterAll(async () => {
          await small?.close();
          await limited?.close();
        });

        const pullFrom = async (token: string, seq: number, limit = 2000) => {
          const reply = await call<PullResponse>(
            url,
            'GET',
            `${PREFIX}/sync/settings/pull?seq=${seq}&limit=${limit}`,
            {
              token,
            },
          );
          expect(reply.status).toBe(200);
          return pullResponseSchema.parse(reply.body);
        };

        it('bounds a pull page in bytes as well as in documents, and says more follow', async () => {
          const org = await createOrganisation(store);
          const device = await enrol(url, store, org);
          const docs = Array.from({ length: 6 }, (_, n) => filler(`page-${n}`, n));
          // Two devices write them, each within its share.
          const other = await enrol(url, store, org);
          for (const [token, part] of [
            [device.token, docs.slice(0, 3)],
            [other.token, docs.slice(3)],
          ] as const) {
            const pushed = await call(url, 'POST', `${PREFIX}/sync/settings/push`, {
              token,
              body: part.map((doc) => ({ newDocumentState: doc })),
            });
            expect(pushed).toMatchObject({ status: 200, body: [] });
          }
          const pages: string[][] = [];
          let seq = 0;
          for (;;) {
            const page = await pullFrom(device.token, seq);
            pages.push(page.documents.map((doc) => doc.id));
            expect(JSON.stringify(page.documents).length).toBeLessThanOrEqual(PAGE_BYTES);
            seq = page.checkpoint.seq;
            if (!page.more) break;
          }
          expect(pages).toEqual([
            ['page-0', 'page-1'],
            ['page-2', 'page-3'],
            ['page-4', 'page-5'],
          ]);
          const tail = await pullFrom(device.token, seq);
          expect(tail).toEqual({ documents: [], checkpoint: { seq }, remaining: 0 });
          // The document limit still holds, and a page that the limit cut says nothing of `more`.
          expect(await pullFrom(device.token, 0, 1)).toEqual({
            documents: [docs[0]],
            checkpoint: { seq: 1 },
            remaining: 5,
          });
        });

        const sender = (token: string) => (docs: unknown[]) =>
          call<ApiErrorBody>(url, 'POST', `${PREFIX}/sync/settings/push`, {
            token,
            body: docs.map((doc) => ({ newDocumentState: doc })),
          });

        it('bounds what an association stores: 507 with a French sentence, nothing written', async () => {
          const org = await createOrganisation(store);
          const device = await enrol(url, store, org);
          const send = sender(device.token);
          // About 1.7 KB each: six fit in 12,000 bytes, a seventh does not (two devices write
          // them, each within its own share).
          const second = await enrol(url, store, org);
          expect((await send([0, 1, 2, 3].map((n) => filler(`q-${n}`, n)))).status).toBe(200);
          expect((await sender(second.token)([4, 5].map((n) => filler(`q-${n}`, n)))).status).toBe(200);
          const full = await send([filler('q-6', 6), filler('q-7', 7)]);
          expect(expectError(full, 507, 'QUOTA_EXCEEDED').message).toMatch(
            /espace de l’association .* plein/,
          );
          expect((await pull(device.token)).documents).toHaveLength(6);
          // Another association has its own space; and this one may still shrink a document.
          const other = await enrol(url, store, await createOrganisation(store));
          const elsewhere = await call(url, 'POST', `${PREFIX}/sync/settings/push`, {
            token: other.token,
            body: [{ newDocumentState: filler('q-0') }],
          });
          expect(elsewhere.status).toBe(200);
          expect((await send([settingsDoc('q-0', { text: 'court' })])).status).toBe(200);
          // The count survives a restart of the server: it lives in the database.
          const reopened = await openStore(backend.location, { create: false, limits: LIMITS });
          try {
            const outcome = await reopened.push(org, 'settings', [
              { newDocumentState: filler('q-8', 8) },
              { newDocumentState: filler('q-9', 9) },
            ]);
            expect(outcome.quotaExceeded?.max).toBe(ASSOCIATION_BYTES);
          } finally {
            await reopened.close();
          }
        });

        it('bounds what one device adds to it: 507 naming the device’s share, the others still write', async () => {
          const org = await createOrganisation(store);
          const door = await enrol(url, store, org);
          const send = sender(door.token);
          // About 1.7 KB each: four fit in this device's 8,000 bytes, a fifth does not.
          expect((await send([0, 1, 2, 3].map((n) => filler(`d-${n}`, n)))).status).toBe(200);
          const full = await send([filler('d-4', 4)]);
          expect(expectError(full, 507, 'QUOTA_EXCEEDED').message).toMatch(
            /Cet appareil a rempli sa part de l’espace de l’association sur le serveur \(0 Mo au plus\) : rien de cet envoi n’a été enregistré\. Prévenez la personne qui gère le serveur/,
          );
          expect((await pull(door.token)).documents.map((doc) => doc.id)).toEqual([
            'd-0',
            'd-1',
            'd-2',
            'd-3',
          ]);
          // The association has room left: another device still writes.
          const office = await enrol(url, store, org);
          expect((await sender(office.token)([filler('o-0')])).status).toBe(200);
          // A push of its own that frees space passes; then the device has room again.
          const d1 = (await pull(door.token)).documents.find((doc) => doc.id === 'd-1');
          const freed = await call(url, 'POST', `${PREFIX}/sync/settings/push`, {
            token: door.token,
            body: [{ assumedMasterState: d1, newDocumentState: settingsDoc('d-1', { text: 'x' }) }],
          });
          expect(freed).toMatchObject({ status: 200, body: [] });
          expect((await send([filler('d-4', 4)])).status).toBe(200);
          // The count lives in the database: a reopened store holds the device to it.
          const reopened = await openStore(backend.location, { create: false, limits: LIMITS });
          try {
            const outcome = await reopened.push(
              org,
              'settings',
              [{ newDocumentState: filler('d-5', 5) }],
              {},
              door.deviceId,
            );
            expect(outcome.quotaExceeded).toEqual({
              bytes: expect.any(Number),
              max: DEVICE_BYTES,
              of: 'device',
            });
          } finally {
            await reopened.close();
          }
        });
      });
    });

    it('answers CORS preflights for the desktop app’s own origin', async () => {
      const reply = await call(base, 'OPTIONS', `${PREFIX}/sync/settings/push`, {
        headers: { origin: 'app://tilleul', 'access-control-request-method': 'POST' },
      });
      expect(reply.status).toBe(204);
      expect(reply.headers.get('access-control-allow-origin')).toBe('*');
      expect(reply.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(reply.headers.get('access-control-allow-headers')).toContain(SCHEMA_VERSION_HEADER);
    });
  });
}
