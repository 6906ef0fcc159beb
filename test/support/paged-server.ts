import type { ReplicationPullHandler } from 'rxdb/plugins/core';
import type { Checkpoint } from '@shared/sync/protocol';

/**
 * A server of documents `d1`, `d2`… numbered by their sequence, served by pages to a real RxDB
 * replication: `total` of them (a function when the test adds some on the way), each answer
 * after `answerAfterMs` (a server across the network). `calls` counts the pages asked for.
 */
export function pages(
  total: number | (() => number),
  answerAfterMs = 0,
): ReplicationPullHandler<{ id: string }, Checkpoint> & { calls: number } {
  const handler = Object.assign(
    async (last: Checkpoint | undefined, batchSize: number) => {
      handler.calls += 1;
      if (answerAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, answerAfterMs));
      const from = last?.seq ?? 0;
      const to = Math.min(typeof total === 'function' ? total() : total, from + batchSize);
      const documents = Array.from({ length: to - from }, (_, i) => ({
        id: `d${from + i + 1}`,
        _deleted: false,
      }));
      return { documents, checkpoint: { seq: to } };
    },
    { calls: 0 },
  );
  return handler;
}
