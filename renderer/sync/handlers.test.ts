import { describe, expect, it } from 'vitest';
import type { RxReplicationWriteToMasterRow } from 'rxdb/plugins/core';
import { collectionSpecs } from '@shared/schema/collections';
import type { PullResponse, PushRow } from '@shared/sync/protocol';
import type { SyncApi } from '@renderer/sync/api-client';
import { makeMembership } from '@shared/members/testing';
import { deviceReadAccess, project, withdrawn } from '@shared/sync/read-scope';
import { createPullHandler } from '@renderer/sync/pull-handler';
import type { SkippedDocument } from '@renderer/sync/pull-handler';
import type { PulledDocument } from '@shared/sync/pulled-document';
import { createPushHandler } from '@renderer/sync/push-handler';
import type { RefusedWrite } from '@renderer/sync/push-handler';
import { SyncError } from '@renderer/sync/sync-error';

/** Settings documents: the simplest valid synced documents. */
const setting = (n: number, value: unknown = { n }) => ({
  id: `s-${n}`,
  createdAt: '2026-09-01T08:00:00.000Z',
  updatedAt: '2026-09-01T08:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
  value,
  _deleted: false,
});

/** A fake server of pull pages: documents 1..n in sequence order, document k at seq k. */
function pullingApi(docs: Record<string, unknown>[], calls: [number, number][]): SyncApi {
  return {
    pull: async (_collection: string, seq: number, limit: number): Promise<PullResponse> => {
      calls.push([seq, limit]);
      const page = docs.slice(seq, seq + limit) as PullResponse['documents'];
      return { documents: page, checkpoint: { seq: seq + page.length } };
    },
  } as unknown as SyncApi;
}

