import { syncRulesFor } from '@shared/sync/collection-rules';
import type { CollectionRules } from '@server/storage/store';

/** The shared rules of a collection (shared/sync/collection-rules.ts), as the stores apply them. */
export function rulesFor(collection: string): CollectionRules {
  const { change, uniqueKey } = syncRulesFor(collection);
  return {
    ...(change ? { mayReplace: (stored, next) => change(stored, next).allowed } : {}),
    ...(uniqueKey ? { uniqueKey } : {}),
  };
}
