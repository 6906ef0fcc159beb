/**
 * A stored document as plain data: RxDB's own fields (`_deleted`, `_rev`, `_meta`,
 * `_attachments`) removed, as `toJSON()` gives it, without building an RxDocument.
 */
export function withoutMeta<T>(stored: object): T {
  const data: Record<string, unknown> = { ...stored };
  delete data._deleted;
  delete data._rev;
  delete data._meta;
  delete data._attachments;
  return data as T;
}
