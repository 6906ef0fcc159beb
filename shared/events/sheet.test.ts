import { describe, expect, it } from 'vitest';
import { mergeAttendance } from '@shared/events/attendance-merge';
import {
  SHEET_MAX_AMENDMENTS,
  SHEET_MAX_BYTES,
  SHEET_ROWS_MAX_BYTES,
  sheetDocumentSchema,
  sheetHash,
  sheetId,
  sheetsCollection,
} from '@shared/events/sheet';
import type { Amendment, SheetDocument } from '@shared/events/sheet';
import { foldEvent, lateCheckInAmendment, rowOf, sheetLines, sheetTotals } from '@shared/events/sheet-fold';
import { CONCURRENT_CLOSING_REASON, resolveSheetConflict, sheetChange } from '@shared/events/sheet-rules';
import { checkedIn, closingBy, makeAttendance, makeEvent, personIdOf } from '@shared/events/testing';
import type { Cents } from '@shared/money/cents';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import { eventId, personId } from '@shared/testing/ids';

const event = makeEvent();
function only<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('nothing folded');
  return item;
}
function present<T>(value: T | null): T {
  if (value === null) throw new Error('no amendment');
  return value;
}
const line = <T>(items: readonly T[], index: number): T => only(items.slice(index));
/** A check-in as a sheet's line says it (no stamps). */
const arrived = (time: string) => {
  const { updatedAt: _stamp, ...line } = checkedIn(time);
  return line;
};
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

function smallEvent() {
  return [
    makeAttendance(event.id, personId('person-a'), {
      registered: true,
      ...checkedIn('20:02'),
      doorPayment: { amount: 500, method: 'especes' },
    }),
    makeAttendance(event.id, personId('person-b'), {
      ...checkedIn('20:10', 'Porte 2'),
      doorPayment: { amount: 800, method: 'cheque', chequeNumber: '1234567' },
    }),
    makeAttendance(event.id, personId('person-c'), { registered: true }),
    makeAttendance(event.id, personId('person-d'), { registered: true, proxyHolderId: personId('person-a') }),
    // Another event's record is not this sheet's.
    makeAttendance(eventId('event-other'), personId('person-a'), checkedIn('18:00')),
  ];
}

const correction = (sheet: SheetDocument, changes: Partial<Amendment> = {}): Amendment => ({
  id: 'amendment-1',
  kind: 'correction',
  at: '2026-11-21T10:00:00.000Z',
  by: 'user-secretary',
  device: 'Bureau',
  reason: 'Oubliée à l’entrée, présente sur la feuille papier',
  row: {
    ...(sheet.rows.find((row) => row.personId === 'person-c') ?? line(sheet.rows, 0)),
    ...arrived('20:30'),
  },
  ...changes,
});

