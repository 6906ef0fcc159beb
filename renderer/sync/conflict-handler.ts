import type { RxConflictHandler, WithDeleted } from 'rxdb/plugins/core';
import { canonicalJson } from '@shared/json/canonical';
import { resolveReceiptConflict } from '@shared/receipts/receipt-rules';
import { mergeDocuments } from '@shared/sync/merge';
import type { LostValue, MergeResult } from '@shared/sync/merge';

export interface MergedConflict {
  collection: string;
  documentId: string;
  lost: LostValue[];
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

const WHO_WROTE = new Set(['updatedAt', 'updatedBy', 'deviceId']);

/**
 * Receipts are not merged field by field: a merged receipt could be one the server refuses
 * (an issued receipt edited), and it would then come back as a conflict forever. The rule of
 * shared/receipts decides which whole version stands; what this device had and lost is logged.
 */
function resolveReceipt(ours: Plain, theirs: Plain): MergeResult<Plain> {
  const document = resolveReceiptConflict(ours, theirs);
  if (document === ours) return { document, lost: [] };
  const fields = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  const lost: LostValue[] = [...fields]
    .filter((field) => !WHO_WROTE.has(field) && canonicalJson(ours[field]) !== canonicalJson(theirs[field]))
    .sort()
    .map((field) => ({ field, lost: ours[field], kept: theirs[field] }));
  return { document, lost };
}

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
  return {
    isEqual: (a, b) =>
      sameReplicatedState(a as Readonly<Record<string, unknown>>, b as Readonly<Record<string, unknown>>),
    resolve: async (input) => {
      const ours = replicated(input.newDocumentState as Plain);
      const theirs = replicated(input.realMasterState as Plain);
      const { document, lost } =
        collection === 'receipts'
          ? resolveReceipt(ours, theirs)
          : mergeDocuments({
              base: input.assumedMasterState ? replicated(input.assumedMasterState as Plain) : undefined,
              ours,
              theirs,
            });
      if (lost.length > 0) {
        try {
          await onMerged({ collection, documentId: String(document.id), lost });
        } catch (error) {
          onAuditFailure(error);
        }
      }
      return document as WithDeleted<T>;
    },
  };
}
