import { describe, expect, it } from 'vitest';
import { pullResponseSchema, pushResponseSchema } from '@shared/sync/protocol';
import type { EnrolResponse, PullResponse, SyncDocument } from '@shared/sync/protocol';
import type { Backend } from '@server/test-support/backend';
import { liveServer } from '@server/test-support/live-server';
import { openEventStream } from '@server/test-support/event-stream';
import { call, createOrganisation, enrol, settingsDoc } from '@server/test-support/fixtures';

const PREFIX = '/api/v1';

/**
 * Issue 19: the server never sends a device the deletion of a document deleted before that
 * device enrolled (it cannot hold it): not by pull, not by the event stream, not in a conflict
 * answer. The devices that may hold it — the one that deleted it, any enrolled while it
 * existed — receive the deletion.
 */
export function describeDeletions(backend: Backend): void {
  describe(`deletions a device never needs (${backend.name})`, () => {
    const live = liveServer(backend);

    const push = async (device: EnrolResponse, rows: unknown[]): Promise<SyncDocument[]> => {
      const reply = await call(live.base, 'POST', `${PREFIX}/sync/settings/push`, {
        token: device.token,
        body: rows,
      });
      expect(reply.status).toBe(200);
      return pushResponseSchema.parse(reply.body);
    };
    const pull = async (device: EnrolResponse, seq: number, limit = 100): Promise<PullResponse> => {
      const reply = await call(live.base, 'GET', `${PREFIX}/sync/settings/pull?seq=${seq}&limit=${limit}`, {
        token: device.token,
      });
      expect(reply.status).toBe(200);
      return pullResponseSchema.parse(reply.body);
    };
    /** Everything a device receives from `seq` on, page by page: each id with its deletion flag. */
    const pullAll = async (device: EnrolResponse, seq = 0, limit = 100) => {
      const received: [string, boolean][] = [];
      let checkpoint = seq;
      for (;;) {
        const page = await pull(device, checkpoint, limit);
        received.push(...page.documents.map((doc): [string, boolean] => [doc.id, doc._deleted]));
        checkpoint = page.checkpoint.seq;
        if (page.documents.length < limit && !page.more) return { received, checkpoint };
      }
    };
    const create = (id: string) => ({ newDocumentState: settingsDoc(id, { n: id }) });
    const remove = (stored: SyncDocument) => ({
      assumedMasterState: stored,
      newDocumentState: { ...stored, _deleted: true },
    });

    /**
     * On device A: `gone` created and deleted before C enrols; `later` created before C enrols
     * and deleted after; `kept` stays. B enrols after both deletions.
     */
    async function story() {
      const org = await createOrganisation(live.store);
      const a = await enrol(live.base, live.store, org);
      const docs = ['gone', 'later', 'kept'].map((id) => create(id));
      expect(await push(a, docs)).toEqual([]);
      const [gone, later, kept] = (await pull(a, 0)).documents;
      if (!gone || !later || !kept) throw new Error('the three documents were not stored');
      expect(await push(a, [remove(gone)])).toEqual([]);
      const c = await enrol(live.base, live.store, org);
      expect(await push(a, [remove(later)])).toEqual([]);
      const b = await enrol(live.base, live.store, org);
      return { org, a, b, c, gone, later, kept };
    }

    it('sends B, enrolled after both deletions, none of them; A and C receive what they may hold', async () => {
      const { a, b, c, gone, later, kept } = await story();
      expect((await pullAll(a)).received).toEqual([
        [kept.id, false],
        [gone.id, true],
        [later.id, true],
      ]);
      // C was enrolled while `later` existed (it may have pulled it), not while `gone` did.
      expect((await pullAll(c)).received).toEqual([
        [kept.id, false],
        [later.id, true],
      ]);
      const first = await pullAll(b);
      expect(first.received).toEqual([[kept.id, false]]);
      // Page by page too (one document a page): the tombstones are never a page of their own.
      expect((await pullAll(b, 0, 1)).received).toEqual([[kept.id, false]]);
      // The checkpoint passes the tombstones it left out: the next pull does not scan them again.
      const head = (await pull(a, 0)).checkpoint.seq;
      expect(first.checkpoint).toBe(head);
      expect(await pull(b, first.checkpoint)).toEqual({
        documents: [],
        checkpoint: { seq: head },
        remaining: 0,
      });
    });

    it('counts what remains after a page as each device will receive it: no deletion it never held', async () => {
      const { a, b, c, kept } = await story();
      for (const [device, remaining] of [
        [a, 2],
        [c, 1],
        [b, 0],
      ] as const) {
        const page = await pull(device, 0, 1);
        expect(page.documents.map((doc) => doc.id)).toEqual([kept.id]);
        expect(page.remaining).toBe(remaining);
        expect((await pullAll(device, page.checkpoint.seq)).received).toHaveLength(remaining);
      }
    });

    it('says nothing of them on B’s event stream, and B’s next pull brings only what changed since', async () => {
      const { a, b, kept } = await story();
      const stream = await openEventStream(`${live.base}${PREFIX}/sync/stream`, b.token);
      try {
        expect(await stream.next()).toEqual({ type: 'RESYNC' });
        const { checkpoint } = await pullAll(b);
        const edited = { ...kept, value: { n: 'edited' }, updatedAt: '2026-10-01T08:00:00.000Z' };
        expect(await push(a, [{ assumedMasterState: kept, newDocumentState: edited }])).toEqual([]);
        // The one notice B gets is of the edit, after its checkpoint.
        const notice = await stream.next();
        expect(notice).toMatchObject({ type: 'change', collection: 'settings' });
        expect(notice.type === 'change' && notice.seq).toBeGreaterThan(checkpoint);
        expect((await pullAll(b, checkpoint)).received).toEqual([[kept.id, false]]);
        await expect(stream.next(300)).rejects.toThrow(/no event/);
      } finally {
        stream.close();
      }
    });

    it('answers B’s pushes with no deletion it never held; a copy it pushes of one (a restored backup) meets it', async () => {
      const { b, gone, kept } = await story();
      // A stale edit of `kept` meets the stored `kept`, and nothing else comes back.
      const stale = { ...kept, value: { n: 'stale' }, updatedAt: '2026-10-02T08:00:00.000Z' };
      const answer = await push(b, [
        { assumedMasterState: { ...kept, value: { n: 'older' } }, newDocumentState: stale },
        create('new'),
      ]);
      expect(answer).toEqual([kept]);
      // A device that pushes its own copy of `gone` holds it: it must learn of the deletion.
      const restored = { ...gone, _deleted: false, value: { n: 'restored' } };
      expect(await push(b, [{ newDocumentState: restored }])).toEqual([{ ...gone, _deleted: true }]);
    });
  });
}