describe('closing an event into its sheet', () => {
  it('folds presence, times, doors, payments and proxies with the totals and a hash', () => {
    const [sheet, ...more] = foldEvent(event, smallEvent(), closingBy()) as [
      SheetDocument,
      ...SheetDocument[],
    ];
    expect(more).toEqual([]);
    expect(sheet).toMatchObject({
      id: sheetId(event.id, 1),
      eventId: event.id,
      part: 1,
      parts: 1,
      event: { title: 'Loto d’automne', startsOn: '2026-11-14', location: 'Salle des fêtes' },
      closedBy: 'user-secretary',
      closedDevice: 'Bureau',
      closedAt: '2026-11-20T09:00:00.000Z',
      amendments: [],
    });
    expect(sheet.rows.map((row) => row.personId)).toEqual(['person-a', 'person-b', 'person-c', 'person-d']);
    expect(sheet.rows[1]).toMatchObject({
      checkedInDevice: 'Porte 2',
      checkedInAt: '2026-11-14T20:10:00.000Z',
    });
    expect(sheet.totals).toEqual({
      listed: 4,
      registered: 3,
      present: 2,
      represented: 1,
      takings: { especes: 500, cheque: 800, carte: 0, other: 0, total: 1300 },
    });
    expect(sheet.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sheet.hash).toBe(sheetHash(sheet));
    // The same attendance folded on another device gives the same sheet, to the byte.
    expect(foldEvent(event, [...smallEvent()].reverse(), closingBy())).toEqual([sheet]);
  });

  it('refuses a sheet whose content no longer matches its hash', () => {
    const sheet = only(foldEvent(event, smallEvent(), closingBy()));
    const tampered = { ...sheet, rows: sheet.rows.map((row) => ({ ...row, present: true })) };
    expect(messages(sheetDocumentSchema.safeParse(tampered))).toEqual(['errors.sheets.hashMismatch']);
    const otherTotals = { ...sheet, totals: { ...sheet.totals, present: 4 } };
    expect(messages(sheetDocumentSchema.safeParse(otherTotals))).toEqual(['errors.sheets.hashMismatch']);
    // Amendments are outside the hash: appending one keeps the sheet valid.
    expect(sheetDocumentSchema.safeParse({ ...sheet, amendments: [correction(sheet)] }).success).toBe(true);
    // An id that is not the event's part is refused.
    expect(
      messages(sheetDocumentSchema.safeParse({ ...sheet, id: sheetId(eventId('event-other'), 1) })),
    ).toContain('errors.sheets.id');
  });

  it('splits a very large event into parts, each under the server’s limits, and loses no one', () => {
    const attendance = Array.from({ length: 2500 }, (_, i) =>
      makeAttendance(event.id, personIdOf(i + 1), {
        registered: true,
        ...(i % 3 === 0 ? {} : checkedIn('20:15', `Porte ${i % 4}`)),
        doorPayment: i % 3 === 0 ? { amount: 0, method: '' } : { amount: 300, method: 'especes' },
        notes: i % 100 === 0 ? 'Arrivé avec son fils, à recontacter pour l’an prochain.' : '',
      }),
    );
    const parts = foldEvent(event, attendance, closingBy());
    expect(parts.length).toBeGreaterThan(1);
    const encoder = new TextEncoder();
    for (const part of parts) {
      expect(part.parts).toBe(parts.length);
      expect(encoder.encode(JSON.stringify(part.rows)).length).toBeLessThanOrEqual(SHEET_ROWS_MAX_BYTES);
      expect(encoder.encode(JSON.stringify(part)).length).toBeLessThan(SHEET_MAX_BYTES);
      expect(sheetDocumentSchema.safeParse(part).success).toBe(true);
    }
    expect(parts.map((part) => part.id)).toEqual(parts.map((_, i) => sheetId(event.id, i + 1)));
    const lines = sheetLines(parts);
    expect(lines).toHaveLength(2500);
    expect(new Set(lines.map((line) => line.personId)).size).toBe(2500);
    const totals = sheetTotals(parts);
    expect(totals).toMatchObject({ listed: 2500, present: 1666, takings: { especes: 1666 * 300 } });
  });

  it('stays under the document limit with the most amendments of the longest texts', () => {
    const attendance = Array.from({ length: 200 }, (_, i) =>
      makeAttendance(event.id, personIdOf(i), { ...checkedIn('20:15'), notes: 'é'.repeat(500) }),
    );
    const part = only(foldEvent(event, attendance, closingBy()));
    const longest = (n: number): Amendment => ({
      ...correction(part),
      id: `amendment-${String(n).padStart(30, '0')}`,
      device: 'ü'.repeat(40),
      reason: '€'.repeat(500),
      row: { ...line(part.rows, 0), notes: '€'.repeat(500), checkedInDevice: '€'.repeat(40) },
    });
    const full = { ...part, amendments: Array.from({ length: SHEET_MAX_AMENDMENTS }, (_, n) => longest(n)) };
    expect(sheetDocumentSchema.safeParse(full).success).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(full)).length).toBeLessThan(SHEET_MAX_BYTES);
  });

  it('derives an RxDB schema with an index on the event, every string bounded', () => {
    const schema = toRxJsonSchema(sheetsCollection);
    expect(schema.indexes).toEqual(['eventId']);
    expect(schema.version).toBe(0);
  });
});

