import type { CollectionSpec } from '@shared/schema/collection-spec';
import { collectionSpecs } from '@shared/schema/collections';
import { SCHEMA_VERSION_HEADER } from '@shared/sync/protocol';

/**
 * The `x-tilleul-schema` header of a pull or push: the version of `collection` this app holds
 * (none for a collection `specs` does not know).
 */
export function schemaHeader(
  collection: string,
  specs: Readonly<Record<string, CollectionSpec>> = collectionSpecs,
): Record<string, string> {
  const spec = Object.hasOwn(specs, collection) ? specs[collection] : undefined;
  return spec ? { [SCHEMA_VERSION_HEADER]: String(spec.version) } : {};
}
