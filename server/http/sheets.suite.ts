import { describe, expect, it } from 'vitest';
import { attendanceId } from '@shared/events/attendance';
import { SHEET_MAX_AMENDMENTS, SHEETS_PUSH_BATCH } from '@shared/events/sheet';
import type { Amendment, SheetDocument } from '@shared/events/sheet';
import { foldEvent } from '@shared/events/sheet-fold';
import { checkedIn, closingBy, makeAttendance, makeEvent, personIdOf } from '@shared/events/testing';
import { apiErrorSchema, pullResponseSchema } from '@shared/sync/protocol';
import type { ApiErrorBody, PullResponse, SyncDocument } from '@shared/sync/protocol';
import { DEFAULT_BODY_LIMIT } from '@server/http/app';
import type { Backend } from '@server/test-support/backend';
import { liveServer } from '@server/test-support/live-server';
import { call, createOrganisation, enrol } from '@server/test-support/fixtures';
import { eventId, personId } from '@shared/testing/ids';

const PREFIX = '/api/v1';

const sent = <T extends object>(doc: T) => ({ ...doc, _deleted: false });

function amendment(n: number, changes: Partial<Amendment> = {}): Amendment {
  return {
    id: `amendment-${String(n).padStart(4, '0')}`,
    kind: 'correction',
    at: `2026-11-21T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
    by: 'user-secretary',
    device: 'Bureau',
    reason: 'Présente sur la feuille papier, oubliée à l’entrée',
    row: {
      personId: personId('person-c'),
      registered: true,
      present: true,
      checkedInAt: '2026-11-14T20:30:00.000Z',
      checkedInBy: 'user-secretary',
      checkedInDevice: 'Bureau',
      proxyHolderId: '',
      doorPayment: { amount: 0, method: '', chequeNumber: '' },
      doorMembership: { membershipId: '', amount: 0, method: '', chequeNumber: '' },
      membersOnlyOverride: false,
      notes: '',
    },
    ...changes,
  } as Amendment;
}

/**
 * A closed event's sheet seen by the server, on a real server on 127.0.0.1 for one backend: it is
 * accepted once, then only amendments are appended; a rewrite, a removed amendment or a deletion
 * comes back as a conflict holding the stored sheet (nothing written); a door device neither
 * writes nor reads sheets; the largest sheets, amended, fit in one push.
 */
export function describeSheets(backend: Backend): void {
  describe(`closed events' sheets (${backend.name})`, () => {
    const live = liveServer(backend);

    const push = (token: string, rows: unknown, collection = 'sheets') =>
      call<SyncDocument[] | ApiErrorBody>(live.base, 'POST', `${PREFIX}/sync/${collection}/push`, {
        token,
        body: rows,
      });
    const pullAll = async (token: string, collection = 'sheets') => {
      const reply = await call<PullResponse>(live.base, 'GET', `${PREFIX}/sync/${collection}/pull?seq=0`, {
        token,
      });
      expect(reply.status).toBe(200);
      return pullResponseSchema.parse(reply.body).documents;
    };
    const closed = (eventId = 'event-loto') => {
      const event = makeEvent({ id: eventId });
      const records = [
        makeAttendance(event.id, personId('person-a'), {
          ...checkedIn('20:02'),
          doorPayment: { amount: 500, method: 'especes' },
        }),
        makeAttendance(event.id, personId('person-c'), { registered: true }),
      ];
      const [sheet] = foldEvent(event, records, closingBy());
      if (!sheet) throw new Error('nothing folded');
      return sent(sheet);
    };

    it('accepts a sheet once, then only appended amendments', async () => {
      const org = await createOrganisation(live.store);
      const office = await enrol(live.base, live.store, org);
      const sheet = closed();
      expect((await push(office.token, [{ newDocumentState: sheet }])).body).toEqual([]);
      const amended = { ...sheet, updatedAt: '2026-11-21T10:00:00.000Z', amendments: [amendment(1)] };
      expect(
        (await push(office.token, [{ assumedMasterState: sheet, newDocumentState: amended }])).body,
      ).toEqual([]);
      const twice = {
        ...amended,
        updatedAt: '2026-11-21T11:00:00.000Z',
        amendments: [amendment(1), amendment(2, { reason: 'Le chèque était de 8 €' })],
      };
      expect(
        (await push(office.token, [{ assumedMasterState: amended, newDocumentState: twice }])).body,
      ).toEqual([]);
      expect(await pullAll(office.token)).toEqual([twice]);

      // Everything else comes back as a conflict holding the stored sheet, and nothing is written.
      const rows = twice.rows.map((row) => ({ ...row, present: true }));
      const refused = [
        { ...twice, closedAt: '2026-11-22T09:00:00.000Z' },
        { ...twice, rows },
        { ...twice, amendments: [amendment(2, { reason: 'Le chèque était de 8 €' })] },
        { ...twice, amendments: [amendment(1, { reason: 'Autre raison' }), amendment(2)] },
        { ...twice, updatedAt: '2026-11-23T09:00:00.000Z', _deleted: true },
      ];
      for (const newDocumentState of refused) {
        const reply = await push(office.token, [{ assumedMasterState: twice, newDocumentState }]);
        // A rewrite with rows whose hash no longer matches is refused as invalid before that.
        if (reply.status === 422) {
          expect(apiErrorSchema.parse(reply.body).errors?.map((error) => error.message)).toContain(
            'errors.sheets.hashMismatch',
          );
          continue;
        }
        expect(reply).toMatchObject({ status: 200, body: [twice] });
      }
      // A second closing of the same event (another device, same id) does not replace the first.
      const second = foldEvent(makeEvent(), [], closingBy('2026-11-22T09:00:00.000Z', 'Trésorerie'));
      expect(
        (await push(office.token, [{ newDocumentState: sent(second[0] as SheetDocument) }])).body,
      ).toEqual([twice]);
      expect(await pullAll(office.token)).toEqual([twice]);
    });

    it('refuses a sheet whose hash does not match its content, with the reason', async () => {
      const org = await createOrganisation(live.store);
      const office = await enrol(live.base, live.store, org);
      const sheet = closed();
      const tampered = { ...sheet, totals: { ...sheet.totals, present: 2 } };
      const reply = await push(office.token, [{ newDocumentState: tampered }]);
      expect(reply.status).toBe(422);
      const body = apiErrorSchema.parse(reply.body);
      expect(body.code).toBe('INVALID_DOCUMENT');
      expect(body.errors?.map((error) => error.message)).toEqual(['errors.sheets.hashMismatch']);
      expect(await pullAll(office.token)).toEqual([]);
    });

    it('keeps sheets from door devices: neither written nor read there', async () => {
      const org = await createOrganisation(live.store);
      const door = await enrol(live.base, live.store, org, 'door');
      const office = await enrol(live.base, live.store, org);
      const reply = await push(door.token, [{ newDocumentState: closed() }]);
      expect(reply.status).toBe(403);
      expect(apiErrorSchema.parse(reply.body).code).toBe('SCOPE_FORBIDDEN');
      const pulled = await call(live.base, 'GET', `${PREFIX}/sync/sheets/pull?seq=0`, { token: door.token });
      expect(pulled.status).toBe(403);
      expect(await pullAll(office.token)).toEqual([]);
    });

    it('takes a late check-in over the record closing deleted: it stays live for the office to fold', async () => {
      const org = await createOrganisation(live.store);
      const office = await enrol(live.base, live.store, org);
      const door = await enrol(live.base, live.store, org, 'door');
      const record = sent(makeAttendance(eventId('event-loto'), personId('person-c'), { registered: true }));
      await push(office.token, [{ newDocumentState: record }], 'attendance');
      const folded = { ...record, updatedAt: '2026-11-20T09:00:00.000Z', _deleted: true };
      expect(
        (await push(office.token, [{ assumedMasterState: record, newDocumentState: folded }], 'attendance'))
          .body,
      ).toEqual([]);
      // The door, offline since before the closing, sends its check-in: it meets the deletion.
      const late = sent(
        makeAttendance(eventId('event-loto'), personId('person-c'), {
          registered: true,
          ...checkedIn('20:45', 'Porte 3'),
        }),
      );
      const conflict = await push(
        door.token,
        [{ assumedMasterState: record, newDocumentState: late }],
        'attendance',
      );
      expect(conflict).toMatchObject({ status: 200, body: [folded] });
      // Its conflict rule keeps the check-in (shared/events/attendance-merge.ts), pushed over the deletion.
      expect(
        (await push(door.token, [{ assumedMasterState: folded, newDocumentState: late }], 'attendance')).body,
      ).toEqual([]);
      const held = await pullAll(office.token, 'attendance');
      expect(held).toEqual([
        expect.objectContaining({
          id: attendanceId(eventId('event-loto'), personId('person-c')),
          present: true,
          _deleted: false,
        }),
      ]);
    });

    it('takes the largest sheets, amended, several to a push, under the body limit', async () => {
      const org = await createOrganisation(live.store);
      const office = await enrol(live.base, live.store, org);
      const longest = (n: number) =>
        amendment(n, {
          device: 'ü'.repeat(40),
          reason: '€'.repeat(500),
          row: { ...amendment(n).row, notes: '€'.repeat(500), checkedInDevice: '€'.repeat(40) },
        });
      const sheets = Array.from({ length: SHEETS_PUSH_BATCH }, (_, e) => {
        const event = makeEvent({ id: `event-${e}` });
        // About 120 such lines fill a part's rows: 200 make a full first part.
        const records = Array.from({ length: 200 }, (_, i) =>
          makeAttendance(event.id, personIdOf(i), { ...checkedIn('20:15'), notes: 'é'.repeat(500) }),
        );
        const [first] = foldEvent(event, records, closingBy());
        if (!first) throw new Error('nothing folded');
        return sent({
          ...first,
          amendments: Array.from({ length: SHEET_MAX_AMENDMENTS - 1 }, (_, n) => longest(n)),
        });
      });
      expect(
        (
          await push(
            office.token,
            sheets.map((sheet) => ({ newDocumentState: sheet })),
          )
        ).body,
      ).toEqual([]);
      const rows = sheets.map((sheet) => ({
        assumedMasterState: sheet,
        newDocumentState: { ...sheet, amendments: [...sheet.amendments, longest(SHEET_MAX_AMENDMENTS)] },
      }));
      const bytes = new TextEncoder().encode(JSON.stringify(rows)).length;
      expect(bytes).toBeGreaterThan(SHEETS_PUSH_BATCH * 1024 * 1024);
      expect(bytes).toBeLessThan(DEFAULT_BODY_LIMIT);
      expect(await push(office.token, rows)).toMatchObject({ status: 200, body: [] });
      // Read from the store: a pull page stops at 1 MiB, one such sheet per page.
      const stored = (await live.store.pull(org, 'sheets', 0, 100)).documents;
      expect(stored.map((sheet) => (sheet.amendments as unknown[]).length)).toEqual(
        sheets.map(() => SHEET_MAX_AMENDMENTS),
      );
    }, 60_000);
  });
}
