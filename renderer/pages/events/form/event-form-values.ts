import type { EventDocument, EventInput, EventKind, VoterRule } from '@shared/events/event';
import { DEFAULT_ASSEMBLY_RULES, eventDocumentSchema } from '@shared/events/event';
import { parseTime } from '@shared/events/event-time';
import type { SeriesEnd } from '@shared/events/series-dates';
import { weeklyDates } from '@shared/events/series-dates';
import { formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import { parseAmount } from '@shared/money/parse-amount';
import type { Draft } from '@shared/schema/stamps';
import { documentResolver } from '@renderer/components/document-resolver';

/** What the event form holds: prices and times as typed, a series' end while it is one. */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  startsOn: string;
  startTime: string;
  endTime: string;
  location: string;
  capacity: number | string;
  membersOnly: boolean;
  memberPrice: string;
  nonMemberPrice: string;
  description: string;
  notes: string;
  /** « Séance régulière »: every week on the same weekday (new events only). */
  recurring: boolean;
  seriesEnd: 'until' | 'count';
  lastDate: string;
  sessions: number | string;
  /** A general assembly's rules (kept, unused, for any other kind). */
  assembly: { voters: VoterRule; quorumPercent: number | string; maxProxiesPerMember: number | string };
}

export function initialEventValues(existing: EventDocument | undefined, locale: string): EventFormValues {
  const price = (cents: Cents | undefined) => (cents ? formatMoney(cents, locale) : '');
  return {
    kind: existing?.kind ?? 'party',
    title: existing?.title ?? '',
    startsOn: existing?.startsOn ?? '',
    startTime: existing?.startTime ?? '',
    endTime: existing?.endTime ?? '',
    location: existing?.location ?? '',
    capacity: existing?.capacity || '',
    membersOnly: existing?.membersOnly ?? false,
    memberPrice: price(existing?.memberPrice),
    nonMemberPrice: price(existing?.nonMemberPrice),
    description: existing?.description ?? '',
    notes: existing?.notes ?? '',
    recurring: false,
    seriesEnd: 'until',
    lastDate: '',
    sessions: 10,
    assembly: { ...(existing?.assembly ?? DEFAULT_ASSEMBLY_RULES) },
  };
}

/** An empty price is a free entry; anything else is read the French way (« 5,50 € »). */
function readPrice(text: string) {
  return text.trim() === '' ? ({ ok: true, cents: 0 as Cents } as const) : parseAmount(text);
}

type Converted = { input: Draft<EventInput>; dates: string[]; errors: Record<string, string> };

/**
 * The form's values as an event to write, with the errors of what cannot be read (a price, a
 * time, a series' end). The series' dates come with it: the first date alone when not recurring.
 */
export function toEventInput(values: EventFormValues): Converted {
  const errors: Record<string, string> = {};
  const memberPrice = readPrice(values.memberPrice);
  const nonMemberPrice = readPrice(values.nonMemberPrice);
  if (!memberPrice.ok) errors.memberPrice = memberPrice.error;
  if (!nonMemberPrice.ok) errors.nonMemberPrice = nonMemberPrice.error;
  const startTime = parseTime(values.startTime);
  const endTime = parseTime(values.endTime);
  if (startTime === undefined) errors.startTime = 'errors.events.timeFormat';
  if (endTime === undefined) errors.endTime = 'errors.events.timeFormat';
  if (values.startsOn === '') errors.startsOn = 'errors.events.dateRequired';
  const input: Draft<EventInput> = {
    kind: values.kind,
    title: values.title,
    startsOn: values.startsOn,
    startTime: startTime ?? '',
    endTime: endTime ?? '',
    location: values.location,
    capacity: Number(values.capacity || 0),
    membersOnly: values.membersOnly,
    memberPrice: memberPrice.ok ? memberPrice.cents : (0 as Cents),
    nonMemberPrice: nonMemberPrice.ok ? nonMemberPrice.cents : (0 as Cents),
    description: values.description,
    notes: values.notes,
    assembly: {
      voters: values.assembly.voters,
      quorumPercent: Number(values.assembly.quorumPercent || 0),
      maxProxiesPerMember: Number(values.assembly.maxProxiesPerMember || 0),
    },
  };
  let dates = [values.startsOn];
  if (values.recurring && values.startsOn !== '') {
    const field = values.seriesEnd === 'until' ? 'lastDate' : 'sessions';
    if (values.seriesEnd === 'until' && values.lastDate === '') {
      errors.lastDate = 'errors.events.seriesLastDateRequired';
    } else {
      const end: SeriesEnd =
        values.seriesEnd === 'until' ? { until: values.lastDate } : { count: Number(values.sessions || 0) };
      const series = weeklyDates(values.startsOn, end);
      if (series.ok) dates = series.dates;
      else errors[field] = series.error;
    }
  }
  return { input, dates, errors };
}

/** The form's resolver: what cannot be read, then the event schema's own rules. */
export function validateEventForm(values: EventFormValues): Record<string, string> {
  const { input, errors } = toEventInput(values);
  return { ...documentResolver<Draft<EventInput>>(eventDocumentSchema)(input), ...errors };
}
