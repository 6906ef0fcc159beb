import { syncRulesFor } from '@shared/sync/collection-rules';
import type { CollectionRules } from '@server/storage/store';

/** The shared rules of a collection (shared/sync/collection-rules.ts), as the stores apply them. */
export function rulesFor(collection: string): CollectionRules {
  const { change, uniqueKey, related, keyMayPass, heldKeys } = syncRulesFor(collection);
  return {
    ...(change ? { mayReplace: (stored, next, read) => change(stored, next, read).allowed } : {}),
    ...(related ? { related } : {}),
    ...(uniqueKey ? { uniqueKey } : {}),
    ...(keyMayPass ? { keyMayPass } : {}),
    ...(heldKeys ? { heldKeys } : {}),
  };
}
