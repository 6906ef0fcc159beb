import type { CollectionSpec } from '@shared/schema/collection-spec';
import { collectionSpecs } from '@shared/schema/collections';
import { upgradeDocument } from '@shared/schema/upgrade';
import { syncRulesFor } from '@shared/sync/collection-rules';
import type { SyncDocument } from '@shared/sync/protocol';
import type { CollectionRules } from '@server/storage/store';

/** The shared rules of a collection (shared/sync/collection-rules.ts), as the stores apply them. */
export function rulesFor(collection: string): CollectionRules {
  const { change, uniqueKey, related, keyMayPass, heldKeys } = syncRulesFor(collection);
  const specs: Readonly<Record<string, CollectionSpec>> = collectionSpecs;
  const spec = Object.hasOwn(specs, collection) ? specs[collection] : undefined;
  return {
    ...(spec && spec.version > 0
      ? { upgrade: (stored) => (upgradeDocument(spec, stored) as SyncDocument | null) ?? stored }
      : {}),
    ...(change ? { mayReplace: (stored, next, read) => change(stored, next, read).allowed } : {}),
    ...(related ? { related } : {}),
    ...(uniqueKey ? { uniqueKey } : {}),
    ...(keyMayPass ? { keyMayPass } : {}),
    ...(heldKeys ? { heldKeys } : {}),
  };
}
