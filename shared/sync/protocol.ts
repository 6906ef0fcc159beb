import { z } from 'zod';
import { DOCUMENT_ID_MAX_LENGTH } from '@shared/ids';
import { trimmedText } from '@shared/schema/common';
import { hasControlCharacters, isWellFormedText } from '@shared/text/unicode';

/**
 * The wire formats of the sync API (DESIGN.md, Sync), shared by the server and the replication
 * client so that neither can drift. Documents travel as RxDB replication documents: the
 * collection's fields plus `_deleted`, never `_rev` or `_meta` (those are local to a client).
 */

export const SYNC_API_PREFIX = '/api/v1';

/**
 * Every pull and push says the schema version of its collection (`CollectionSpec.version`) in
 * this header. The server answers 426 (`APP_OUTDATED` or `SERVER_OUTDATED`) to a version it does
 * not hold itself, before reading anything: a device with an older or newer app than the server
 * never writes documents of another shape, nor receives them (issue 20).
 */
export const SCHEMA_VERSION_HEADER = 'x-tilleul-schema';
/** Schema versions are small integers; anything else in the header is refused as unknown. */
export const schemaVersionHeaderSchema = z
  .string()
  .max(6)
  .regex(/^(0|[1-9]\d*)$/)
  .transform(Number);

export const DEVICE_SCOPES = ['office', 'door'] as const;
export const deviceScopeSchema = z.enum(DEVICE_SCOPES);
export type DeviceScope = z.infer<typeof deviceScopeSchema>;

/**
 * The envelope every synced document shares. Its other fields are checked against the
 * collection's own schema by the server, so the envelope lets them through untouched.
 */
export const syncDocumentSchema = z.looseObject({
  id: z.string().min(1).max(DOCUMENT_ID_MAX_LENGTH),
  _deleted: z.boolean(),
});
export type SyncDocument = z.infer<typeof syncDocumentSchema>;

/** Server-assigned, per organisation, strictly increasing: never a client clock. */
export const checkpointSchema = z.object({ seq: z.number().int().min(0) });
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const DEFAULT_PULL_LIMIT = 200;
/**
 * The page the app's replication asks for: large pages cut the per-request and per-write
 * overhead of an initial sync (5,000 people + 20,000 attendance: about 12 s instead of 17-19 s
 * with 500), and still fit well within the response a phone handles.
 */
export const CLIENT_PULL_BATCH = 2000;
export const MAX_PULL_LIMIT = 5000;

