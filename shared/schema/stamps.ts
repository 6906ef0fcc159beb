import { newDocumentId } from '@shared/ids';
import type { BaseDocument, WriteContext } from '@shared/schema/common';

/** The fields the data layer stamps; a form or an import never types them. */
export type StampField = keyof BaseDocument;

/** A document as its author gives it, before the data layer stamps it. */
export type Draft<T> = Omit<T, StampField>;

/** Who, where and when of a new document; `id` given for documents with a derived id. */
export function newStamps(context: WriteContext, id: string = newDocumentId()): BaseDocument {
  const now = context.now().toISOString();
  return { id, createdAt: now, updatedAt: now, updatedBy: context.userId, deviceId: context.deviceId };
}

/** Who, where and when of a change to an existing document (its id and creation stay). */
export function editStamps(
  context: WriteContext,
): Pick<BaseDocument, 'updatedAt' | 'updatedBy' | 'deviceId'> {
  return { updatedAt: context.now().toISOString(), updatedBy: context.userId, deviceId: context.deviceId };
}