describe('pull handler', () => {
  it('validates every document, skips and reports a bad one, and tops up the page', async () => {
    const docs = [setting(1), { ...setting(2), value: 'not a record' }, setting(3), setting(4), setting(5)];
    const calls: [number, number][] = [];
    const skipped: SkippedDocument[] = [];
    const pull = createPullHandler({
      api: pullingApi(docs, calls),
      spec: collectionSpecs.settings,
      onSkipped: (s) => skipped.push(s),
    });
    const first = await pull(undefined, 3);
    expect(first.documents.map((d) => d.id)).toEqual(['s-1', 's-3', 's-4']);
    expect(first.checkpoint).toEqual({ seq: 4 });
    expect(calls).toEqual([
      [0, 3],
      [3, 1],
    ]);
    expect(skipped).toEqual([
      { collection: 'settings', documentId: 's-2', issues: [expect.stringMatching(/^value/)] },
    ]);
    const second = await pull({ seq: 4 }, 3);
    expect(second.documents.map((d) => d.id)).toEqual(['s-5']);
    expect(second.checkpoint).toEqual({ seq: 5 });
  });

  it('keeps the pages of a batch received before a connection dropped, and resumes after them', async () => {
    const docs = [1, 2, 3, 4, 5, 6].map((n) => setting(n));
    const calls: [number, number][] = [];
    let failures = 1;
    // Pages of two documents at most (the byte bound); the third request of the batch fails once.
    const api = {
      pull: async (_collection: string, seq: number, limit: number): Promise<PullResponse> => {
        calls.push([seq, limit]);
        if (seq === 4 && failures-- > 0) throw new SyncError('NETWORK', 'connexion coupée');
        const page = docs.slice(seq, seq + Math.min(limit, 2)) as PullResponse['documents'];
        const more = seq + page.length < docs.length && page.length < limit;
        return { documents: page, checkpoint: { seq: seq + page.length }, ...(more ? { more } : {}) };
      },
    } as unknown as SyncApi;
    const pull = createPullHandler({ api, spec: collectionSpecs.settings, onSkipped: () => undefined });
    await expect(pull(undefined, 6)).rejects.toThrow('connexion coupée');
    // RxDB retries from the same checkpoint: the four documents already here are not asked again.
    const retried = await pull(undefined, 6);
    expect(retried.documents.map((d) => d.id)).toEqual(['s-1', 's-2', 's-3', 's-4', 's-5', 's-6']);
    expect(retried.checkpoint).toEqual({ seq: 6 });
    expect(calls).toEqual([
      [0, 6],
      [2, 4],
      [4, 2],
      [4, 2],
    ]);
    // What was kept serves one retry of that checkpoint only: another checkpoint starts afresh.
    failures = 1;
    await expect(pull(undefined, 6)).rejects.toThrow();
    expect((await pull({ seq: 2 }, 6)).documents.map((d) => d.id)).toEqual(['s-3', 's-4', 's-5', 's-6']);
    expect(calls.slice(7)).toEqual([
      [2, 6],
      [4, 4],
    ]);
  });

  it('asks for the next page when the server cut one at its byte bound', async () => {
    const docs = [setting(1), setting(2), setting(3), setting(4)];
    const calls: [number, number][] = [];
    // A server whose pages hold two documents at most, whatever the limit: it says `more`.
    const api = {
      pull: async (_collection: string, seq: number, limit: number): Promise<PullResponse> => {
        calls.push([seq, limit]);
        const page = docs.slice(seq, seq + Math.min(limit, 2)) as PullResponse['documents'];
        const more = seq + page.length < docs.length && page.length < limit;
        return { documents: page, checkpoint: { seq: seq + page.length }, ...(more ? { more } : {}) };
      },
    } as unknown as SyncApi;
    const pull = createPullHandler({ api, spec: collectionSpecs.settings, onSkipped: () => undefined });
    const page = await pull(undefined, 3);
    expect(page.documents.map((d) => d.id)).toEqual(['s-1', 's-2', 's-3']);
    expect(calls).toEqual([
      [0, 3],
      [2, 1],
    ]);
  });

  it('with read-ahead, asks for the page after a full one before checking it, and asks nothing twice', async () => {
    const docs = [1, 2, 3, 4, 5].map((n) => setting(n));
    const calls: [number, number][] = [];
    const requestedWhenChecked: number[] = [];
    const pull = createPullHandler({
      api: pullingApi(docs, calls),
      spec: collectionSpecs.settings,
      onSkipped: () => undefined,
      readAhead: true,
      // Called once a page's documents are checked: the next page has already been asked for.
      onPage: () => requestedWhenChecked.push(calls.length),
    });
    const first = await pull(undefined, 2);
    expect(first.documents.map((d) => d.id)).toEqual(['s-1', 's-2']);
    expect(requestedWhenChecked).toEqual([2]);
    expect(calls).toEqual([
      [0, 2],
      [2, 2],
    ]);
    // RxDB's next request, from the checkpoint of the first: the page asked ahead serves it.
    const second = await pull(first.checkpoint, 2);
    expect(second.documents.map((d) => d.id)).toEqual(['s-3', 's-4']);
    const third = await pull(second.checkpoint, 2);
    expect(third.documents.map((d) => d.id)).toEqual(['s-5']);
    // A short page ends the changes: nothing is asked after it, and no page was asked twice.
    expect(calls).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
    ]);
  });

  it('with read-ahead, drops a page asked ahead of another checkpoint, and fails the request that takes a failed one', async () => {
    const docs = [1, 2, 3, 4, 5, 6].map((n) => setting(n));
    const calls: [number, number][] = [];
    let failAt: number | undefined;
    const api = {
      pull: async (_collection: string, seq: number, limit: number): Promise<PullResponse> => {
        calls.push([seq, limit]);
        if (seq === failAt) throw new SyncError('NETWORK', 'connexion coupée');
        const page = docs.slice(seq, seq + limit) as PullResponse['documents'];
        return { documents: page, checkpoint: { seq: seq + page.length } };
      },
    } as unknown as SyncApi;
    const pull = createPullHandler({
      api,
      spec: collectionSpecs.settings,
      onSkipped: () => undefined,
      readAhead: true,
    });
    await pull(undefined, 2);
    // A pass from another checkpoint (a RESYNC from the start): the page read ahead from 2 is not it.
    expect((await pull(undefined, 2)).documents.map((d) => d.id)).toEqual(['s-1', 's-2']);
    expect(calls).toEqual([
      [0, 2],
      [2, 2],
      [0, 2],
      [2, 2],
    ]);
    // The page asked ahead fails (nothing unhandled meanwhile): the request that takes it fails
    // as a request of its own would, and RxDB's retry asks again.
    failAt = 4;
    await pull({ seq: 2 }, 2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(pull({ seq: 4 }, 2)).rejects.toThrow('connexion coupée');
    failAt = undefined;
    expect((await pull({ seq: 4 }, 2)).documents.map((d) => d.id)).toEqual(['s-5', 's-6']);
    expect(calls.slice(4)).toEqual([
      [4, 2],
      [4, 2],
      [6, 2],
    ]);
  });

  it('starts from zero on a checkpoint it does not recognise', async () => {
    const calls: [number, number][] = [];
    const pull = createPullHandler({
      api: pullingApi([], calls),
      spec: collectionSpecs.settings,
      onSkipped: () => undefined,
    });
    expect(await pull({ nonsense: true } as never, 10)).toEqual({ documents: [], checkpoint: { seq: 0 } });
    expect(calls).toEqual([[0, 10]]);
  });

  it('on a door device, completes projected documents and deletes the local copy of withdrawn ones', async () => {
    const membership = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1', amount: 4500 });
    const access = deviceReadAccess('door', 'memberships');
    const projected = project(access, { ...membership, _deleted: false }) as Record<string, unknown>;
    const skipped: SkippedDocument[] = [];
    const held = { ...makeMembership({ id: 'm2', holderId: 'p2', seasonId: 's1' }), _deleted: false };
    const pull = createPullHandler({
      api: pullingApi([projected, withdrawn('m2'), withdrawn('m3')], []),
      spec: collectionSpecs.memberships,
      onSkipped: (s) => skipped.push(s),
      access,
      local: async (id) => (id === 'm2' ? held : undefined),
    });
    const { documents } = await pull(undefined, 10);
    expect(skipped).toEqual([]);
    expect(documents).toEqual([
      { ...membership, amount: 0, paymentMethod: 'especes', receivedBy: '-', _deleted: false },
      { ...held, _deleted: true },
    ]);
  });
});

