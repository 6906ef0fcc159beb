import type { ReplicationPullHandler } from 'rxdb/plugins/core';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { checkpointSchema } from '@shared/sync/protocol';
import type { Checkpoint } from '@shared/sync/protocol';

/**
 * RxDB's replication asks for the next page as soon as the previous one has arrived, without
 * waiting for it to be written: on a first sync it pulls far ahead of what IndexedDB can take
 * and merges the backlog into one huge write (180,000 attendance records in one transaction,
 * all of them held in memory meanwhile — too much for a phone). Paced, the handler waits before
 * asking for more while `maxAhead` documents it returned are not yet written, which RxDB shows
 * by storing the checkpoint that follows them.
 */
export interface PullPacing {
  /** Documents returned and not yet written, beyond which the next page waits. */
  maxAhead: number;
  /** The checkpoint RxDB has stored after writing what came before it (undefined: none yet). */
  writtenCheckpoint: () => unknown;
  /** The replication has been stopped: nothing will be written any more, so never wait. */
  stopped: () => boolean;
  /**
   * Never wait longer than this for one page: if RxDB stops storing checkpoints (a failed
   * write), the pull goes on unpaced, as without pacing, instead of stalling for good.
   */
  maxWaitMs: number;
  /** How often the stored checkpoint is looked at while waiting. */
  pollMs?: number;
}

/**
 * The checkpoint RxDB stored after writing the pulled documents before it. RxDB has no public
 * way to tell it: this reads an internal of its replication (`lastCheckpointDoc.down`), which
 * pull-pacing.test.ts pins against the installed RxDB, so that an upgrade renaming it fails
 * there instead of silently leaving the pull unpaced.
 */
export function writtenCheckpointOf<Doc>(replication: RxReplicationState<Doc, Checkpoint>): unknown {
  return replication.internalReplicationState?.lastCheckpointDoc.down?.checkpointData;
}

/** The start of the context RxDB gives the writes of pulled documents (its `downstreamBulkWriteFlag`). */
const PULLED_WRITE_CONTEXT = 'replication-downstream-';

/**
 * Whether a bulk write of a collection is documents pulled from the server, told synchronously
 * from the bulk's context. RxDB's own flag (`internalReplicationState.downstreamBulkWriteFlag`) is
 * a promise of that string, inside an internal, known only once the replication has started;
 * the prefix is the same test with no wait, and pull-pacing.test.ts pins it to the flag of a real
 * replication, so that an RxDB upgrade changing it fails there.
 */
export function isPulledWrite(context: string): boolean {
  return context.startsWith(PULLED_WRITE_CONTEXT);
}

function seqOf(checkpoint: unknown): number {
  const parsed = checkpointSchema.safeParse(checkpoint);
  return parsed.success ? parsed.data.seq : 0;
}

export function pacePulls<Doc>(
  handler: ReplicationPullHandler<Doc, Checkpoint>,
  pacing: PullPacing,
): ReplicationPullHandler<Doc, Checkpoint> {
  // The pages returned and not yet known to be written: the checkpoint after each, its size.
  let inFlight: { seq: number; count: number }[] = [];
  const ahead = () => {
    const written = seqOf(pacing.writtenCheckpoint());
    inFlight = inFlight.filter((page) => page.seq > written);
    return inFlight.reduce((sum, page) => sum + page.count, 0);
  };
  const pollMs = pacing.pollMs ?? 20;
  return async (lastCheckpoint, batchSize) => {
    const deadline = Date.now() + pacing.maxWaitMs;
    while (ahead() >= pacing.maxAhead && !pacing.stopped() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    const page = await handler(lastCheckpoint, batchSize);
    if (page.documents.length > 0)
      inFlight.push({ seq: seqOf(page.checkpoint), count: page.documents.length });
    return page;
  };
}
