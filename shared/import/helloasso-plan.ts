import { formatFrenchDate } from '@shared/dates/parse-date';
import { IN_SEASONS_SETTINGS } from '@shared/import/settings-fix';
import type { DonationDocument } from '@shared/donations/donation';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import type { HelloAssoExport, HelloAssoMembershipRecord, HelloAssoStatus } from '@shared/import/helloasso';
import { planPayment } from '@shared/import/helloasso-payments';
import { planTickets } from '@shared/import/helloasso-tickets';
import type { PersonFill } from '@shared/import/person-fill';
import { normaliseLabel } from '@shared/import/helloasso-values';
import { createPeopleMatcher, fieldsRefused, type PeopleMatcher } from '@shared/import/people-match';
import type { TableError } from '@shared/import/table';
import { membershipDocumentSchema, type MembershipDocument } from '@shared/members/membership';
import { nextMemberNumber } from '@shared/members/member-number';
import { displayName, personDocumentSchema, type PersonDocument } from '@shared/members/person';
import type { Season, Tariff } from '@shared/members/season';
import type { WriteContext } from '@shared/schema/common';
import { newStamps } from '@shared/schema/stamps';
import { truncateText } from '@shared/text/unicode';
import type { EventId } from '@shared/ids';

/**
 * What importing a HelloAsso export would do, computed before anything is written (the dry run),
 * and the complete, validated documents to write if the secretary confirms: all or nothing.
 *
 * - Adhésions: the member (not the payer, who is named in the cotisation's notes) is found among
 *   the people or created; the cotisation gets the season that holds its date, the season's tariff
 *   of the same name, and the order reference as `paymentReference`. A cotisation already
 *   recorded with that reference for that person is left alone: importing a file twice changes
 *   nothing. Pending, refused and cancelled orders were never paid: skipped. A refunded one is
 *   recorded as cancelled, for the accounts.
 * - Paiements: a payment of an « Adhésion » campaign is matched by order reference with the
 *   cotisation the adhésions export brought — never a second cotisation. A « Don » campaign's
 *   payment, and any « Don supplémentaire », is a donation of the payer (helloasso-payments.ts),
 *   kept by its payment reference.
 * - Billetterie: participants (and payers) found or created, each registered to the event the
 *   file is about, found or created (helloasso-tickets.ts).
 *
 * Lines that were never paid or were paid back are not imported; `notImported` counts them by
 * status for the dry run.
 */
export type RowOutcome = 'new' | 'updated' | 'unchanged' | 'duplicate' | 'skipped' | 'linked' | 'error';

export interface PlannedRow {
  line: number;
  name: string;
  outcome: RowOutcome;
  message?: string;
}

export interface ImportPlan {
  importId: string;
  people: PersonDocument[];
  memberships: MembershipDocument[];
  /** At most one: the event of a ticketing export, when no event of Tilleul is it. */
  events: EventDocument[];
  attendance: AttendanceDocument[];
  donations: DonationDocument[];
  /**
   * The empty fields of people already in Tilleul that a mapped file fills (person-fill.ts):
   * written with the import, undone with it.
   */
  fills: PersonFill[];
  /** Ticketing: the event the registrations go to, and whether the import creates it. */
  event?: { id: EventId; title: string; startsOn: string; created: boolean };
  rows: PlannedRow[];
  counts: Record<RowOutcome, number>;
  /** Lines not imported because of their HelloAsso status (pending, cancelled, refunded, refused). */
  notImported: Partial<Record<Exclude<HelloAssoStatus, 'valid'>, number>>;
  /** Every row that cannot be imported, with its line and a French reason (file errors too). */
  errors: TableError[];
}

export interface PlanInput {
  importId: string;
  context: WriteContext;
  /** This device's member number series. */
  series: string;
  people: readonly PersonDocument[];
  memberships: readonly MembershipDocument[];
  seasons: readonly Season[];
  events?: readonly EventDocument[];
  attendance?: readonly AttendanceDocument[];
  donations?: readonly DonationDocument[];
  /** The chosen file's name: a ticketing export names its event only there (« billetterie-loto-2025.csv »). */
  fileName?: string;
  /** The importing user may record donations (donations.manage): the treasurer, the administrator. */
  canManageDonations?: boolean;
  /** Numbers of people removed from the file on this device: never given again. */
  retiredNumbers?: readonly string[];
}

