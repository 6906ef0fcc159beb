import { z } from 'zod';
import { v5 as uuidv5 } from 'uuid';
import { sha256HexOfText } from '@shared/crypto/hashes';
import { canonicalJson } from '@shared/json/canonical';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { indexedIsoDate, isoDateTime } from '@shared/schema/common';
import {
  doorMembershipSchema,
  doorPaymentSchema,
  MAX_OTHER_DOOR_PAYMENTS,
  NO_DOOR_MEMBERSHIP,
} from '@shared/events/attendance';
import { EVENT_KINDS, optionalTime } from '@shared/events/event';
import {
  centsSchema,
  optionalIsoDate,
  optionalReference,
  optionalReferenceTo,
  optionalText,
  reference,
  referenceTo,
  requiredText,
} from '@shared/members/fields';
import type { EventId, PersonId } from '@shared/ids';
import type { Cents } from '@shared/money/cents';
import { MAX_DOCUMENT_BYTES } from '@shared/sync/protocol';

/**
 * `sheets`: a closed event's attendance, frozen (issue 16, « Closing an event »). Closing folds
 * the event's attendance documents — who was present or represented, when, by which door, what
 * was paid there, who held whose proxy — into one immutable sheet, the legal record like a signed
 * paper sheet, with a SHA-256 of its frozen content; the attendance documents are then deleted,
 * so a new device receives one document per past event instead of one per check-in. A very large
 * event is folded into several parts, each under the server's limits. Corrections after closing,
 * and a check-in that arrives late from an offline door, are amendments appended with who, when
 * and why; the frozen content never changes.
 */

/**
 * Bytes of JSON the rows of one part may take. The server stores documents up to
 * `MAX_DOCUMENT_BYTES` (1 MiB) and reads request bodies up to 8 MiB (`DEFAULT_BODY_LIMIT`); a push
 * row carries a sheet twice (the assumed and the new state). Rows of 160 KiB (about 600 people)
 * plus the most amendments a part may take (below, at most ~3.5 KB each with the longest texts in
 * three-byte characters) stay under 1 MiB in the worst case, and a push of `SHEETS_PUSH_BATCH`
 * rows under the body limit (checked by a test of the server).
 */
export const SHEET_ROWS_MAX_BYTES = 160 * 1024;
/** A bound for the schema: far above what `SHEET_ROWS_MAX_BYTES` lets the fold put in a part. */
export const SHEET_MAX_ROWS = 2000;
export const SHEET_MAX_AMENDMENTS = 150;
/** The most parts an event is folded into (100,000 people: `capacity`'s bound). */
export const SHEET_MAX_PARTS = 400;
/** Sheets pushed per request: 3 × 2 × 1 MiB stays under the server's 8 MiB body limit. */
export const SHEETS_PUSH_BATCH = 3;
/**
 * Sheets a device pulls per batch (the pull's 2,000 documents would be every sheet of the
 * association at once: 68 MB of JSON at federation size, held in memory until written). About a
 * server page (1 MiB) of sheets of 600 lines; 8 MiB at worst.
 */
export const SHEETS_PULL_BATCH = 8;
/** What a part may weigh at worst, as the server counts it. */
export const SHEET_MAX_BYTES = MAX_DOCUMENT_BYTES;

/** A fixed namespace: changing it would give every existing sheet a new id. */
const SHEET_NAMESPACE = '9a4c2f71-0d5b-4e8a-b6c3-7f1e2d9a5b04';

/** Part `part` of an event's sheet: the same id on every device that closes the event. */
export function sheetId(eventId: EventId, part: number): string {
  return uuidv5(`${eventId}:sheet:${part}`, SHEET_NAMESPACE);
}

/** One person's line, as their attendance document stood when the event was closed. */
export const sheetRowSchema = z
  .object({
    personId: referenceTo<PersonId>(),
    registered: z.boolean(),
    present: z.boolean(),
    checkedInAt: z.union([isoDateTime, z.literal('')]),
    checkedInBy: optionalReference,
    checkedInDevice: optionalText(40),
    proxyHolderId: optionalReferenceTo<PersonId>(),
    doorPayment: doorPaymentSchema,
    /**
     * The record's further door payments, each its own line; absent when there are none (lines
     * frozen before it existed keep their hash).
     */
    otherDoorPayments: z.array(doorPaymentSchema).min(1).max(MAX_OTHER_DOOR_PAYMENTS).optional(),
    doorMembership: doorMembershipSchema.default(NO_DOOR_MEMBERSHIP),
    /** The record's further cotisations taken at the door; absent when there are none. */
    otherDoorMemberships: z.array(doorMembershipSchema).min(1).max(MAX_OTHER_DOOR_PAYMENTS).optional(),
    membersOnlyOverride: z.boolean().default(false),
    notes: optionalText(500),
  })
  .strict();
export type SheetRow = z.output<typeof sheetRowSchema>;

