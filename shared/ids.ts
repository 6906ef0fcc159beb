import { v7 as uuidv7 } from 'uuid';

/**
 * Document ids are UUID v7: generated on the device without a connection, unique, and sortable
 * by creation time (the first 48 bits are the millisecond clock), so an index on `id` is also a
 * rough creation order.
 */
export function newDocumentId(): string {
  return uuidv7();
}

export const DOCUMENT_ID_MAX_LENGTH = 40;
