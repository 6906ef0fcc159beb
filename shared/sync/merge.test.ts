import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/json/canonical';
import { compareVersions, mergeDocuments } from '@shared/sync/merge';
import type { MergeableDocument } from '@shared/sync/merge';

type Doc = Record<string, unknown>;

const FIELDS = ['name', 'note', 'amountCents', 'tags', 'address', '_deleted'] as const;
const START = Date.parse('2026-03-01T09:00:00.000Z');
const at = (step: number) => new Date(START + step * 1000).toISOString();

const value = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom('', 'Zoé', 'zoe', 'Élodie'),
  fc.boolean(),
  fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('rue', 'ville'), fc.constantFrom('x', 'y'), { maxKeys: 2 }),
);
const device = fc.constantFrom('device-a', 'device-b', 'device-c');

const fieldValues = fc.record(
  Object.fromEntries(FIELDS.map((field) => [field, value])) as Record<(typeof FIELDS)[number], typeof value>,
);

function withoutUndefined(doc: Doc): Doc {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}

const baseDoc = fc
  .record({ fields: fieldValues, step: fc.integer({ min: 0, max: 3 }), deviceId: device })
  .map(({ fields, step, deviceId }) =>
    withoutUndefined({
      id: 'doc-1',
      createdAt: at(0),
      ...fields,
      updatedAt: at(step),
      updatedBy: `user-${deviceId}`,
      deviceId,
    }),
  );

/** A later edit of `base` by some device: a few fields changed, the rest untouched. */
function editOf(base: Doc) {
  return fc
    .record({
      changes: fc
        .subarray([...FIELDS])
        .chain((fields) => fc.tuple(...fields.map((field) => value.map((v) => [field, v] as const)))),
      later: fc.integer({ min: 1, max: 3 }),
      deviceId: device,
    })
    .map(({ changes, later, deviceId }) => {
      const next: Doc = { ...base, ...Object.fromEntries(changes) };
      next.updatedAt = at((Date.parse(String(base.updatedAt)) - START) / 1000 + later);
      next.deviceId = deviceId;
      next.updatedBy = `user-${deviceId}`;
      return withoutUndefined(next);
    });
}

const scenario = baseDoc.chain((base) =>
  fc.record({ base: fc.constant(base), ours: editOf(base), theirs: editOf(base) }),
);

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const merge = (base: Doc | undefined, ours: Doc, theirs: Doc) => mergeDocuments({ base, ours, theirs });

function shuffledKeys(doc: Doc, seed: number): Doc {
  const keys = Object.keys(doc);
  const order = keys.map((key, i) => ({ key, rank: (i * 7919 + seed) % (keys.length + 1) }));
  order.sort((a, b) => a.rank - b.rank);
  return Object.fromEntries(order.map(({ key }) => [key, doc[key]]));
}

