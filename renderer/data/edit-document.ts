import type { RxCollection } from 'rxdb/plugins/core';
import type { WriteContext } from '@shared/schema/common';
import { editStamps } from '@shared/schema/stamps';

/**
 * Changes one document: the whole result is validated and stamped before it is written.
 * `changes` are laid over what the database holds at the moment of the write (RxDB runs the
 * modifier again on the newest version), so fields left out keep whatever a sync or another
 * window wrote meanwhile; a function receives that stored version.
 */
export async function editDocument<T extends { id: string }>(
  collection: RxCollection<T>,
  schema: { parse: (input: unknown) => T },
  context: WriteContext,
  target: { kind: string; id: string },
  changes: object | ((stored: T) => object),
): Promise<T> {
  const current = await collection.findOne(target.id).exec();
  if (!current) throw new Error(`Unknown ${target.kind} ${target.id}`);
  const apply = (stored: T) =>
    schema.parse({
      ...stored,
      ...(typeof changes === 'function' ? changes(stored) : changes),
      ...editStamps(context),
    });
  // Checked first on the version read, so that a form's error comes back before any write is
  // queued; the modifier checks again on the newest version.
  let next = apply(current.toJSON() as T);
  await current.incrementalModify((data) => {
    // RxDB's own fields, some left as `undefined`, which the strict schemas refuse.
    const { _deleted, _meta, _rev, _attachments, ...stored } = data as T & Record<`_${string}`, unknown>;
    next = apply(stored as T);
    return { ...data, ...next };
  });
  return next;
}
