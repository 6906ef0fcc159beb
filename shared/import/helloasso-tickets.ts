import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { eventDocumentSchema, type EventDocument } from '@shared/events/event';
import type { HelloAssoTicketRecord } from '@shared/import/helloasso';
import {
  euros,
  findOrCreatePerson,
  importStamps,
  rowOf,
  samePerson,
  statusSkipped,
} from '@shared/import/helloasso-people';
import type { PlannedRow, Planner } from '@shared/import/helloasso-plan';
import { normaliseLabel } from '@shared/import/helloasso-values';
import { fieldsRefused } from '@shared/import/people-match';
import { displayName } from '@shared/members/person';
import { truncateText } from '@shared/text/unicode';

/**
 * Billetterie: one row per ticket. HelloAsso exports one campaign per file and does not write
 * its name in the rows, so the event is the one the file's name says (« billetterie-loto-2025.csv »
 * → « Loto 2025 »): an event of Tilleul whose title holds those words, on or after the first
 * order, or else one the import creates on the day of the last order (said in the dry run, to be
 * corrected in Événements). The registration of a person to an event is one document (its id is
 * derived from the pair), so importing the file again finds each of them: nothing doubles.
 */

const NOISE = new Set([
  'billetterie',
  'billets',
  'export',
  'helloasso',
  'liste',
  'participants',
  'csv',
  'xlsx',
]);

/** « billetterie-loto-2025.csv » → « Loto 2025 »; `''` when the name says nothing. */
export function eventTitleFromFileName(fileName: string): string {
  const words = fileName
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .split(/[\s_\-.()]+/)
    .filter((word) => word !== '' && !NOISE.has(normaliseLabel(word)));
  const title = words.join(' ');
  return truncateText(title.charAt(0).toLocaleUpperCase('fr-FR') + title.slice(1), 120);
}

const wordsOf = (text: string) =>
  normaliseLabel(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);

/** The event of Tilleul the file is about: every word of `title` in its title (a year, its date). */
export function findTicketEvent(
  events: readonly EventDocument[],
  title: string,
  firstOrder: string,
): EventDocument | undefined {
  const wanted = wordsOf(title);
  if (wanted.length === 0) return undefined;
  const candidates = events.filter((event) => {
    if (event.cancelledOn !== '' || event.startsOn < firstOrder) return false;
    const own = new Set([...wordsOf(event.title), event.startsOn.slice(0, 4)]);
    return wanted.every((word) => own.has(word));
  });
  return [...candidates].sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
}

function ticketEvent(planner: Planner, records: readonly HelloAssoTicketRecord[]) {
  const { input, plan } = planner;
  const days = records.map((record) => record.date.slice(0, 10)).sort();
  const [first = '', last = first] = [days[0], days[days.length - 1]];
  const title = eventTitleFromFileName(input.fileName ?? '') || 'Billetterie HelloAsso';
  const events = [...(input.events ?? []), ...plan.events];
  const found = findTicketEvent(events, title, first);
  if (found) {
    plan.event = { id: found.id, title: found.title, startsOn: found.startsOn, created: false };
    return found;
  }
  const created = eventDocumentSchema.safeParse({
    ...importStamps(input),
    kind: 'party',
    title,
    startsOn: last,
    notes: `Créé par l’import de la billetterie HelloAsso « ${truncateText(input.fileName ?? '', 200)} », à la date de la dernière commande : corrigez la date dans Événements.`,
  });
  if (!created.success) return fieldsRefused(created.error);
  plan.events.push(created.data);
  plan.event = { id: created.data.id, title, startsOn: last, created: true };
  return created.data;
}

function notesOf(record: HelloAssoTicketRecord): string {
  const paidBy = samePerson(record.person, record.payer)
    ? ''
    : `, payé par ${record.payer.firstName} ${record.payer.lastName}`.trimEnd();
  const parts = [
    `HelloAsso, commande ${record.orderRef}${record.ticketNumber ? `, billet ${record.ticketNumber}` : ''}` +
      `${record.tariff ? ` — ${record.tariff} (${euros(record.amountCents)})` : ''}${paidBy}.`,
    record.promoCode ? `Code promo ${record.promoCode}.` : '',
    ...record.options.map((option) => `${option.label} : ${option.value}.`),
    ...record.customFields.map((field) => `${field.label} : ${field.value}.`),
  ];
  return truncateText(parts.filter((part) => part !== '').join('\n'), 500);
}

function planTicket(planner: Planner, event: EventDocument, record: HelloAssoTicketRecord): PlannedRow {
  const row = rowOf(record.line, displayName(record.person));
  const participant = findOrCreatePerson(planner, record.person);
  if (!participant.ok) return row(participant.outcome, participant.message);
  if (!samePerson(record.person, record.payer)) {
    const payer = findOrCreatePerson(planner, record.payer);
    if (!payer.ok)
      return row(
        payer.outcome,
        `payeur ${record.payer.firstName} ${record.payer.lastName} : ${payer.message}`,
      );
  }
  const id = attendanceId(event.id, participant.person.id);
  const known = [...(planner.input.attendance ?? []), ...planner.plan.attendance].find((a) => a.id === id);
  if (known) {
    return row(
      'unchanged',
      `déjà inscrit·e à « ${event.title} »${record.ticketNumber ? ` (billet ${record.ticketNumber})` : ''}.`,
    );
  }
  const attendance = attendanceDocumentSchema.safeParse({
    ...importStamps(planner.input),
    id,
    eventId: event.id,
    personId: participant.person.id,
    registered: true,
    notes: notesOf(record),
  });
  if (!attendance.success) return row('error', fieldsRefused(attendance.error));
  planner.plan.attendance.push(attendance.data);
  return row(participant.created ? 'new' : 'updated');
}

/** The registrations of a ticketing export, to the event found or created. */
export function planTickets(planner: Planner, records: readonly HelloAssoTicketRecord[]): PlannedRow[] {
  const valid = records.filter((record) => record.status === 'valid');
  const event = valid.length > 0 ? ticketEvent(planner, valid) : undefined;
  return records.map((record) => {
    const row = rowOf(record.line, displayName(record.person));
    if (record.status !== 'valid') return row('skipped', statusSkipped(record.status));
    if (typeof event === 'string' || event === undefined) {
      return row(
        'error',
        `événement « ${eventTitleFromFileName(planner.input.fileName ?? '')} » impossible à créer (${event ?? ''}) : créez-le dans Événements, puis importez à nouveau.`,
      );
    }
    return planTicket(planner, event, record);
  });
}
