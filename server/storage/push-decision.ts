import { canonicalJson } from '@shared/json/canonical';
import type { RelatedReader } from '@shared/sync/collection-rules';
import type { SyncDocument } from '@shared/sync/protocol';
import type { CollectionRules, StoredRow } from '@server/storage/store';

/**
 * Compared as canonical JSON: PostgreSQL's jsonb, SQLite's text and the network each keep keys
 * in their own order, and that must not turn an equal document into a conflict.
 */
export function sameDocument(
  a: Readonly<Record<string, unknown>> | null | undefined,
  b: Readonly<Record<string, unknown>> | null | undefined,
): boolean {
  if (!a || !b) return !a && !b;
  return canonicalJson(a) === canonicalJson(b);
}

export type PushDecision = 'write' | 'unchanged' | 'conflict' | 'forbidden';

/**
 * DESIGN.md, Sync: a row is written only if the stored document is the one the client started
 * from (both absent counts as equal); otherwise the stored document goes back as a conflict.
 * A row whose new state is already stored is a retry of a push whose answer was lost: nothing
 * is written and no sequence is spent, so retries are idempotent and do not wake other clients.
 * A row over a document the server does not have is written whatever it assumed (a server
 * restored from an older backup): there is no stored version to lose, and no conflict to send.
 * A row the collection's rules forbid (`mayReplace`) is `forbidden`: not written, and the stored
 * document goes back like a conflict's, so the client's conflict handler restores it. With a
 * `view` (a door device), `row.newDocumentState` is already merged into the stored document and
 * the assumed state is compared with the projection the device was sent.
 */
export function decidePushRow(
  stored: SyncDocument | undefined,
  row: StoredRow,
  rules: CollectionRules = {},
  read: RelatedReader = () => undefined,
): PushDecision {
  if (!stored) return 'write';
  if (sameDocument(stored, row.newDocumentState)) return 'unchanged';
  if (rules.mayReplace && !rules.mayReplace(stored, row.newDocumentState, read)) return 'forbidden';
  // A device that reads part of the document started from what it was shown, not from all of it.
  const seen = rules.view
    ? rules.view.project.bind(rules.view)
    : (document: Readonly<Record<string, unknown>>) => document;
  const shown = seen(stored);
  // A document the device was never shown is never replaced by it: not even by an "insert".
  if (shown === null) return 'conflict';
  const assumed = row.assumedMasterState ? seen(row.assumedMasterState) : row.assumedMasterState;
  if (sameDocument(shown, assumed)) return 'write';
  return 'conflict';
}
