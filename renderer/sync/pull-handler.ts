import type { ReplicationPullHandler } from 'rxdb/plugins/core';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { checkpointSchema } from '@shared/sync/protocol';
import type { Checkpoint } from '@shared/sync/protocol';
import type { SyncApi } from '@renderer/sync/api-client';
import { checkPulledDocument } from '@renderer/sync/pulled-document';
import type { PulledDocument } from '@renderer/sync/pulled-document';

export interface SkippedDocument {
  collection: string;
  documentId: string;
  issues: string[];
}

export interface PullHandlerDeps {
  api: SyncApi;
  spec: CollectionSpec;
  onSkipped: (skipped: SkippedDocument) => void;
}

/**
 * Pulls by the server's sequence (`checkpoint = { seq }`). A document that fails the collection's
 * schema is left out and reported, never written and never fatal; the checkpoint still moves past
 * it, so one bad document cannot stall the collection. RxDB takes a short page for "no more
 * changes", so a page thinned by skipped documents is topped up from the next one.
 */
export function createPullHandler(deps: PullHandlerDeps): ReplicationPullHandler<PulledDocument, Checkpoint> {
  const collection = deps.spec.name;
  return async (lastCheckpoint, batchSize) => {
    const start = checkpointSchema.safeParse(lastCheckpoint);
    let seq = start.success ? start.data.seq : 0;
    const documents: PulledDocument[] = [];
    for (;;) {
      const wanted = batchSize - documents.length;
      const page = await deps.api.pull(collection, seq, wanted);
      for (const raw of page.documents) {
        const checked = checkPulledDocument(deps.spec, raw);
        if (checked.ok) documents.push(checked.document);
        else deps.onSkipped({ collection, documentId: checked.documentId, issues: checked.issues });
      }
      seq = page.checkpoint.seq;
      if (page.documents.length < wanted || documents.length >= batchSize) break;
    }
    return { documents, checkpoint: { seq } };
  };
}
