/**
 * The column types the two databases spell differently; the steps are otherwise the same.
 * Every shipped step is built from these: changing one edits shipped steps, so never do.
 */
export interface ColumnTypes {
  text: string;
  time: string;
  seq: string;
  count: string;
  json: string;
  /** Appended to tables read only by their primary key (SQLite: no hidden rowid to maintain). */
  keyedTable: string;
  /** SQL for the size in bytes of a document's `data`, as JSON text (PostgreSQL: jsonb's text). */
  dataBytes: string;
  /** A top-level text field of a stored document's JSON, as SQL text. */
  jsonText(column: string, field: string): string;
  /** True when a top-level field of a stored document's JSON is the JSON `true`. */
  jsonTrue(column: string, field: string): string;
}

/** `migrations(types)[n]` brings the database to schema version n + 1. Never edit a shipped step: add one. */
export function migrations(t: ColumnTypes): string[] {
  return [
    `
  CREATE TABLE organisations (
    id ${t.text} PRIMARY KEY,
    name ${t.text} NOT NULL,
    created_at ${t.time} NOT NULL,
    seq ${t.seq} NOT NULL DEFAULT 0,
    series_count ${t.count} NOT NULL DEFAULT 0
  );
  CREATE TABLE devices (
    id ${t.text} PRIMARY KEY,
    org_id ${t.text} NOT NULL REFERENCES organisations(id),
    name ${t.text} NOT NULL,
    scope ${t.text} NOT NULL CHECK (scope IN ('office', 'door')),
    series ${t.text} NOT NULL,
    token_hash ${t.text} NOT NULL UNIQUE,
    created_at ${t.time} NOT NULL,
    revoked_at ${t.time},
    UNIQUE (org_id, series)
  );
  CREATE TABLE enrolment_codes (
    code_hash ${t.text} PRIMARY KEY,
    org_id ${t.text} NOT NULL REFERENCES organisations(id),
    scope ${t.text} NOT NULL CHECK (scope IN ('office', 'door')),
    name ${t.text},
    created_at ${t.time} NOT NULL,
    expires_at ${t.time} NOT NULL,
    used_at ${t.time},
    device_id ${t.text}
  );
  CREATE TABLE documents (
    org_id ${t.text} NOT NULL REFERENCES organisations(id),
    collection ${t.text} NOT NULL,
    id ${t.text} NOT NULL,
    seq ${t.seq} NOT NULL,
    data ${t.json} NOT NULL,
    PRIMARY KEY (org_id, collection, id)
  )${t.keyedTable};
  CREATE UNIQUE INDEX documents_by_seq ON documents (org_id, collection, seq);
  `,
    `
  CREATE TABLE unique_keys (
    org_id ${t.text} NOT NULL REFERENCES organisations(id),
    collection ${t.text} NOT NULL,
    key ${t.text} NOT NULL,
    doc_id ${t.text} NOT NULL,
    PRIMARY KEY (org_id, collection, key)
  )${t.keyedTable};
  `,
    // Authorship: the enrolled device that pushed each revision, as the server saw it (the
    // documents’ own `deviceId` is what the client says). NULL for revisions written before.
    `
  ALTER TABLE documents ADD COLUMN pushed_by ${t.text};
  CREATE TABLE revisions (
    org_id ${t.text} NOT NULL REFERENCES organisations(id),
    seq ${t.seq} NOT NULL,
    collection ${t.text} NOT NULL,
    doc_id ${t.text} NOT NULL,
    device_id ${t.text} NOT NULL,
    PRIMARY KEY (org_id, seq)
  )${t.keyedTable};
  `,
    // What each association stores, kept up to date by every push, for its quota
    // (`StoreLimits.associationBytes`); counted once here for the documents already stored.
    `
  ALTER TABLE organisations ADD COLUMN bytes ${t.seq} NOT NULL DEFAULT 0;
  UPDATE organisations SET bytes = COALESCE(
    (SELECT SUM(${t.dataBytes}) FROM documents WHERE documents.org_id = organisations.id), 0);
  `,
    memberNumberKeys(t),
    // What each device added to its association's storage, net (`StoreLimits.deviceBytes`),
    // kept by every push; counted once here.
    `ALTER TABLE devices ADD COLUMN bytes ${t.seq} NOT NULL DEFAULT 0;\n${deviceBytesCount(t)}`,
    // Issue 19: a device never receives the deletion of a document deleted before it enrolled
    // (it cannot hold it). The association's sequence when each device enrolled (0 for those
    // enrolled before: they keep receiving every deletion), and whether each stored revision is
    // a deletion, so that a pull skips those tombstones without reading their JSON.
    `ALTER TABLE devices ADD COLUMN enrolled_seq ${t.seq} NOT NULL DEFAULT 0;
  ALTER TABLE documents ADD COLUMN deleted ${t.count} NOT NULL DEFAULT 0;
  ${deletedFlags(t)}`,
    // Issue 18: the association's HelloAsso connection, kept by the server only (never a synced
    // document, never in a pull): the client secret sealed under the server's key
    // (server/security/sealed.ts), and the end of the last fetch imported.
    `
  CREATE TABLE helloasso_links (
    org_id ${t.text} PRIMARY KEY REFERENCES organisations(id),
    client_id ${t.text} NOT NULL,
    sealed_secret ${t.text} NOT NULL,
    organization_slug ${t.text} NOT NULL,
    fetched_until ${t.text} NOT NULL DEFAULT '',
    updated_at ${t.text} NOT NULL
  )${t.keyedTable};
  `,
  ];
}

/**
 * Issue 15: member numbers became a unique key of `people`. The numbers of people stored before
 * take their key, the first stored (lowest sequence) winning where two people share one: the
 * others keep their number until their next push, which is refused (409) and renumbered by the
 * app. Deleted people's numbers are taken too (keys are never released).
 */
export function memberNumberKeys(t: ColumnTypes): string {
  const memberNumber = t.jsonText('data', 'memberNumber');
  return `
  INSERT INTO unique_keys (org_id, collection, key, doc_id)
  SELECT org_id, collection, ${memberNumber}, id FROM documents
  WHERE collection = 'people' AND ${memberNumber} IS NOT NULL AND ${memberNumber} <> ''
  ORDER BY org_id, seq
  ON CONFLICT DO NOTHING;
  `;
}

/**
 * Issue 15, a quota per device: what each device stores as the size of the documents whose
 * stored revision it pushed (what it wrote before the server kept the count).
 */
export function deviceBytesCount(t: ColumnTypes): string {
  return `
  UPDATE devices SET bytes = COALESCE(
    (SELECT SUM(${t.dataBytes}) FROM documents
     WHERE documents.org_id = devices.org_id AND documents.pushed_by = devices.id), 0);
  `;
}

/** Issue 19: marks the stored deletions (`_deleted: true`) of the documents stored before. */
export function deletedFlags(t: ColumnTypes): string {
  return `UPDATE documents SET deleted = 1 WHERE ${t.jsonTrue('data', '_deleted')};`;
}
/**
 * `pushed_by` on an upsert: a journal entry keeps the device that first pushed it. An entry is
 * only ever rewritten by a person's erasure (shared/audit/erasure.ts), pushed by the
 * administrator's device, which is not its author (the revision records who sent the rewrite).
 */
export const KEEP_AUDIT_AUTHOR =
  "CASE WHEN documents.collection = 'audit' THEN COALESCE(documents.pushed_by, excluded.pushed_by) ELSE excluded.pushed_by END";
