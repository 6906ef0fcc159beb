import type { CollectionSpec } from '@shared/schema/collection-spec';

type Plain = Readonly<Record<string, unknown>>;

/**
 * A document as an older version of its collection wrote it, brought to the current version by
 * the collection's own migrations — the ones RxDB runs on a device's database when the app is
 * updated. The server keeps what older apps pushed as they pushed it: a device pulling it, and
 * the server comparing a push with it, read it through here, so that both see the same document.
 *
 * The stored version is not recorded, so the migrations are tried from the latest earlier
 * version back to 0, and the first whose result the current schema accepts is taken (zod's
 * output, defaults filled in, as a pulled document enters the local database). `null` for a
 * document the current schema accepts as it is (nothing to migrate), or that no chain makes valid.
 * `_deleted`, if present, is kept.
 */
export function upgradeDocument(spec: CollectionSpec, document: Plain): Record<string, unknown> | null {
  if (spec.version === 0) return null;
  const { _deleted: _ignored, ...fields } = document;
  if (spec.schema.safeParse(fields).success) return null;
  return migrateDocument(spec, document);
}

/**
 * `upgradeDocument` for a document already known not to fit the current schema: the migrations
 * alone, without checking it as it is first (a pulled document is checked once, not twice: zod
 * allocates about 16 KB to check one person, and a first sync checks 50,000 — issue 19).
 */
export function migrateDocument(spec: CollectionSpec, document: Plain): Record<string, unknown> | null {
  const { _deleted: deleted, ...fields } = document;
  const keep = deleted === undefined ? {} : { _deleted: deleted };
  for (let from = spec.version - 1; from >= 0; from -= 1) {
    let candidate: Record<string, unknown> = { ...fields };
    try {
      for (let version = from + 1; version <= spec.version; version += 1) {
        const migrate = spec.migrations?.[version];
        if (!migrate) throw new Error(`no migration to ${version}`);
        candidate = migrate(structuredClone(candidate));
      }
    } catch {
      continue;
    }
    const parsed = spec.schema.safeParse(candidate);
    if (parsed.success) return { ...parsed.data, ...keep };
  }
  return null;
}