describe('amendments', () => {
  it('apply in order of time: a correction replaces the line, the totals follow', () => {
    const sheet = only(foldEvent(event, smallEvent(), closingBy()));
    const amended = { ...sheet, amendments: [correction(sheet)] };
    expect(sheetLines([amended]).find((line) => line.personId === 'person-c')).toMatchObject({
      present: true,
    });
    expect(sheetTotals([amended])).toMatchObject({ present: 3, listed: 4 });
    const later = correction(sheet, {
      id: 'amendment-2',
      at: '2026-11-22T10:00:00.000Z',
      reason: 'Erreur : c’était son frère',
      row: { ...line(sheet.rows, 2), present: false },
    });
    // Whatever order the list holds them in.
    expect(sheetTotals([{ ...sheet, amendments: [later, correction(sheet)] }]).present).toBe(2);
  });

  it('may only be appended: the frozen content, past amendments and the sheet itself stay', () => {
    const sheet = only(foldEvent(event, smallEvent(), closingBy()));
    const stored = { ...sheet, _deleted: false };
    const appended = { ...stored, updatedAt: '2026-11-21T10:00:00.000Z', amendments: [correction(sheet)] };
    expect(sheetChange(stored, appended)).toEqual({ allowed: true });
    expect(sheetChange(stored, { ...stored, _deleted: true })).toEqual({
      allowed: false,
      reason: 'sheets.noDeletion',
    });
    const rows = stored.rows.map((row) => ({ ...row, present: true }));
    expect(sheetChange(stored, { ...stored, rows, hash: sheetHash({ ...stored, rows }) })).toEqual({
      allowed: false,
      reason: 'sheets.immutable',
    });
    expect(sheetChange(stored, { ...stored, closedAt: '2026-11-21T10:00:00.000Z' }).allowed).toBe(false);
    expect(sheetChange(appended, stored)).toEqual({ allowed: false, reason: 'sheets.amendmentsKept' });
    const rewritten = { ...appended, amendments: [{ ...correction(sheet), reason: 'Autre raison' }] };
    expect(sheetChange(appended, rewritten)).toEqual({ allowed: false, reason: 'sheets.amendmentsKept' });
  });

  it('from two devices are united, never one list over the other, whatever the order', () => {
    const sheet = only(foldEvent(event, smallEvent(), closingBy()));
    const first = correction(sheet);
    const mine = { ...sheet, updatedAt: '2026-11-21T10:00:00.000Z', amendments: [first] };
    const other = correction(sheet, {
      id: 'amendment-9',
      at: '2026-11-21T09:00:00.000Z',
      by: 'user-treasurer',
      reason: 'Chèque encaissé au bureau',
      row: {
        ...line(sheet.rows, 0),
        doorPayment: { amount: 700 as Cents, method: 'cheque', chequeNumber: '42' },
      },
    });
    const theirs = {
      ...sheet,
      updatedAt: '2026-11-21T11:00:00.000Z',
      updatedBy: 'user-treasurer',
      amendments: [first, other],
    };
    const a = resolveSheetConflict(mine, theirs).document;
    const b = resolveSheetConflict(theirs, mine).document;
    expect(a).toEqual(b);
    expect((a.amendments as Amendment[]).map((amendment) => amendment.id)).toEqual([
      'amendment-9',
      'amendment-1',
    ]);
    expect(a.updatedBy).toBe('user-treasurer');
    expect(sheetChange(theirs, a)).toEqual({ allowed: true });
    expect(sheetChange(mine, a)).toEqual({ allowed: true });
    expect(sheetDocumentSchema.safeParse(a).success).toBe(true);
  });

  it('keep the lines of a second closing made elsewhere from other records', () => {
    const records = smallEvent();
    const here = only(foldEvent(event, records, closingBy('2026-11-20T09:00:00.000Z', 'Bureau')));
    // The other device held a later check-in of person-c and closed a minute later.
    const elsewhere = records.map((record) =>
      record.personId === 'person-c' ? { ...record, ...checkedIn('21:00', 'Porte 3') } : record,
    );
    const there = only(foldEvent(event, elsewhere, closingBy('2026-11-20T09:01:00.000Z', 'Trésorerie')));
    const merged = resolveSheetConflict(there, here).document as SheetDocument;
    expect(merged.hash).toBe(here.hash);
    expect(merged.amendments).toEqual([
      expect.objectContaining({
        kind: 'late-check-in',
        reason: CONCURRENT_CLOSING_REASON,
        device: 'Trésorerie',
      }),
    ]);
    expect(sheetTotals([merged]).present).toBe(3);
    // Met again (the other order, or twice): the same single amendment.
    expect(resolveSheetConflict(there, merged).document.amendments).toEqual(merged.amendments);
  });
});

