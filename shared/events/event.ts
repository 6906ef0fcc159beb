import { z } from 'zod';
import type { Cents } from '@shared/money/cents';
import { cashCountsSchema } from '@shared/events/cash-count';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { documentIdOf, indexedIsoDate } from '@shared/schema/common';
import type { EventId, SeasonId, SeriesId } from '@shared/ids';
import {
  centsSchema,
  optionalIsoDate,
  optionalReference,
  optionalReferenceTo,
  optionalText,
  requiredText,
} from '@shared/members/fields';

/**
 * `events`: what people come to — a loto, a training, a concert, a general assembly (AG).
 * Attendance is one document per (event, person) in `attendance`, never a list inside the
 * event: two doors checking people in at once then never write the same document.
 */
/**
 * activité ou cours, fête (loto, repas, concert), sortie, entraînement, assemblée générale.
 * Version 0 had `event` for every non-training, non-AG event: it became `party`.
 */
export const EVENT_KINDS = ['activity', 'party', 'outing', 'training', 'assembly'] as const;
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
  id: documentIdOf<EventId>(),
  kind: z.enum(EVENT_KINDS).default('party'),
  title: requiredText(120, 'errors.events.titleRequired'),
  startsOn: indexedIsoDate,
  startTime: optionalTime,
  endTime: optionalTime,
  /** Last day of an event over several days; `''` for a single day. */
  endsOn: optionalIsoDate,
  location: optionalText(200),
  description: optionalText(2000),
  /** The season it belongs to (a training series, the season's AG); `''` when none. */
  seasonId: optionalReferenceTo<SeasonId>(),
  /** Entry price for members à jour and for everyone else, in cents; 0 when free. */
  memberPrice: centsSchema.default(0 as Cents),
  nonMemberPrice: centsSchema.default(0 as Cents),
  /** Only members à jour may come (a members' outing, a training). */
  membersOnly: z.boolean().default(false),
  /** The sessions of one recurring activity (a weekly class) share it; `''` for a one-off. */
  seriesId: optionalReferenceTo<SeriesId>(),
  /** Most people admitted; 0 when there is no limit. */
  capacity: z.int().min(0).max(100_000).default(0),
  /** Only meaningful for `assembly`. */
  assembly: assemblyRulesSchema.default(DEFAULT_ASSEMBLY_RULES),
  cancelledOn: optionalIsoDate,
  /** Closed: its attendance is frozen into a sheet (the legal record); `''` while open. */
  closedOn: optionalIsoDate,
  notes: optionalText(2000),
  /** The import that created it (a HelloAsso ticketing export); `''` otherwise. */
  importId: optionalReference,
  /** The doors' cash counts at the end (shared/events/cash-count.ts): kept beside the sheet. */
  cashCounts: cashCountsSchema,
}).superRefine((event, ctx) => {
  if (event.endsOn !== '' && event.endsOn < event.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'errors.events.endsBeforeStart' });
  }
  const sameDay = event.endsOn === '' || event.endsOn === event.startsOn;
  if (sameDay && event.startTime !== '' && event.endTime !== '' && event.endTime <= event.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'errors.events.endsBeforeStart' });
  }
});

/** The price a person pays at the door: the members' price when à jour, otherwise the other. */
export function entryPrice(
  event: Pick<EventDocument, 'memberPrice' | 'nonMemberPrice'>,
  upToDate: boolean,
): Cents {
  return upToDate ? event.memberPrice : event.nonMemberPrice;
}
export type EventDocument = z.output<typeof eventDocumentSchema>;
export type EventInput = z.input<typeof eventDocumentSchema>;

export const eventsCollection = defineCollection({
  name: 'events',
  version: 3,
  schema: eventDocumentSchema,
  indexes: ['startsOn'],
  migrations: {
    // Version 1: five kinds (`event` became `party`), a price for members and one for the others
    // (both the old door fee), members-only events, series of sessions, end time, closing.
    1: ({ doorFee, kind, ...event }) => ({
      ...event,
      kind: kind === 'event' ? 'party' : kind,
      endTime: '',
      memberPrice: doorFee ?? 0,
      nonMemberPrice: doorFee ?? 0,
      membersOnly: false,
      seriesId: '',
      closedOn: '',
    }),
    // Version 2: the import that created an event, so that undoing the import removes it.
    2: (event) => ({ ...event, importId: '' }),
    // Version 3: the doors' cash counts, saved for the treasurer (none before).
    3: (event) => ({ ...event, cashCounts: [] }),
  },
});
