import { z } from 'zod';
import { jsonEqual } from '@shared/json/canonical';
import { sliceWhole } from '@shared/text/unicode';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';

/**
 * The audit trail (DESIGN.md, Security): append-only, synced. One entry per write, check-in,
 * receipt, import, export, login, failed login, lock, refused action and merged conflict.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'check-in',
  'receipt-issue',
  'receipt-cancel',
  'import',
  'export',
  'login',
  'login-failed',
  'logout',
  'lock',
  'permission-denied',
  'conflict-merged',
  /** A person erased (RGPD): lists the documents whose values past entries no longer hold. */
  'erasure',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditChangeSchema = z.object({
  field: z.string().max(100),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

/** Who wrote one side of a sync conflict: the stamps of its version. */
export const authorshipSchema = z
  .object({
    userId: z.string().max(40),
    deviceId: z.string().max(40),
    at: z.string().max(30),
  })
  .strict();
export type Authorship = z.output<typeof authorshipSchema>;

/**
 * On a 'conflict-merged' entry: the values that lost, whole (`changes` shortens long values and
 * masks some fields), and who wrote each side. The entry syncs to every office device, so the
 * device of the person whose value lost — not only the one that met the conflict — can show it
 * and put it back (renderer/sync/replaced-values.ts). Each value is one of a collection's fields,
 * bounded by that collection's schema; the whole is kept under MAX_CONFLICT_LOSS_BYTES.
 */
export const conflictLossSchema = z
  .object({
    lostBy: authorshipSchema,
    keptBy: authorshipSchema,
    values: z
      .array(z.object({ field: z.string().max(100), lost: z.unknown(), kept: z.unknown() }).strict())
      .max(200),
  })
  .strict();
export type ConflictLoss = z.output<typeof conflictLossSchema>;

/** The documents one erasure may name: a person, their memberships, attendance and household. */
export const MAX_ERASED_DOCUMENTS = 5000;

/** The values of one conflict kept whole, at most (bytes of JSON): the entry must still sync. */
export const MAX_CONFLICT_LOSS_BYTES = 512 * 1024;

export const recordedDeviceSchema = z
  .object({
    id: z.string().max(40),
    /** Its enrolled name (« PC du bureau », « Porte 1 ») when the entry was sent. */
    name: z.string().max(120),
  })
  .strict();
export type RecordedDevice = z.output<typeof recordedDeviceSchema>;

export const auditEntrySchema = documentSchema({
  // The longest action is 17 characters; RxDB needs the maximum to index it (version 2 on).
  action: z.enum(AUDIT_ACTIONS).meta({ maxLength: 20 }),
  /** The user acting, denormalised so the journal reads well after an account is removed. */
  userName: z.string().max(80),
  collectionName: z.string().max(40),
  /** The document concerned ('' for a login or a lock): the index behind a person's history. */
  documentId: z.string().max(40),
  changes: z.array(auditChangeSchema).max(200),
  /** An i18n key or short code saying why (refused action, failed login…). */
  detail: z.string().max(200),
  /**
   * The enrolled device that pushed the entry, as the server recorded it when it received it —
   * never what the entry says of itself (`deviceId`, which a device may forge, or which may be a
   * pre-enrolment id). Filled by the server when it sends the entry; a device never writes it (a
   * push carrying it is refused). Absent on this device's entries not yet sent back, and on
   * entries the server received before it kept this.
   */
  recordedDevice: recordedDeviceSchema.optional(),
  /** On a 'conflict-merged' entry (version 2 on): the losing values, whole. */
  replaced: conflictLossSchema.optional(),
  /**
   * On an 'erasure' entry (version 3 on): the documents whose values the journal gives up
   * (shared/audit/erasure.ts). The fact of each past change stays; its values become a marker.
   */
  erasure: z
    .object({ documentIds: z.array(z.string().min(1).max(40)).min(1).max(MAX_ERASED_DOCUMENTS) })
    .strict()
    .optional(),
  /** On an entry whose values were erased (version 3 on): the id of the 'erasure' entry that did it. */
  erasedBy: z.string().min(1).max(40).optional(),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

export const auditCollection = defineCollection({
  name: 'audit',
  version: 3,
  schema: auditEntrySchema,
  indexes: ['createdAt', 'documentId', ['updatedBy', 'createdAt'], ['action', 'createdAt']],
  migrations: {
    // Version 1 adds the optional `recordedDevice`, which only the server fills: stored entries
    // stay as they are until the server sends them again (a new device, a resync).
    1: (entry) => entry,
    // Version 2 adds the optional `replaced` of conflict entries, and an index to find them: an
    // older entry has none (its losing values stayed on the device that met the conflict).
    2: (entry) => entry,
    // Version 3 adds the RGPD erasure (`erasure` on its own entry, `erasedBy` on the entries it
    // rewrote): no entry before had either.
    3: (entry) => entry,
  },
});

/** Fields whose values never enter the log: only the fact that they changed. */
const MASKED_FIELDS = new Set(['secret', 'recovery', 'logo', 'signature']);
const MAX_VALUE_LENGTH = 200;
/** Bookkeeping fields: the entry already says which document and when. */
const IGNORED_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'deviceId',
  '_rev',
  '_meta',
  '_attachments',
  '_deleted',
]);

function keep(field: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (MASKED_FIELDS.has(field)) return '[masqué]';
  if (typeof value === 'string') {
    return value.length <= MAX_VALUE_LENGTH ? value : `${sliceWhole(value, MAX_VALUE_LENGTH)}…`;
  }
  const json = JSON.stringify(value);
  return json.length <= MAX_VALUE_LENGTH ? value : `${sliceWhole(json, MAX_VALUE_LENGTH)}…`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field-level differences between two versions of a document. Nested objects are walked, so a
 * change of town reads `address.city`, not the whole address; arrays are compared as a whole.
 * Personal data is kept to what a reader needs (masked fields, shortened values).
 */
export function diffDocuments(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
  prefix = '',
): AuditChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChange[] = [];
  for (const field of [...fields].sort()) {
    if (!prefix && IGNORED_FIELDS.has(field)) continue;
    const path = prefix ? `${prefix}.${field}` : field;
    const a = before?.[field];
    const b = after?.[field];
    if (jsonEqual(a, b)) continue;
    if (
      !MASKED_FIELDS.has(field) &&
      (isPlainObject(a) || a === undefined) &&
      (isPlainObject(b) || b === undefined) &&
      (a ?? b) !== undefined
    ) {
      changes.push(...diffDocuments(a ?? null, b ?? null, path));
      continue;
    }
    changes.push({ field: path, before: keep(field, a), after: keep(field, b) });
  }
  return changes;
}
