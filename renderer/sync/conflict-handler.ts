import type { RxConflictHandler, WithDeleted } from 'rxdb/plugins/core';
import { canonicalJson } from '@shared/json/canonical';
import { syncRulesFor } from '@shared/sync/collection-rules';
import { mergeDocuments, winnerOf } from '@shared/sync/merge';
import type { LostValue } from '@shared/sync/merge';

export interface MergedConflict {
  collection: string;
  documentId: string;
  lost: LostValue[];
  /** The later version, whose values won, and the other one: who wrote each, when, where. */
  winner: Readonly<Record<string, unknown>>;
  loser: Readonly<Record<string, unknown>>;
  /** False where a whole version stands (receipts): nothing to put back field by field. */
  fieldByField: boolean;
}

/** RxDB's own bookkeeping: it never travels, so it takes no part in comparing or merging. */
const LOCAL_FIELDS = new Set(['_meta', '_rev', '_attachments']);

function replicated(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !LOCAL_FIELDS.has(key)));
}

/** Equal as the server compares them (server/storage/push-decision.ts): key order does not count. */
export function sameReplicatedState(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  return canonicalJson(replicated(a)) === canonicalJson(replicated(b));
}

type Plain = Record<string, unknown>;

/**
 * DESIGN.md, Sync: a conflict reported by a push is resolved by the three-way field-level merge
 * of shared/sync/merge.ts (base = what this device thought the server had, ours = its new
 * version, theirs = what the server has). Values that lost to a concurrent change of the same
 * field are handed to `onMerged` for the audit log; a failure there must not block the merge,
 * which would leave the document unsynced, so it is swallowed after being reported.
 */
export function createConflictHandler<T>(
  collection: string,
  onMerged: (merged: MergedConflict) => Promise<void>,
  onAuditFailure: (error: unknown) => void = () => undefined,
): RxConflictHandler<T> {
  // Receipts: a whole version stands rather than a merge (shared/sync/collection-rules.ts).
  const { resolveConflict } = syncRulesFor(collection);
  return {
    isEqual: (a, b) =>
      sameReplicatedState(a as Readonly<Record<string, unknown>>, b as Readonly<Record<string, unknown>>),
    resolve: async (input) => {
      const ours = replicated(input.newDocumentState as Plain);
      const theirs = replicated(input.realMasterState as Plain);
      const base = input.assumedMasterState ? replicated(input.assumedMasterState as Plain) : undefined;
      // A collection's own rule may decline (null: the person is not erased): the usual merge then.
      const own = resolveConflict?.(ours, theirs, base) ?? null;
      const { document, lost } = own ?? mergeDocuments({ base, ours, theirs });
      if (lost.length > 0) {
        try {
          const { winner, loser } = own
            ? document === ours
              ? { winner: ours, loser: theirs }
              : { winner: theirs, loser: ours }
            : winnerOf(ours, theirs);
          await onMerged({
            collection,
            documentId: String(document.id),
            lost,
            winner,
            loser,
            fieldByField: !own,
          });
        } catch (error) {
          onAuditFailure(error);
        }
      }
      return document as WithDeleted<T>;
    },
  };
}
