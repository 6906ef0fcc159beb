import { z } from 'zod';
import { DOCUMENT_ID_MAX_LENGTH, type DeviceId, type Id, type UserId } from '@shared/ids';
import { tooLong } from '@shared/schema/messages';

/** An ISO 8601 instant in UTC, as produced by `Date.prototype.toISOString()`. */
// maxLength lets RxDB index it (`2026-09-01T10:00:00.000Z` is 24 characters).
export const isoDateTime = z.iso.datetime({ error: 'errors.common.isoDateTime' }).max(30);

/**
 * A text stored trimmed whose maximum holds for what was sent as well. `.trim().max(n)` measures
 * after trimming, so spaces around a text were bounded only by the document's size (1 MiB); here
 * the raw input is measured first, then trimmed (which can only shorten it). The JSON schema's
 * `maxLength` is the same `n`, so collections keep their schema.
 */
export const trimmedText = (max: number, messages: { required?: string; tooLong?: string } = {}) =>
  z
    .string(messages.required === undefined ? undefined : { error: messages.required })
    .max(max, { error: messages.tooLong ?? tooLong(max) })
    .trim();

/** A calendar date `YYYY-MM-DD` that really exists (31/02 is refused). */
export const isoDate = z.iso.date({ error: 'errors.common.isoDate' });

/**
 * The same date with a maximum length, which RxDB needs to index it. A separate schema rather
 * than a change to `isoDate`: the derived RxDB schema of the collections already shipped would
 * otherwise change without a version bump.
 */
export const indexedIsoDate = isoDate.max(10);

export const documentId = z
  .string()
  .min(1)
  .max(DOCUMENT_ID_MAX_LENGTH)
  .regex(/^[0-9a-z-]+$/);

/**
 * A schema whose parsed value has the type `Output` (a branded id): zod reads a schema's output
 * type from `_zod.output`, as its own `.brand()` does. Type-only: the schema object is unchanged.
 */
export type WithOutput<Schema extends z.ZodType, Output> = Schema & { _zod: { output: Output } };

/** `brandedAs<PersonId>()(schema)`: the same schema object, parsed to a `PersonId`. */
export const brandedAs =
  <Output extends string>() =>
  <Schema extends z.ZodType>(schema: Schema): WithOutput<Schema, Output> =>
    schema as WithOutput<Schema, Output>;

/** `id: documentIdOf<PersonId>()` in a collection's shape: the same schema as `documentId`. */
export const documentIdOf = <I extends Id<string>>() => brandedAs<I>()(documentId);

/**
 * Fields every synced document carries (DESIGN.md, Documents). Deletion is RxDB's `_deleted`
 * flag, never a physical delete, so it is not declared here.
 */
export const baseDocumentShape = {
  id: documentId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedBy: z.string().min(1).max(DOCUMENT_ID_MAX_LENGTH),
  deviceId: z.string().min(1).max(DOCUMENT_ID_MAX_LENGTH),
};

export type BaseDocument = z.infer<z.ZodObject<typeof baseDocumentShape>>;

/** Who writes: stamped on every document by the data layer. */
export interface WriteContext {
  userId: UserId;
  deviceId: DeviceId;
  now: () => Date;
}
