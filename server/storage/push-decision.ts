import { canonicalJson } from '@shared/json/canonical';
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
 * document goes back like a conflict's, so the client's conflict handler restores it.
 */
export function decidePushRow(
  stored: SyncDocument | undefined,
  row: StoredRow,
  rules: CollectionRules = {},
): PushDecision {
  if (!stored) return 'write';
  if (sameDocument(stored, row.newDocumentState)) return 'unchanged';
  if (rules.mayReplace && !rules.mayReplace(stored, row.newDocumentState)) return 'forbidden';
  if (sameDocument(stored, row.assumedMasterState)) return 'write';
  return 'conflict';
}