/** Every member number a new person of the import must not get: the file's and the retired. */
export function numbersInUse(input: PlanInput): string[] {
  return [
    ...input.people.flatMap((p) => [p.memberNumber, ...p.formerMemberNumbers]),
    ...(input.retiredNumbers ?? []),
  ].filter((n) => n !== '');
}

const NOTES_MAX = 1000;
const REFERENCE_MAX = 60;

const tariffKey = (label: string) => normaliseLabel(label).replace(/^adhesion\s+/, '');

function tariffOf(season: Season, label: string): Tariff | undefined {
  const wanted = tariffKey(label);
  return season.tariffs.find((tariff) => tariffKey(tariff.label) === wanted);
}

function notesOf(record: HelloAssoMembershipRecord): string {
  const { payer } = record;
  const paidBy = samePerson(record) ? '' : ` par ${payer.firstName} ${payer.lastName}`.trimEnd();
  const parts = [
    `HelloAsso, commande ${record.orderRef}, payée${paidBy}${payer.company ? ` (${payer.company})` : ''}` +
      `${payer.email && !samePerson(record) ? `, ${payer.email}` : ''}` +
      `${record.paymentMethod ? ` — ${record.paymentMethod}` : ''}.`,
    record.promoCode ? `Code promo ${record.promoCode}.` : '',
    ...record.options.map(
      (option) =>
        `${option.label} : ${option.value}${option.amountCents ? ` (${(option.amountCents / 100).toFixed(2).replace('.', ',')} €)` : ''}.`,
    ),
    ...record.customFields.map((field) => `${field.label} : ${field.value}.`),
  ];
  return truncateText(parts.filter((part) => part !== '').join('\n'), NOTES_MAX);
}

function samePerson(record: HelloAssoMembershipRecord): boolean {
  const { person, payer } = record;
  return (
    normaliseLabel(`${person.firstName} ${person.lastName}`) ===
    normaliseLabel(`${payer.firstName} ${payer.lastName}`)
  );
}

export interface Planner {
  input: PlanInput;
  matcher: PeopleMatcher;
  numbers: string[];
  plan: ImportPlan;
}

function personDraft(planner: Planner, record: HelloAssoMembershipRecord) {
  const { input } = planner;
  const paidOn = record.date.slice(0, 10);
  const consent =
    record.imageRights === undefined
      ? undefined
      : { status: record.imageRights ? 'granted' : 'refused', on: paidOn };
  return personDocumentSchema.safeParse({
    ...newStamps(input.context),
    firstName: record.person.firstName,
    lastName: record.person.lastName,
    birthDate: record.birthDate ?? '',
    email: record.person.email ?? '',
    phone: record.phone ?? '',
    address: {
      line1: record.address.street,
      line2: '',
      postalCode: record.address.postcode,
      city: record.address.city,
      country: record.address.country.toLowerCase() === 'france' ? '' : record.address.country,
    },
    memberNumber: nextMemberNumber(input.series, planner.numbers),
    ...(consent ? { consents: { imageRights: consent } } : {}),
    origin: 'import',
    importId: input.importId,
  });
}