export const AMENDMENT_KINDS = ['correction', 'late-check-in'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

/**
 * A change after closing. A correction replaces a person's line (or adds one); a late check-in
 * is an attendance record a door wrote before it knew the event was closed, merged into the line
 * as two doors' records are (present, earliest check-in, every payment once).
 */
export const amendmentSchema = z
  .object({
    id: reference,
    kind: z.enum(AMENDMENT_KINDS),
    at: isoDateTime,
    by: reference,
    device: requiredText(40, 'errors.common.invalid'),
    reason: requiredText(500, 'errors.sheets.reasonRequired'),
    row: sheetRowSchema,
  })
  .strict();
export type Amendment = z.output<typeof amendmentSchema>;

const takingsSchema = z
  .object({
    especes: centsSchema,
    cheque: centsSchema,
    carte: centsSchema,
    other: centsSchema,
    total: centsSchema,
  })
  .strict();

export const sheetTotalsSchema = z
  .object({
    listed: z.int().min(0).max(SHEET_MAX_ROWS),
    registered: z.int().min(0).max(SHEET_MAX_ROWS),
    present: z.int().min(0).max(SHEET_MAX_ROWS),
    /** Absent, with a proxy held by someone (a general assembly). */
    represented: z.int().min(0).max(SHEET_MAX_ROWS),
    takings: takingsSchema,
  })
  .strict();
export type SheetTotals = z.output<typeof sheetTotalsSchema>;

/** What the event was when it was closed: the sheet reads alone, even if the event changes. */
export const sheetEventSchema = z
  .object({
    title: requiredText(120, 'errors.events.titleRequired'),
    kind: z.enum(EVENT_KINDS),
    startsOn: indexedIsoDate,
    endsOn: optionalIsoDate,
    startTime: optionalTime,
    endTime: optionalTime,
    location: optionalText(200),
  })
  .strict();

/** The fields the hash covers: everything closing wrote, nothing amendments add. */
export const FROZEN_FIELDS = [
  'eventId',
  'part',
  'parts',
  'event',
  'closedAt',
  'closedBy',
  'closedDevice',
  'rows',
  'totals',
] as const;

export const sheetDocumentSchema = documentSchema({
  eventId: referenceTo<EventId>(),
  part: z.int().min(1).max(SHEET_MAX_PARTS),
  parts: z.int().min(1).max(SHEET_MAX_PARTS),
  event: sheetEventSchema,
  closedAt: isoDateTime,
  closedBy: reference,
  closedDevice: requiredText(40, 'errors.common.invalid'),
  rows: z.array(sheetRowSchema).max(SHEET_MAX_ROWS),
  totals: sheetTotalsSchema,
  /** SHA-256 (hex) of the canonical JSON of the frozen fields. */
  hash: z
    .string()
    .length(64)
    .regex(/^[0-9a-f]{64}$/),
  amendments: z.array(amendmentSchema).max(SHEET_MAX_AMENDMENTS).default([]),
}).superRefine((sheet, ctx) => {
  if (sheet.part > sheet.parts)
    ctx.addIssue({ code: 'custom', path: ['part'], message: 'errors.sheets.part' });
  if (sheet.id !== sheetId(sheet.eventId, sheet.part)) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'errors.sheets.id' });
  }
  const people = new Set(sheet.rows.map((row) => row.personId));
  if (people.size !== sheet.rows.length) {
    ctx.addIssue({ code: 'custom', path: ['rows'], message: 'errors.sheets.personTwice' });
  }
  if (new Set(sheet.amendments.map((amendment) => amendment.id)).size !== sheet.amendments.length) {
    ctx.addIssue({ code: 'custom', path: ['amendments'], message: 'errors.sheets.amendmentTwice' });
  }
  if (sheet.hash !== sheetHash(sheet)) {
    ctx.addIssue({ code: 'custom', path: ['hash'], message: 'errors.sheets.hashMismatch' });
  }
});
export type SheetDocument = z.output<typeof sheetDocumentSchema>;
export type SheetInput = z.input<typeof sheetDocumentSchema>;

/** The frozen content of a sheet, as the hash reads it. */
export function frozenContent(sheet: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(FROZEN_FIELDS.map((field) => [field, sheet[field]]));
}

/** SHA-256 over the canonical JSON of the frozen fields (plain JavaScript: works on plain http). */
export function sheetHash(sheet: Readonly<Record<string, unknown>>): string {
  return sha256HexOfText(canonicalJson(frozenContent(sheet)));
}

export const sheetsCollection = defineCollection({
  name: 'sheets',
  version: 0,
  schema: sheetDocumentSchema,
  indexes: ['eventId'],
});

export const NO_TAKINGS = {
  especes: 0 as Cents,
  cheque: 0 as Cents,
  carte: 0 as Cents,
  other: 0 as Cents,
  total: 0 as Cents,
};