describe('a late check-in from an offline door', () => {
  const sheet = only(foldEvent(event, smallEvent(), closingBy()));
  const late = makeAttendance(event.id, personId('person-c'), {
    registered: true,
    ...checkedIn('20:45', 'Porte 3'),
    doorPayment: { amount: 500, method: 'carte' },
  });

  it('becomes one amendment whose id every office device computes alike', () => {
    const amendment = present(
      lateCheckInAmendment([sheet], late, 'Entrée enregistrée hors ligne, reçue après la clôture'),
    );
    expect(amendment).toMatchObject({ kind: 'late-check-in', device: 'Porte 3', row: rowOf(late) });
    expect(lateCheckInAmendment([sheet], late, 'autre texte')?.id).toBe(amendment.id);
    const amended = { ...sheet, amendments: [amendment] };
    expect(sheetTotals([amended])).toMatchObject({ present: 3, takings: { carte: 500, total: 1800 } });
    // Folded again (a second office device, a retry): nothing new to say, no second amendment.
    expect(lateCheckInAmendment([amended], late, 'x')).toBeNull();
  });

  it('never takes money or an earlier arrival off a line', () => {
    const lateA = makeAttendance(event.id, personId('person-a'), { ...checkedIn('21:30', 'Porte 3') });
    // person-a was in at 20:02 with 5 € paid: the late record says nothing new.
    expect(lateCheckInAmendment([sheet], lateA, 'x')).toBeNull();
    const newcomer = makeAttendance(event.id, personId('person-z'), checkedIn('22:00', 'Porte 3'));
    const amendment = present(lateCheckInAmendment([sheet], newcomer, 'x'));
    expect(sheetTotals([{ ...sheet, amendments: [amendment] }])).toMatchObject({ listed: 5, present: 3 });
  });

  it('meets the deleted record of the same id: the deletion does not win, at the door or at the office', () => {
    const folded = {
      ...makeAttendance(event.id, personId('person-c'), { registered: true }),
      _deleted: true,
    };
    const base = { ...makeAttendance(event.id, personId('person-c'), { registered: true }), _deleted: false };
    const door = { ...late, _deleted: false };
    for (const [ours, theirs] of [
      [door, folded],
      [folded, door],
    ] as const) {
      const { document } = mergeAttendance(ours, theirs, base);
      expect(document).toMatchObject({ _deleted: false, present: true, checkedInDevice: 'Porte 3' });
    }
    // A deletion over a record that says nothing (no check-in, no money) still stands.
    const { document } = mergeAttendance(
      { ...base, notes: 'x', updatedAt: '2026-11-20T09:00:00.000Z' },
      folded,
      base,
    );
    expect(document._deleted).toBe(true);
  });
});