function planMembership(planner: Planner, record: HelloAssoMembershipRecord): PlannedRow {
  const { input, plan } = planner;
  const name = displayName(record.person);
  const row = (outcome: RowOutcome, message?: string): PlannedRow => ({
    line: record.line,
    name,
    outcome,
    ...(message ? { message } : {}),
  });
  if (record.status === 'pending' || record.status === 'refused' || record.status === 'cancelled') {
    const said = { pending: 'en attente', refused: 'refusée', cancelled: 'annulée' }[record.status];
    return row('skipped', `commande ${said} sur HelloAsso : rien n’a été payé.`);
  }
  const paidOn = record.date.slice(0, 10);
  const season = input.seasons.find((s) => s.startsOn <= paidOn && paidOn <= s.endsOn);
  if (!season) {
    return row(
      'error',
      `aucune saison ne contient le ${formatFrenchDate(paidOn)} : créez-la ${IN_SEASONS_SETTINGS}, puis importez à nouveau.`,
    );
  }
  const tariff = tariffOf(season, record.tariff);
  if (!tariff) {
    return row(
      'error',
      `le tarif « ${record.tariff} » n’existe pas dans la saison ${season.label} : ajoutez-le (même nom) ${IN_SEASONS_SETTINGS}, puis importez à nouveau.`,
    );
  }
  if (tariff.scope === 'household') {
    return row(
      'error',
      `« ${tariff.label} » est un tarif famille : enregistrez cette cotisation à la main sur la fiche du foyer.`,
    );
  }
  if (record.orderRef.length > REFERENCE_MAX)
    return row('error', `référence de commande trop longue (${REFERENCE_MAX} caractères au plus).`);
  if (record.amountCents === 0 && tariff.amount > 0) {
    return row(
      'error',
      `montant de 0 € sur le tarif payant « ${tariff.label} » : vérifiez la commande sur HelloAsso.`,
    );
  }

  const draft = personDraft(planner, record);
  if (!draft.success) return row('error', fieldsRefused(draft.error));
  const match = planner.matcher.match(draft.data);
  if (match.kind === 'duplicate') return row('duplicate', match.message);
  const holder = match.kind === 'existing' ? match.person : draft.data;
  const already = [...input.memberships, ...plan.memberships].some(
    (m) => m.holderId === holder.id && m.paymentReference === record.orderRef,
  );
  if (already) return row('unchanged', 'déjà importée (même commande HelloAsso).');
  const typed = input.memberships.find(
    (m) =>
      m.holderId === holder.id &&
      m.seasonId === season.id &&
      m.tariffId === tariff.id &&
      m.cancelledOn === '',
  );
  if (typed) {
    return row(
      'duplicate',
      `a déjà une cotisation « ${typed.tariffLabel} » pour ${season.label}, payée le ${formatFrenchDate(typed.paidOn)} : ` +
        'si c’est la même, notez-y la référence HelloAsso (' +
        record.orderRef +
        ') puis importez à nouveau.',
    );
  }

  const membership = membershipDocumentSchema.safeParse({
    ...newStamps(input.context),
    holderKind: 'person',
    holderId: holder.id,
    seasonId: season.id,
    tariffId: tariff.id,
    tariffLabel: tariff.label,
    taxReceiptAllowed: tariff.taxReceiptAllowed,
    amount: record.amountCents,
    paymentMethod: 'helloasso',
    paymentReference: record.orderRef,
    paidOn,
    receivedBy: input.context.userId,
    ...(record.status === 'refunded'
      ? { cancelledOn: paidOn, cancelReason: 'Remboursée sur HelloAsso.' }
      : {}),
    notes: notesOf(record),
    origin: 'import',
    importId: input.importId,
  });
  if (!membership.success) return row('error', fieldsRefused(membership.error));
  if (match.kind === 'new') {
    plan.people.push(draft.data);
    planner.numbers.push(draft.data.memberNumber);
    planner.matcher.add(draft.data);
  }
  plan.memberships.push(membership.data);
  return row(match.kind === 'new' ? 'new' : 'updated');
}

/** A plan with nothing in it yet: every import (HelloAsso or a mapped table) starts from one. */
export function emptyImportPlan(importId: string): ImportPlan {
  return {
    importId,
    people: [],
    memberships: [],
    events: [],
    attendance: [],
    donations: [],
    fills: [],
    rows: [],
    counts: { new: 0, updated: 0, unchanged: 0, duplicate: 0, skipped: 0, linked: 0, error: 0 },
    notImported: {},
    errors: [],
  };
}

/** The dry run of `parsed` against what the database holds. Pure: writes nothing. */
export function planHelloAssoImport(parsed: HelloAssoExport, input: PlanInput): ImportPlan {
  const plan: ImportPlan = { ...emptyImportPlan(input.importId), errors: [...parsed.errors] };
  const planner: Planner = {
    input,
    plan,
    matcher: createPeopleMatcher([...input.people]),
    numbers: numbersInUse(input),
  };
  const rows =
    parsed.kind === 'memberships'
      ? parsed.records.map((record) => planMembership(planner, record))
      : parsed.kind === 'payments'
        ? parsed.records.map((record) => planPayment(planner, record))
        : parsed.kind === 'tickets'
          ? planTickets(planner, parsed.records)
          : [];
  for (const record of parsed.records) {
    if (record.status !== 'valid' && !(parsed.kind === 'memberships' && record.status === 'refunded'))
      plan.notImported[record.status] = (plan.notImported[record.status] ?? 0) + 1;
  }
  for (const row of rows) {
    plan.rows.push(row);
    plan.counts[row.outcome] += 1;
    if (row.outcome === 'error' || row.outcome === 'duplicate')
      plan.errors.push({ line: row.line, message: `${row.name} : ${row.message ?? ''}` });
  }
  plan.counts.error += parsed.errors.length;
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}
