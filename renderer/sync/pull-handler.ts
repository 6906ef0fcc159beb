import type { ReplicationPullHandler } from 'rxdb/plugins/core';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { syncRulesFor } from '@shared/sync/collection-rules';
import { checkpointSchema } from '@shared/sync/protocol';
import { completeProjected, isWithdrawn } from '@shared/sync/read-scope';
import type { ReadAccess } from '@shared/sync/read-scope';
import type { Checkpoint } from '@shared/sync/protocol';
import type { PulledPage, SyncApi } from '@renderer/sync/api-client';
import { checkPulledDocument } from '@shared/sync/pulled-document';
import type { PulledDocument } from '@shared/sync/pulled-document';

export interface SkippedDocument {
  collection: string;
  documentId: string;
  issues: string[];
}

export interface PullHandlerDeps {
  /** The server's pull (the engine tracks each request's outcome from when it leaves). */
  api: Pick<SyncApi, 'pull'>;
  spec: CollectionSpec;
  onSkipped: (skipped: SkippedDocument) => void;
  /** What this device reads of the collection (shared/sync/read-scope.ts); all when absent. */
  access?: ReadAccess;
  /** This device's copy of a document, to delete when the server withdraws it; none when absent. */
  local?: (id: string) => Promise<PulledDocument | undefined>;
  /** Each page received: its documents, what the server says follows it, its bytes (issue 19). */
  onPage?: (page: { documents: number; remaining?: number; bytes: number }) => void;
  /**
   * Ask for the page that follows a full one as soon as it has arrived, before its documents are
   * checked (issue 19): the server prepares the next page while this device checks and writes
   * the current one, instead of each waiting for the other. One page at most is asked ahead.
   */
  readAhead?: boolean;
}

/**
 * Pulls by the server's sequence (`checkpoint = { seq }`). A document that fails the collection's
 * schema is left out and reported, never written and never fatal; the checkpoint still moves past
 * it, so one bad document cannot stall the collection. RxDB takes a short page for "no more
 * changes", so a page thinned by skipped documents is topped up from the next one.
 *
 * A door device receives projected documents (need to know): the required fields it may not
 * read are filled with placeholders it never sends back (the server keeps the stored values),
 * and a document withdrawn from it (`{ id, _deleted: true }`: an account that is no longer a
 * door account) deletes its local copy, or is ignored when it has none.
 */
export function createPullHandler(deps: PullHandlerDeps): ReplicationPullHandler<PulledDocument, Checkpoint> {
  const collection = deps.spec.name;
  // The journal's entries come with the device the server saw push them (issue 15).
  const recorded = (syncRulesFor(collection).serverFields ?? []).length > 0;
  // Pages received for a batch whose next page failed, kept for the retry from the same checkpoint.
  let kept: { from: number; seq: number; documents: PulledDocument[] } | undefined;
  // The page asked ahead (`readAhead`), for the request that starts at its sequence.
  let ahead: { seq: number; limit: number; page: Promise<PulledPage> } | undefined;
  const pull = (seq: number, limit: number) => deps.api.pull(collection, seq, limit, { recorded });
  const request = (seq: number, limit: number) => {
    const asked = ahead;
    ahead = undefined;
    // Asked with a smaller limit than wanted now (a page of the same batch had skipped
    // documents), it still serves: the loop below asks for the rest.
    if (asked?.seq === seq && asked.limit <= limit) return { limit: asked.limit, page: asked.page };
    return { limit, page: pull(seq, limit) };
  };
  const readAhead = (seq: number, limit: number) => {
    const page = pull(seq, limit);
    // Its failure is seen by the request that takes it; one never taken is dropped.
    page.catch(() => undefined);
    ahead = { seq, limit, page };
  };
  return async (lastCheckpoint, batchSize) => {
    const start = checkpointSchema.safeParse(lastCheckpoint);
    const from = start.success ? start.data.seq : 0;
    const resumed = kept?.from === from ? kept : undefined;
    kept = undefined;
    let seq = resumed?.seq ?? from;
    const documents: PulledDocument[] = resumed?.documents ?? [];
    while (documents.length < batchSize) {
      const asked = request(seq, batchSize - documents.length);
      let page;
      try {
        page = await asked.page;
      } catch (error) {
        // Over a rural link a batch is several pages: a connection that drops after some of
        // them costs only the page it cut, not those already here (issue 19).
        if (seq > from) kept = { from, seq, documents };
        throw error;
      }
      // A page cut short by the server's byte bound says `more`: not the end of the changes.
      const ended = page.documents.length < asked.limit && !page.more;
      if (deps.readAhead && !ended) {
        // What the next request will want if every document of this page is kept: the rest of
        // this batch, or the next batch whole.
        const count = documents.length + page.documents.length;
        readAhead(page.checkpoint.seq, count < batchSize ? batchSize - count : batchSize);
      }
      for (const raw of page.documents) {
        if (isWithdrawn(raw)) {
          const held = await deps.local?.(String(raw.id));
          if (held) documents.push({ ...held, _deleted: true });
          continue;
        }
        const checked = checkPulledDocument(
          deps.spec,
          deps.access ? completeProjected(deps.access, raw) : raw,
        );
        if (checked.ok) documents.push(checked.document);
        else deps.onSkipped({ collection, documentId: checked.documentId, issues: checked.issues });
      }
      deps.onPage?.({ documents: page.documents.length, remaining: page.remaining, bytes: page.bytes });
      seq = page.checkpoint.seq;
      if (ended) break;
    }
    return { documents, checkpoint: { seq } };
  };
}