/** Query strings arrive as text, hence the coercion. */
export const pullQuerySchema = z.object({
  seq: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
  /** `1`: fill the collection's server fields (collection-rules.ts `serverFields`). */
  recorded: z.enum(['0', '1']).default('0'),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** `recorded=1`: the conflict answers carry the collection's server fields, as pulls do. */
export const pushQuerySchema = pullQuerySchema.pick({ recorded: true });

/** Documents with a sequence above the asked one, in sequence order; the checkpoint of the last. */
export const pullResponseSchema = z.object({
  documents: z.array(syncDocumentSchema),
  checkpoint: checkpointSchema,
  /**
   * True when the page stopped at the server's byte bound (`DEFAULT_PULL_PAGE_BYTES`) before
   * `limit`: a short page is then not the end, and the client asks for the next one.
   */
  more: z.boolean().optional(),
  /**
   * How many documents follow this page (a count of the server's, for a first sync's progress:
   * issue 19). Absent from a server older than this field.
   */
  remaining: z.number().int().min(0).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const MAX_PUSH_ROWS = 1000;

/**
 * The largest document the server stores, as JSON text in UTF-8. The largest real one is the
 * organisation's settings with a logo and a signature (300 KB each as images, 400 KB each in
 * base64): 1 MiB leaves room for those and refuses what no form can make.
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * The deepest JSON the API reads: a push is an array of rows (2) holding documents (3) whose
 * deepest field is a few levels down (a receipt's lines, a setting's seasons and tariffs: 6 at
 * most today; `collections.test.ts` checks every schema against this). Deeper is refused before
 * anything walks it.
 */
export const MAX_JSON_DEPTH = 16;

/**
 * A pull page stops at this many bytes of documents as well as at `limit` documents (it always
 * holds at least one): 2,000 settings of 1 MiB would otherwise make one answer of 2 GB. 1 MiB of
 * JSON is about 1,400 people, 100 KB compressed: a few seconds at 256 kbit/s (issue 19), so a
 * connection that drops on a rural link loses little, and the client keeps what it received
 * (pull-handler.ts). On a local network the extra requests cost a few milliseconds each.
 */
export const DEFAULT_PULL_PAGE_BYTES = 1024 * 1024;

/**
 * One row of a push, as RxDB's replication sends it. Only the envelope is checked here: the
 * documents themselves are validated one by one so the answer can name the faulty fields.
 */
export const pushRowSchema = z.object({
  assumedMasterState: z.record(z.string(), z.unknown()).nullish(),
  newDocumentState: z.record(z.string(), z.unknown()),
});
export type PushRow = z.infer<typeof pushRowSchema>;

export const pushRequestSchema = z.array(pushRowSchema).max(MAX_PUSH_ROWS);

/** The master documents of the rows that were not written (empty when all were). */
export const pushResponseSchema = z.array(syncDocumentSchema);
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Enrolment codes are typed by people: dashes and spaces are allowed and ignored. */
export const enrolRequestSchema = z.object({
  code: trimmedText(64).min(1),
  /** Printed by the server's CLI and journals: no terminal escapes, no lone surrogates. */
  name: trimmedText(80)
    .min(1)
    .refine((name) => !hasControlCharacters(name) && isWellFormedText(name), {
      error: 'errors.sync.controlCharacters',
    }),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  deviceId: z.string(),
  token: z.string().min(32),
  /** The device's receipt series letter(s): A, B, C… */
  series: z.string().regex(/^[A-Z]+$/),
  scope: deviceScopeSchema,
  orgId: z.string(),
  orgName: z.string(),
  name: z.string(),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  version: z.string().max(40),
  /** SHA-256 of the certificate the server answers with in https (`AB:CD:…`), else null. */
  tlsFingerprint: z
    .string()
    .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    .nullable()
    .default(null),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/**
 * What the event stream sends, as the `data` of unnamed SSE messages. `RESYNC` comes first on
 * every connection: the server cannot know what a reconnecting client missed, so the client
 * runs one pull from its checkpoint, which is cheap when nothing changed.
 */
export const streamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('RESYNC') }),
  z.object({ type: z.literal('change'), collection: z.string(), seq: z.number().int().min(1) }),
]);
export type StreamEvent = z.infer<typeof streamEventSchema>;

/** Stable codes of the errors the API returns; clients branch on these, never on messages. */
export const API_ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'DEVICE_REVOKED',
  'SCOPE_FORBIDDEN',
  'ENROLMENT_CODE_UNKNOWN',
  'ENROLMENT_CODE_USED',
  'ENROLMENT_CODE_EXPIRED',
  'NOT_FOUND',
  'UNKNOWN_COLLECTION',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_DOCUMENT',
  'DUPLICATE_NUMBER',
  /** 409: a cheque already on another slip that is not undone (`SyncRules.heldKeys`). */
  'HELD_ELSEWHERE',
  'QUOTA_EXCEEDED',
  /** 426: this device's app is older than the server's (or says no schema version). */
  'APP_OUTDATED',
  /** 426: the server's app is older than this device's. */
  'SERVER_OUTDATED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  /** 502: HelloAsso refused or failed a fetch (issue 18); the message says what to do. */
  'HELLOASSO_FAILED',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One faulty field of a refused document; `message` is an i18n key or zod's own text. */
export const fieldErrorSchema = z.object({
  row: z.number().int().min(0),
  documentId: z.string().nullable(),
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Every error response: a stable code, a French sentence for people, field errors on 422. */
export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
