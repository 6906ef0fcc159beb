import { receiptChange } from '@shared/receipts/receipt-rules';
import type { CollectionRules } from '@server/storage/store';

/**
 * What the server enforces beyond the shared schemas (DESIGN.md, Sync): an issued receipt
 * changes only to be cancelled, and a receipt number is used once per association — the
 * number of a cancelled receipt included, since it stays in the register.
 */
export const COLLECTION_RULES: Readonly<Record<string, CollectionRules>> = {
  receipts: {
    mayReplace: (stored, next) => receiptChange(stored, next).allowed,
    uniqueKey: (document) => (typeof document.number === 'string' ? document.number : null),
  },
};

export function rulesFor(collection: string): CollectionRules {
  return Object.hasOwn(COLLECTION_RULES, collection) ? (COLLECTION_RULES[collection] ?? {}) : {};
}
