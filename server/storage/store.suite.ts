import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson } from '@shared/members/testing';
import { POSTGRES_TYPES } from '@server/storage/postgres-store';
import { documentBytes } from '@server/storage/push-plan';
import { deletedFlags, deviceBytesCount, memberNumberKeys } from '@server/storage/schema';
import { SQLITE_FILE_NAME, SQLITE_TYPES } from '@server/storage/sqlite-store';
import { rulesFor } from '@server/sync/collection-rules';
import { newDocumentId } from '@shared/ids';
import { hashEnrolmentCode, hashSecret } from '@server/security/secrets';
import type { CollectionRules, Store } from '@server/storage/store';
import type { Backend } from '@server/test-support/backend';
import { createOrganisation, issueCode, settingsDoc } from '@server/test-support/fixtures';
import { mergeProjectedWrite, project, readAccess } from '@shared/sync/read-scope';

/** The storage contract, the same for SQLite and PostgreSQL. */
export function describeStore(backend: Backend): void {
  describe(`storage (${backend.name})`, () => {
    let store: Store;
    let second: Store;
    beforeAll(async () => {
      store = await backend.open();
      // A second connection, as a second server process or the CLI beside the server would be.
      second = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
      await second?.close();
    });

    const redeem = (code: string, name = 'Poste') =>
      store.redeemEnrolmentCode({
        codeHash: hashEnrolmentCode(code),
        now: new Date().toISOString(),
        deviceId: newDocumentId(),
        deviceName: name,
        tokenHash: hashSecret(newDocumentId()),
      });

    /** A statement on the database behind the store's back, as a migration step or an older server. */
    const sql = async (statement: string, params: unknown[] = []) => {
      if ('databaseUrl' in backend.location) {
        const client = new pg.Client({ connectionString: backend.location.databaseUrl });
        await client.connect();
        try {
          const numbered = statement.replace(
            /\?/g,
            (_, offset: number) => `$${statement.slice(0, offset).split('?').length}`,
          );
          return (await client.query(numbered, params)).rows as Record<string, unknown>[];
        } finally {
          await client.end();
        }
      }
      const db = new Database(join(backend.location.data, SQLITE_FILE_NAME));
      try {
        const prepared = db.prepare(statement);
        return prepared.reader
          ? (prepared.all(...params) as Record<string, unknown>[])
          : (prepared.run(...params), []);
      } finally {
        db.close();
      }
    };

    it('assigns per-association sequences that only grow, across collections and connections', async () => {
      const orgA = await createOrganisation(store);
      const orgB = await createOrganisation(store);
      const a1 = await store.push(orgA, 'settings', [{ newDocumentState: settingsDoc('x') }]);
      const a2 = await second.push(orgA, 'other', [
        { newDocumentState: settingsDoc('y') },
        { newDocumentState: settingsDoc('z') },
      ]);
      const b1 = await store.push(orgB, 'settings', [{ newDocumentState: settingsDoc('x') }]);
      expect(a1.lastSeq).toBe(1);
      expect(a2.lastSeq).toBe(3);
      expect(b1.lastSeq).toBe(1);
      const unchanged = await store.push(orgA, 'settings', [{ newDocumentState: settingsDoc('x') }]);
      expect(unchanged.lastSeq).toBeNull();
      expect(unchanged.conflicts).toHaveLength(1);
      expect((await store.pull(orgA, 'other', 0, 10)).seq).toBe(3);
      expect((await store.pull(orgA, 'settings', 1, 10)).documents).toEqual([]);
    });

    it('keeps one version of a document written twice in one batch, the last', async () => {
      const org = await createOrganisation(store);
      const v1 = settingsDoc('twice', { n: 1 });
      const v2 = { ...v1, value: { n: 2 } };
      const outcome = await store.push(org, 'settings', [
        { newDocumentState: v1 },
        { assumedMasterState: v1, newDocumentState: v2 },
      ]);
      expect(outcome.conflicts).toEqual([]);
      expect((await store.pull(org, 'settings', 0, 10)).documents).toEqual([v2]);
    });

    it('writes a document the server lost, whatever the client assumed (server restored from a backup)', async () => {
      const org = await createOrganisation(store);
      const doc = settingsDoc('restored');
      const outcome = await store.push(org, 'settings', [
        { assumedMasterState: doc, newDocumentState: { ...doc, value: { n: 1 } } },
      ]);
      expect(outcome).toMatchObject({ conflicts: [], lastSeq: 1 });
    });

    it('hands out series letters A, B, C… without duplicates under concurrent enrolments', async () => {
      const org = await createOrganisation(store);
      const codes = await Promise.all(Array.from({ length: 6 }, () => issueCode(store, org, 'office')));
      const results = await Promise.all(codes.map((code) => redeem(code)));
      const series = results.map((result) => (result.ok ? result.device.series : '?')).sort();
      expect(series).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    });

    it('says why a code does not enrol: unknown, used or expired', async () => {
      const org = await createOrganisation(store);
      expect(await redeem('NOPE-NOPE-NOPE')).toEqual({ ok: false, reason: 'unknown' });
      const code = await issueCode(store, org, 'door', { name: 'Porte 1' });
      const first = await redeem(code, 'Téléphone');
      expect(first).toMatchObject({ ok: true, device: { name: 'Porte 1', scope: 'door', series: 'A' } });
      expect(await redeem(code)).toEqual({ ok: false, reason: 'used' });
      const old = await issueCode(store, org, 'door', { expiresAt: '2020-01-01T00:00:00.000Z' });
      expect(await redeem(old)).toEqual({ ok: false, reason: 'expired' });
    });

    it('lists and revokes devices; revoking twice keeps the first date', async () => {
      const org = await createOrganisation(store);
      const result = await redeem(await issueCode(store, org, 'office'), 'Secrétariat');
      if (!result.ok) throw new Error('enrolment failed');
      expect(await store.listDevices(org)).toEqual([result.device]);
      const revoked = await store.revokeDevice(result.device.id, '2026-10-01T10:00:00.000Z');
      expect(revoked?.revokedAt).toBe('2026-10-01T10:00:00.000Z');
      expect((await store.revokeDevice(result.device.id, '2026-11-01T10:00:00.000Z'))?.revokedAt).toBe(
        '2026-10-01T10:00:00.000Z',
      );
      expect(await store.revokeDevice('no-such-device', new Date().toISOString())).toBeUndefined();
      expect((await store.listDevices()).some((device) => device.id === result.device.id)).toBe(true);
    });

    it('returns documents exactly as pushed: nested values, unicode, numbers', async () => {
      const org = await createOrganisation(store);
      const doc = settingsDoc('exact', {
        nom: 'Élodie « Zoé » 日本',
        n: 0.1 + 0.2,
        big: 2 ** 52,
        list: [1, { a: null }],
        empty: {},
      });
      await store.push(org, 'settings', [{ newDocumentState: doc }]);
      const [stored] = (await store.pull(org, 'settings', 0, 10)).documents;
      expect(stored).toEqual(doc);
    });

    describe('collection rules', () => {
      // Generic rules, the shape receipts use: a unique `value.number`, and `value.locked` frozen.
      const rules: CollectionRules = {
        uniqueKey: (doc) => {
          const value = doc.value as { number?: unknown } | undefined;
          return typeof value?.number === 'string' ? value.number : null;
        },
        mayReplace: (stored) => (stored.value as { locked?: unknown } | undefined)?.locked !== true,
      };

      it('refuses a key another document holds, and rolls the whole push back', async () => {
        const org = await createOrganisation(store);
        await store.push(
          org,
          'settings',
          [{ newDocumentState: settingsDoc('first', { number: 'N-1' }) }],
          rules,
        );
        const outcome = await store.push(
          org,
          'settings',
          [
            { newDocumentState: settingsDoc('innocent', { number: 'N-2' }) },
            { newDocumentState: settingsDoc('second', { number: 'N-1' }) },
          ],
          rules,
        );
        expect(outcome).toEqual({
          duplicates: [{ row: 1, documentId: 'second', key: 'N-1', heldBy: 'first' }],
        });
        const page = await store.pull(org, 'settings', 0, 10);
        expect(page.documents.map((doc) => doc.id)).toEqual(['first']);
        expect(page.seq).toBe(1);
        // The rolled-back push took no key either: N-2 is still free.
        const retry = await store.push(
          org,
          'settings',
          [{ newDocumentState: settingsDoc('innocent', { number: 'N-2' }) }],
          rules,
        );
        expect(retry).toMatchObject({ conflicts: [], lastSeq: 2 });
      });

      it('refuses the same key twice in one batch, and keys stay per association', async () => {
        const orgA = await createOrganisation(store);
        const orgB = await createOrganisation(store);
        const twice = await store.push(
          orgA,
          'settings',
          [
            { newDocumentState: settingsDoc('one', { number: 'N-7' }) },
            { newDocumentState: settingsDoc('two', { number: 'N-7' }) },
          ],
          rules,
        );
        expect(twice.duplicates).toEqual([{ row: 1, documentId: 'two', key: 'N-7', heldBy: 'one' }]);
        const a = await store.push(
          orgA,
          'settings',
          [{ newDocumentState: settingsDoc('one', { number: 'N-7' }) }],
          rules,
        );
        const b = await store.push(
          orgB,
          'settings',
          [{ newDocumentState: settingsDoc('one', { number: 'N-7' }) }],
          rules,
        );
        expect(a.lastSeq).toBe(1);
        expect(b.lastSeq).toBe(1);
      });

      it('lets the holder update itself, and keeps the key taken after a deletion', async () => {
        const org = await createOrganisation(store);
        const v1 = settingsDoc('holder', { number: 'N-3' });
        await store.push(org, 'settings', [{ newDocumentState: v1 }], rules);
        const v2 = { ...settingsDoc('holder', { number: 'N-3', note: 'corrigé' }), _deleted: true };
        expect(
          await store.push(org, 'settings', [{ assumedMasterState: v1, newDocumentState: v2 }], rules),
        ).toMatchObject({
          conflicts: [],
          lastSeq: 2,
        });
        const again = await store.push(
          org,
          'settings',
          [{ newDocumentState: settingsDoc('newcomer', { number: 'N-3' }) }],
          rules,
        );
        expect(again.duplicates?.[0]).toMatchObject({ documentId: 'newcomer', heldBy: 'holder' });
      });

      it('gives a key to exactly one of two documents pushed at once on two connections', async () => {
        const org = await createOrganisation(store);
        const outcomes = await Promise.all([
          store.push(org, 'settings', [{ newDocumentState: settingsDoc('left', { number: 'N-9' }) }], rules),
          second.push(
            org,
            'settings',
            [{ newDocumentState: settingsDoc('right', { number: 'N-9' }) }],
            rules,
          ),
        ]);
        expect(outcomes.filter((outcome) => outcome.duplicates).length).toBe(1);
        expect((await store.pull(org, 'settings', 0, 10)).documents).toHaveLength(1);
      });

      it('sends a forbidden replacement back as a conflict with the stored document, and counts it', async () => {
        const org = await createOrganisation(store);
        const locked = settingsDoc('locked', { locked: true, text: 'original' });
        await store.push(org, 'settings', [{ newDocumentState: locked }], rules);
        const outcome = await store.push(
          org,
          'settings',
          [
            {
              assumedMasterState: locked,
              newDocumentState: settingsDoc('locked', { locked: true, text: 'changé' }),
            },
          ],
          rules,
        );
        expect(outcome).toEqual({ conflicts: [locked], lastSeq: null, forbidden: 1 });
        // A retry of what is already stored is not a change, locked or not.
        expect(await store.push(org, 'settings', [{ newDocumentState: locked }], rules)).toMatchObject({
          lastSeq: null,
          forbidden: 0,
        });
        expect((await store.pull(org, 'settings', 0, 10)).documents).toEqual([locked]);
      });
    });

    it('gives the member numbers stored before they were a unique key their keys, the first stored winning', async () => {
      const org = await createOrganisation(store);
      // People as a server before issue 15 stored them: two share A-0042, and no key is taken.
      const person = (id: string, memberNumber: string) => ({
        ...makePerson({ id, memberNumber }),
        _deleted: false,
      });
      const first = person('person-first', 'A-0042');
      const second = person('person-second', 'A-0042');
      const rows = [first, second, person('person-none', '')].map((document, index) => ({
        id: document.id,
        seq: index + 1,
        data: JSON.stringify(document),
      }));
      // The migration step, as the backend runs it, on data written behind the store's back.
      if ('databaseUrl' in backend.location) {
        const client = new pg.Client({ connectionString: backend.location.databaseUrl });
        await client.connect();
        try {
          for (const row of rows) {
            await client.query(
              `INSERT INTO documents (org_id, collection, id, seq, data) VALUES ($1, 'people', $2, $3, $4)`,
              [org, row.id, row.seq, row.data],
            );
          }
          await client.query('UPDATE organisations SET seq = 3 WHERE id = $1', [org]);
          await client.query(memberNumberKeys(POSTGRES_TYPES));
        } finally {
          await client.end();
        }
      } else {
        const db = new Database(join(backend.location.data, SQLITE_FILE_NAME));
        try {
          const insert = db.prepare(
            `INSERT INTO documents (org_id, collection, id, seq, data) VALUES (?, 'people', ?, ?, ?)`,
          );
          for (const row of rows) insert.run(org, row.id, row.seq, row.data);
          db.prepare('UPDATE organisations SET seq = 3 WHERE id = ?').run(org);
          db.exec(memberNumberKeys(SQLITE_TYPES));
        } finally {
          db.close();
        }
      }
      const people = rulesFor('people');
      const edit = (document: typeof first) => ({
        assumedMasterState: document,
        newDocumentState: { ...document, notes: 'Modifié' },
      });
      expect(await store.push(org, 'people', [edit(first)], people)).toMatchObject({
        conflicts: [],
        lastSeq: 4,
      });
      expect((await store.push(org, 'people', [edit(second)], people)).duplicates).toEqual([
        { row: 0, documentId: 'person-second', key: 'A-0042', heldBy: 'person-first' },
      ]);
      const newcomer = person('person-new', 'A-0042');
      expect(
        (await store.push(org, 'people', [{ newDocumentState: newcomer }], people)).duplicates,
      ).toHaveLength(1);
    });

    it('counts what each device stores, by its pushes and, for what was stored before, by the migration', async () => {
      const org = await createOrganisation(store);
      const enrolled = await redeem(await issueCode(store, org, 'door'), 'Porte');
      if (!enrolled.ok) throw new Error('not enrolled');
      const deviceId = enrolled.device.id;
      const docs = [settingsDoc('mine-1', { text: 'a'.repeat(300) }), settingsDoc('mine-2', { n: 2 })];
      await store.push(
        org,
        'settings',
        docs.map((doc) => ({ newDocumentState: doc })),
        {},
        deviceId,
      );
      // Another device's write is not this device's.
      await store.push(org, 'settings', [{ newDocumentState: settingsDoc('other') }], {}, null);
      const bytes = async () =>
        Number((await sql('SELECT bytes FROM devices WHERE id = ?', [deviceId]))[0]?.bytes);
      const pushed = docs.reduce((sum, doc) => sum + documentBytes(doc), 0);
      expect(await bytes()).toBe(pushed);
      // As a server before the count: zero, then the migration's step.
      await sql('UPDATE devices SET bytes = 0 WHERE id = ?', [deviceId]);
      await sql(deviceBytesCount('databaseUrl' in backend.location ? POSTGRES_TYPES : SQLITE_TYPES));
      // PostgreSQL measures its jsonb as text, which spaces out the JSON a little.
      if ('databaseUrl' in backend.location) expect(await bytes()).toBeGreaterThanOrEqual(pushed);
      else expect(await bytes()).toBe(pushed);
    });

    it('marks the deletions stored before issue 19, and a device enrolled before it keeps receiving every deletion', async () => {
      const org = await createOrganisation(store);
      const enrolled = await redeem(await issueCode(store, org, 'office'), 'Ancien poste');
      if (!enrolled.ok) throw new Error('not enrolled');
      await store.push(org, 'settings', [{ newDocumentState: settingsDoc('old-kept') }]);
      await store.push(org, 'settings', [{ newDocumentState: settingsDoc('old-gone', {}, true) }]);
      // As a server before issue 19 left them: no deletion marked, the device enrolled at 0.
      await sql('UPDATE documents SET deleted = 0 WHERE org_id = ?', [org]);
      await sql('UPDATE devices SET enrolled_seq = 0 WHERE id = ?', [enrolled.device.id]);
      const skip = { skipDeletionsUpTo: 2 };
      expect((await store.pull(org, 'settings', 0, 10, undefined, skip)).documents).toHaveLength(2);
      await sql(deletedFlags('databaseUrl' in backend.location ? POSTGRES_TYPES : SQLITE_TYPES));
      const page = await store.pull(org, 'settings', 0, 10, undefined, skip);
      expect(page.documents.map((doc) => doc.id)).toEqual(['old-kept']);
      expect(page.seq).toBe(2);
      // The device enrolled before the server kept the sequence: it may hold anything.
      const [device] = (await store.listDevices(org)).filter((d) => d.id === enrolled.device.id);
      expect(device?.enrolledSeq).toBe(0);
      const all = await store.pull(org, 'settings', 0, 10, undefined, {
        skipDeletionsUpTo: device?.enrolledSeq,
      });
      expect(all.documents.map((doc) => [doc.id, doc._deleted])).toEqual([
        ['old-kept', false],
        ['old-gone', true],
      ]);
      // A device enrolled now starts from the association's sequence.
      const later = await redeem(await issueCode(store, org, 'office'), 'Nouveau poste');
      expect(later.ok && later.device.enrolledSeq).toBe(2);
    });

    describe('a device that reads part of a collection (a view)', () => {
      // The door's view of a person: its name, not its notes (shared/sync/read-scope.ts).
      const access = readAccess('door', 'people');
      const view: CollectionRules = {
        view: {
          project: (document) => project(access, document),
          merge: (stored, next) => mergeProjectedWrite(access, stored, next),
        },
      };
      const person = (fields: Record<string, unknown>) => ({
        ...settingsDoc('p1'),
        value: undefined,
        lastName: 'Morel',
        notes: 'secret médical',
        ...fields,
      });

      it('compares its assumed state with the projection it was sent, and keeps hidden fields when it writes', async () => {
        const org = await createOrganisation(store);
        const stored = person({});
        await store.push(org, 'people', [{ newDocumentState: stored }], {}, 'office-1');
        const seen = { ...(project(access, stored) ?? {}), notes: '' };
        const next = { ...seen, lastName: 'Morel-Petit', updatedAt: '2026-10-01T00:00:00.000Z' };
        const outcome = await store.push(
          org,
          'people',
          [{ assumedMasterState: seen, newDocumentState: next as typeof stored }],
          view,
          'door-1',
        );
        expect(outcome).toEqual({ conflicts: [], lastSeq: 2, forbidden: 0 });
        const page = await store.pull(org, 'people', 0, 10);
        expect(page.documents).toEqual([{ ...stored, lastName: 'Morel-Petit', updatedAt: next.updatedAt }]);
        expect(page.pushedBy).toEqual(['door-1']);
      });

      it('answers a stale write with the projection, and a write over a document it cannot see with nothing of it', async () => {
        const org = await createOrganisation(store);
        const stored = person({ updatedAt: '2026-10-02T00:00:00.000Z' });
        await store.push(org, 'people', [{ newDocumentState: stored }]);
        const stale = { ...person({ lastName: 'Ancien' }), updatedAt: '2026-09-01T00:00:00.000Z' };
        const outcome = await store.push(
          org,
          'people',
          [{ assumedMasterState: stale, newDocumentState: { ...stale, lastName: 'Autre' } }],
          view,
        );
        expect(outcome).toEqual({ conflicts: [project(access, stored)], lastSeq: null, forbidden: 0 });
        expect(JSON.stringify(outcome)).not.toContain('secret médical');
        const blind: CollectionRules = { view: { project: () => null, merge: (_stored, next) => next } };
        const hidden = await store.push(org, 'people', [{ newDocumentState: person({ notes: '' }) }], blind);
        expect(hidden).toEqual({ hidden: [{ row: 0, documentId: 'p1' }] });
        expect((await store.pull(org, 'people', 0, 10)).documents).toEqual([stored]);
      });
    });
  });
}