type Row = RxReplicationWriteToMasterRow<PulledDocument>;
const row = (n: number): Row => ({ newDocumentState: setting(n) as Row['newDocumentState'] });

describe('push handler', () => {
  it('sends the rows and returns the conflicts', async () => {
    const sent: PushRow[][] = [];
    const api = {
      push: async (_c: string, rows: PushRow[]) => (sent.push(rows), [setting(9)]),
    } as unknown as SyncApi;
    const push = createPushHandler({ api, collection: 'settings', onRefused: () => undefined });
    expect(await push([row(1), row(2)])).toEqual([setting(9)]);
    expect(sent).toHaveLength(1);
  });

  it('asks for the recorded device in the journal’s conflict answers, as its pulls do', async () => {
    const asked: [string, unknown][] = [];
    const api = {
      push: async (collection: string, _rows: PushRow[], options: unknown) => (
        asked.push([collection, options]),
        []
      ),
    } as unknown as SyncApi;
    for (const collection of ['audit', 'settings']) {
      await createPushHandler({ api, collection, onRefused: () => undefined })([row(1)]);
    }
    expect(asked).toEqual([
      ['audit', { recorded: true }],
      ['settings', { recorded: false }],
    ]);
  });

  it('drops the rows a 422 names, reports them, and sends the rest', async () => {
    const sent: string[][] = [];
    const api = {
      push: async (_c: string, rows: PushRow[]) => {
        sent.push(rows.map((r) => String(r.newDocumentState.id)));
        if (rows.some((r) => r.newDocumentState.id === 's-2')) {
          const index = rows.findIndex((r) => r.newDocumentState.id === 's-2');
          throw new SyncError('INVALID_DOCUMENT', 'Documents refusés', 422, [
            { row: index, documentId: 's-2', path: 'value', message: 'errors.common.invalid' },
          ]);
        }
        return [];
      },
    } as unknown as SyncApi;
    const refused: RefusedWrite[] = [];
    const push = createPushHandler({ api, collection: 'settings', onRefused: (r) => refused.push(r) });
    expect(await push([row(1), row(2), row(3)])).toEqual([]);
    expect(sent).toEqual([
      ['s-1', 's-2', 's-3'],
      ['s-1', 's-3'],
    ]);
    expect(refused).toEqual([
      expect.objectContaining({
        documentId: 's-2',
        code: 'INVALID_DOCUMENT',
        issues: ['value: errors.common.invalid'],
      }),
    ]);
  });

  it('finds the rows a 403 refuses by halving the batch, so the others still leave', async () => {
    const written: string[] = [];
    const api = {
      push: async (_c: string, rows: PushRow[]) => {
        if (rows.some((r) => r.newDocumentState.id === 's-3'))
          throw new SyncError('SCOPE_FORBIDDEN', 'Interdit', 403);
        written.push(...rows.map((r) => String(r.newDocumentState.id)));
        return [];
      },
    } as unknown as SyncApi;
    const refused: RefusedWrite[] = [];
    const push = createPushHandler({ api, collection: 'settings', onRefused: (r) => refused.push(r) });
    await push([1, 2, 3, 4, 5].map(row));
    expect(written.sort()).toEqual(['s-1', 's-2', 's-4', 's-5']);
    expect(refused.map((r) => [r.documentId, r.code])).toEqual([['s-3', 'SCOPE_FORBIDDEN']]);
  });

  it('lets network errors through, for RxDB to retry the same rows later', async () => {
    const api = {
      push: async () => {
        throw new SyncError('NETWORK', 'fetch failed');
      },
    } as unknown as SyncApi;
    const push = createPushHandler({ api, collection: 'settings', onRefused: () => undefined });
    await expect(push([row(1)])).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
