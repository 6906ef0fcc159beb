import { z } from 'zod';
import type { Cents } from '@shared/money/cents';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { indexedIsoDate } from '@shared/schema/common';
import {
  centsSchema,
  optionalIsoDate,
  optionalReference,
  optionalText,
  requiredText,
} from '@shared/members/fields';

/**
 * `events`: what people come to — a loto, a training, a concert, a general assembly (AG).
 * Attendance is one document per (event, person) in `attendance`, never a list inside the
 * event: two doors checking people in at once then never write the same document.
 */
export const EVENT_KINDS = ['event', 'training', 'assembly'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Who may vote at a general assembly. */
export const VOTER_RULES = ['members-up-to-date', 'all-members'] as const;
export type VoterRule = (typeof VOTER_RULES)[number];

/** `HH:MM` on 24 hours, or `''` when the time is not fixed. */
export const optionalTime = z
  .string()
  .regex(/^(([01][0-9]|2[0-3]):[0-5][0-9])?$/, { error: 'errors.events.timeFormat' })
  .default('');

export const assemblyRulesSchema = z
  .object({
    /** Share of the voters who must be present or represented, in percent (0 = no quorum). */
    quorumPercent: z.int().min(0).max(100).default(0),
    /** Proxies (pouvoirs) one present member may hold. */
    maxProxiesPerMember: z.int().min(0).max(20).default(1),
    voters: z.enum(VOTER_RULES).default('members-up-to-date'),
  })
  .strict();
export type AssemblyRules = z.output<typeof assemblyRulesSchema>;

export const DEFAULT_ASSEMBLY_RULES: AssemblyRules = {
  quorumPercent: 0,
  maxProxiesPerMember: 1,
  voters: 'members-up-to-date',
};

export const eventDocumentSchema = documentSchema({
  kind: z.enum(EVENT_KINDS).default('event'),
  title: requiredText(120, 'errors.events.titleRequired'),
  startsOn: indexedIsoDate,
  startTime: optionalTime,
  /** Last day of an event over several days; `''` for a single day. */
  endsOn: optionalIsoDate,
  location: optionalText(200),
  description: optionalText(2000),
  /** The season it belongs to (a training series, the season's AG); `''` when none. */
  seasonId: optionalReference,
  /** Entry fee taken at the door, in cents; 0 when entry is free. */
  doorFee: centsSchema.default(0 as Cents),
  /** Most people admitted; 0 when there is no limit. */
  capacity: z.int().min(0).max(100_000).default(0),
  /** Only meaningful for `assembly`. */
  assembly: assemblyRulesSchema.default(DEFAULT_ASSEMBLY_RULES),
  cancelledOn: optionalIsoDate,
  notes: optionalText(2000),
}).superRefine((event, ctx) => {
  if (event.endsOn !== '' && event.endsOn < event.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'errors.events.endsBeforeStart' });
  }
});
export type EventDocument = z.output<typeof eventDocumentSchema>;
export type EventInput = z.input<typeof eventDocumentSchema>;

export const eventsCollection = defineCollection({
  name: 'events',
  version: 0,
  schema: eventDocumentSchema,
  indexes: ['startsOn'],
});