describe('mergeDocuments (three-way, field level)', () => {
  it('is deterministic: the key order of the inputs does not change the result', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ base, ours, theirs }, seed) => {
        const once = merge(base, ours, theirs);
        const again = merge(
          shuffledKeys(base, seed),
          shuffledKeys(ours, seed + 1),
          shuffledKeys(theirs, seed),
        );
        expect(canonicalJson(again.document)).toBe(canonicalJson(once.document));
        expect(again.lost).toEqual(once.lost);
      }),
    );
  });

  it('converges: whichever client reaches the server first, both end with the same document', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const aFirst = merge(base, theirs, ours);
        const bFirst = merge(base, ours, theirs);
        expect(canonicalJson(aFirst.document)).toBe(canonicalJson(bFirst.document));
        expect(aFirst.lost).toEqual(bFirst.lost);
      }),
    );
  });

  it('never loses a field changed on one side only', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const { document } = merge(base, ours, theirs);
        for (const field of FIELDS) {
          if (same(theirs[field], base[field])) expect(same(document[field], ours[field])).toBe(true);
          if (same(ours[field], base[field])) expect(same(document[field], theirs[field])).toBe(true);
        }
      }),
    );
  });

  it('records every value that lost to a concurrent change, and only those', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const { document, lost } = merge(base, ours, theirs);
        const conflicting = FIELDS.filter(
          (field) =>
            !same(ours[field], theirs[field]) &&
            !same(ours[field], base[field]) &&
            !same(theirs[field], base[field]),
        );
        expect(lost.map((entry) => entry.field)).toEqual([...conflicting].sort());
        for (const entry of lost) {
          expect(same(entry.kept, document[entry.field])).toBe(true);
          const candidates = [ours[entry.field], theirs[entry.field]];
          expect(candidates.some((candidate) => same(candidate, entry.lost))).toBe(true);
          expect(same(entry.lost, entry.kept)).toBe(false);
        }
      }),
    );
  });

  it('keeps the later write on both-sides conflicts and stamps the later updatedAt', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const { document, lost } = merge(base, ours, theirs);
        const winner = compareVersions(ours, theirs) >= 0 ? ours : theirs;
        for (const entry of lost) expect(same(entry.kept, winner[entry.field])).toBe(true);
        const latest = Math.max(Date.parse(String(ours.updatedAt)), Date.parse(String(theirs.updatedAt)));
        expect(Date.parse(String(document.updatedAt))).toBe(latest);
        expect(document.deviceId).toBe(winner.deviceId);
        expect(document.updatedBy).toBe(winner.updatedBy);
      }),
    );
  });

  it('returns the changed side unchanged when the other side did not move (identity cases)', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        expect(merge(base, ours, base)).toEqual({ document: ours, lost: [] });
        expect(merge(base, base, theirs)).toEqual({ document: theirs, lost: [] });
        expect(merge(base, ours, ours)).toEqual({ document: ours, lost: [] });
        expect(merge(base, base, base)).toEqual({ document: base, lost: [] });
      }),
    );
  });

  it('is stable once merged: pushing the merge over what the server holds changes nothing', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const merged = merge(base, ours, theirs).document;
        expect(merge(theirs, merged, theirs).document).toEqual(merged);
      }),
    );
  });

  it('treats two concurrent inserts of the same id as a conflict on every differing field', () => {
    const door1: MergeableDocument = {
      id: 'attendance-e1-p1',
      present: true,
      checkedInAt: '2026-03-01T09:00:01.000Z',
      updatedAt: '2026-03-01T09:00:01.000Z',
      deviceId: 'door-1',
      updatedBy: 'u1',
      _deleted: false,
    };
    const door2 = {
      ...door1,
      checkedInAt: '2026-03-01T09:00:02.000Z',
      updatedAt: '2026-03-01T09:00:02.000Z',
      deviceId: 'door-2',
    };
    const { document, lost } = mergeDocuments({ base: undefined, ours: door1, theirs: door2 });
    expect(document).toEqual(door2);
    expect(lost).toEqual([{ field: 'checkedInAt', lost: door1.checkedInAt, kept: door2.checkedInAt }]);
  });

  it('breaks exact ties by device id, then by content, the same way on every client', () => {
    const base = { id: 'x', name: 'Ana', updatedAt: at(0), deviceId: 'a', _deleted: false };
    const fromB = { ...base, name: 'Anna', updatedAt: at(1), deviceId: 'b' };
    const fromC = { ...base, name: 'Annie', updatedAt: at(1), deviceId: 'c' };
    expect(mergeDocuments({ base, ours: fromB, theirs: fromC }).document.name).toBe('Annie');
    expect(mergeDocuments({ base, ours: fromC, theirs: fromB }).document.name).toBe('Annie');
    const sameDevice = { ...fromC, name: 'Anne' };
    expect(mergeDocuments({ base, ours: sameDevice, theirs: fromC }).document.name).toBe(
      mergeDocuments({ base, ours: fromC, theirs: sameDevice }).document.name,
    );
  });
});
