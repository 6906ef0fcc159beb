import { readCsvTable, type ImportTable, type TableError } from '@shared/import/table';
import {
  normaliseLabel,
  readCents,
  readDateTime,
  readEmail,
  readStatus,
  readYesNo,
  type HelloAssoStatus,
  type Read,
} from '@shared/import/helloasso-values';

/**
 * HelloAsso's exports, recognised by their columns and read with no question asked: adhésions
 * (one row per member), billetterie (one row per ticket) and paiements (one row per payment, with
 * its « Don supplémentaire »). Columns HelloAsso does not always write (custom fields the
 * association added to its form, options such as a « Yoga » activity and its « Montant Yoga »)
 * are kept on each record. Contract (issue 18): never throws; an unknown file gives an error.
 */
export type { HelloAssoStatus } from '@shared/import/helloasso-values';
export type HelloAssoKind = 'memberships' | 'tickets' | 'payments';

export interface HelloAssoPerson {
  firstName: string;
  lastName: string;
  email?: string;
}
export interface HelloAssoPayer extends HelloAssoPerson {
  /** « Raison sociale »: the payer is an organisation (a company paying for someone). */
  company?: string;
}
export interface HelloAssoOption {
  label: string;
  value: string;
  amountCents: number;
}
export interface HelloAssoCustomField {
  label: string;
  value: string;
}

interface RecordBase {
  /** Row of the file, 1-based, header = 1, as the spreadsheet numbers it. */
  line: number;
  orderRef: string;
  status: HelloAssoStatus;
  /** ISO 8601 local time as written: `2025-09-05T18:02`, `…T18:02:41` or a bare `2025-12-20`. */
  date: string;
  amountCents: number;
  /** The member, the participant, or (payments) the payer. */
  person: HelloAssoPerson;
  payer: HelloAssoPayer;
  /** « Carte bancaire », « Chèque », « Espèces »… as written. */
  paymentMethod: string;
  customFields: HelloAssoCustomField[];
}

export interface HelloAssoMembershipRecord extends RecordBase {
  kind: 'memberships';
  tariff: string;
  tariffCents: number;
  promoCode: string;
  /** Negative, or 0. `amountCents` = `tariffCents` + `promoCents`. */
  promoCents: number;
  options: HelloAssoOption[];
  birthDate?: string;
  address: { street: string; postcode: string; city: string; country: string };
  phone?: string;
  imageRights?: boolean;
}

export interface HelloAssoTicketRecord extends RecordBase {
  kind: 'tickets';
  tariff: string;
  tariffCents: number;
  promoCode: string;
  promoCents: number;
  ticketNumber: string;
  options: HelloAssoOption[];
  imageRights?: boolean;
}

export type HelloAssoCampaignType = 'membership' | 'donation' | 'event' | 'other';

export interface HelloAssoPaymentRecord extends RecordBase {
  kind: 'payments';
  paymentRef: string;
  campaign: string;
  campaignType: HelloAssoCampaignType;
  /** « Adhésion », « Don », « Billetterie »… as written. */
  campaignTypeLabel: string;
  tariffCents: number;
  optionsCents: number;
  /** « Don supplémentaire »; for a donation campaign without that column filled, the total. */
  donationCents: number;
  promoCents: number;
}

export type HelloAssoRecord = HelloAssoMembershipRecord | HelloAssoTicketRecord | HelloAssoPaymentRecord;

export type HelloAssoExport =
  | { kind: 'memberships'; records: HelloAssoMembershipRecord[]; errors: TableError[] }
  | { kind: 'tickets'; records: HelloAssoTicketRecord[]; errors: TableError[] }
  | { kind: 'payments'; records: HelloAssoPaymentRecord[]; errors: TableError[] }
  /** Not a HelloAsso export (or empty, or unreadable): `errors` says why. */
  | { kind: null; records: []; errors: TableError[] };

/** Longest names the people schema takes (shared/members/person.ts). */
const FIRST_NAME_MAX = 80;
const LAST_NAME_MAX = 120;

const COMMON = [
  'reference commande',
  'date de la commande',
  'statut de la commande',
  'nom payeur',
  'prenom payeur',
  'email payeur',
  'raison sociale',
  'moyen de paiement',
  'code promo',
  'montant code promo',
];
/** The member's details an adhésions export has in columns of its own (the rest are custom fields). */
export const MEMBER_DETAIL_COLUMNS: readonly string[] = [
  'date de naissance',
  'adresse',
  'code postal',
  'ville',
  'pays',
  'telephone portable',
  'telephone',
  'email',
  "droit a l'image",
];

const KNOWN: Record<HelloAssoKind, { required: string[]; known: string[] }> = {
  memberships: {
    required: [
      'reference commande',
      'date de la commande',
      'statut de la commande',
      'nom adherent',
      'prenom adherent',
      'montant tarif',
    ],
    known: [...COMMON, 'nom adherent', 'prenom adherent', 'tarif', 'montant tarif', ...MEMBER_DETAIL_COLUMNS],
  },
  tickets: {
    required: [
      'reference commande',
      'date de la commande',
      'statut de la commande',
      'nom participant',
      'prenom participant',
      'montant tarif',
    ],
    known: [
      ...COMMON,
      'nom participant',
      'prenom participant',
      'billet',
      'numero de billet',
      'tarif',
      'montant tarif',
      'email participant',
      "droit a l'image",
    ],
  },
  payments: {
    required: [
      'reference commande',
      'date du paiement',
      'statut du paiement',
      'nom payeur',
      'prenom payeur',
      'montant total',
    ],
    known: [
      'reference commande',
      'reference paiement',
      'montant total',
      'date du paiement',
      'statut du paiement',
      'verse',
      'date du versement',
      'nom payeur',
      'prenom payeur',
      'email payeur',
      'raison sociale',
      'campagne',
      'type de campagne',
      'montant du tarif',
      'montant des options',
      'don supplementaire',
      'montant du code promo',
      'moyen de paiement',
    ],
  },
};

const NOT_HELLOASSO =
  'Ce fichier n’est pas un export HelloAsso reconnu (adhésions, billetterie ou paiements) : ' +
  'exportez la liste depuis votre espace HelloAsso sans renommer ni retirer de colonnes, ou ' +
  'importez-le comme un tableau ordinaire (CSV ou Excel) en choisissant les colonnes.';

function detectKind(labels: ReadonlySet<string>): HelloAssoKind | null {
  if (labels.has('reference paiement') || labels.has('statut du paiement')) return 'payments';
  if (labels.has('nom adherent') || labels.has('prenom adherent')) return 'memberships';
  if (labels.has('nom participant') || labels.has('prenom participant')) return 'tickets';
  return null;
}

/** Cells of a row by normalised header label; the first of two same-named columns wins. */
class Row {
  private readonly errors: string[] = [];
  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly cells: readonly string[],
  ) {}
  text(label: string): string {
    const index = this.columns.get(label);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }
  read<T>(result: Read<T>, fallback: T): T {
    if (result.ok) return result.value;
    this.errors.push(result.message);
    return fallback;
  }
  fail(message: string): void {
    this.errors.push(message);
  }
  get problems(): readonly string[] {
    return this.errors;
  }
}

function readName(
  row: Row,
  lastLabel: string,
  firstLabel: string,
  who: string,
): { firstName: string; lastName: string } {
  const lastName = row.text(lastLabel);
  const firstName = row.text(firstLabel);
  if (lastName === '' && firstName === '') row.fail(`nom et prénom ${who} vides.`);
  else if (lastName === '') row.fail(`nom ${who} vide (prénom « ${firstName} »).`);
  if (lastName.length > LAST_NAME_MAX)
    row.fail(`nom ${who} trop long (${LAST_NAME_MAX} caractères au plus).`);
  if (firstName.length > FIRST_NAME_MAX)
    row.fail(`prénom ${who} trop long (${FIRST_NAME_MAX} caractères au plus).`);
  return { firstName, lastName };
}

const samePerson = (a: HelloAssoPerson, b: HelloAssoPerson) =>
  normaliseLabel(a.firstName) === normaliseLabel(b.firstName) &&
  normaliseLabel(a.lastName) === normaliseLabel(b.lastName);

function readPayer(row: Row): HelloAssoPayer {
  const name = readName(row, 'nom payeur', 'prenom payeur', 'du payeur');
  const email = row.read(readEmail(row.text('email payeur'), 'e-mail du payeur'), undefined);
  const company = row.text('raison sociale');
  return { ...name, ...(email ? { email } : {}), ...(company ? { company } : {}) };
}

interface Layout {
  columns: Map<string, number>;
  options: { label: string; value: number; amount: number }[];
  custom: { label: string; index: number }[];
}

/** Which column is which, and which are options (« X » then « Montant X ») or custom fields. */
function layoutOf(header: readonly string[], kind: HelloAssoKind): Layout {
  const columns = new Map<string, number>();
  header.forEach((title, index) => {
    const label = normaliseLabel(title);
    if (!columns.has(label)) columns.set(label, index);
  });
  const known = new Set(KNOWN[kind].known);
  const options: Layout['options'] = [];
  const inOption = new Set<number>();
  header.forEach((title, index) => {
    const label = normaliseLabel(title);
    if (!label.startsWith('montant ') || known.has(label)) return;
    const value = columns.get(label.slice('montant '.length));
    if (value === undefined || known.has(label.slice('montant '.length))) return;
    options.push({ label: header[value]?.trim() ?? '', value, amount: index });
    inOption.add(value).add(index);
  });
  const custom = header
    .map((title, index) => ({ label: title.trim(), index }))
    .filter(({ label, index }) => label !== '' && !known.has(normaliseLabel(label)) && !inOption.has(index));
  return { columns, options, custom };
}

function extras(row: Row, cells: readonly string[], layout: Layout) {
  const options = layout.options
    .map((option) => ({
      label: option.label,
      value: (cells[option.value] ?? '').trim(),
      amountCents: row.read(readCents(cells[option.amount] ?? '', `montant « ${option.label} »`), 0),
    }))
    .filter((option) => option.value !== '' || option.amountCents !== 0);
  const customFields = layout.custom
    .map(({ label, index }) => ({ label, value: (cells[index] ?? '').trim() }))
    .filter((field) => field.value !== '');
  return { options, customFields };
}

function common(row: Row, dateLabel: string, statusLabel: string) {
  const orderRef = row.text('reference commande');
  if (orderRef === '') row.fail('référence de commande manquante.');
  return {
    orderRef,
    date: row.read(readDateTime(row.text(dateLabel), 'date'), ''),
    status: row.read(readStatus(row.text(statusLabel)), 'valid' as HelloAssoStatus),
    payer: readPayer(row),
    paymentMethod: row.text('moyen de paiement'),
  };
}

function personWithEmail(
  row: Row,
  name: { firstName: string; lastName: string },
  emailLabel: string,
  payer: HelloAssoPayer,
): HelloAssoPerson {
  const own = row.read(readEmail(row.text(emailLabel), 'e-mail'), undefined);
  // A child registered by a parent has no address of their own: the payer's is theirs only if
  // they are the payer.
  const email = own ?? (samePerson(name, payer) ? payer.email : undefined);
  return { ...name, ...(email ? { email } : {}) };
}

function membershipRecord(
  row: Row,
  line: number,
  cells: readonly string[],
  layout: Layout,
): HelloAssoMembershipRecord {
  const base = common(row, 'date de la commande', 'statut de la commande');
  const name = readName(row, 'nom adherent', 'prenom adherent', 'de l’adhérent');
  const tariffCents = row.read(readCents(row.text('montant tarif'), 'montant du tarif'), 0);
  const promoCents = row.read(readCents(row.text('montant code promo'), 'montant du code promo', true), 0);
  const birth = row.text('date de naissance');
  const birthDate = birth === '' ? undefined : row.read(readDateTime(birth, 'date de naissance'), undefined);
  const phone = row.text('telephone portable') || row.text('telephone');
  const imageRights = readYesNo(row.text("droit a l'image"));
  return {
    kind: 'memberships',
    line,
    ...base,
    amountCents: Math.max(0, tariffCents + promoCents),
    person: personWithEmail(row, name, 'email', base.payer),
    tariff: row.text('tarif'),
    tariffCents,
    promoCode: row.text('code promo'),
    promoCents,
    ...extras(row, cells, layout),
    ...(birthDate ? { birthDate: birthDate.slice(0, 10) } : {}),
    address: {
      street: row.text('adresse'),
      postcode: row.text('code postal'),
      city: row.text('ville'),
      country: row.text('pays'),
    },
    ...(phone ? { phone } : {}),
    ...(imageRights === undefined ? {} : { imageRights }),
  };
}

function ticketRecord(
  row: Row,
  line: number,
  cells: readonly string[],
  layout: Layout,
): HelloAssoTicketRecord {
  const base = common(row, 'date de la commande', 'statut de la commande');
  const name = readName(row, 'nom participant', 'prenom participant', 'du participant');
  const tariffCents = row.read(readCents(row.text('montant tarif'), 'montant du tarif'), 0);
  const promoCents = row.read(readCents(row.text('montant code promo'), 'montant du code promo', true), 0);
  const imageRights = readYesNo(row.text("droit a l'image"));
  return {
    kind: 'tickets',
    line,
    ...base,
    amountCents: Math.max(0, tariffCents + promoCents),
    person: personWithEmail(row, name, 'email participant', base.payer),
    tariff: row.text('tarif'),
    tariffCents,
    promoCode: row.text('code promo'),
    promoCents,
    ticketNumber: row.text('numero de billet'),
    ...extras(row, cells, layout),
    ...(imageRights === undefined ? {} : { imageRights }),
  };
}

function campaignType(label: string): HelloAssoCampaignType {
  const text = normaliseLabel(label);
  if (text.startsWith('adhesion')) return 'membership';
  if (text === 'don' || text.startsWith('don ') || text === 'dons' || text === 'crowdfunding')
    return 'donation';
  if (text.startsWith('billetterie') || text === 'evenement') return 'event';
  return 'other';
}

function paymentRecord(
  row: Row,
  line: number,
  cells: readonly string[],
  layout: Layout,
): HelloAssoPaymentRecord {
  const base = common(row, 'date du paiement', 'statut du paiement');
  const amountCents = row.read(readCents(row.text('montant total'), 'montant total'), 0);
  const typeLabel = row.text('type de campagne');
  const type = campaignType(typeLabel);
  const extra = row.read(readCents(row.text('don supplementaire'), 'don supplémentaire'), 0);
  return {
    kind: 'payments',
    line,
    ...base,
    amountCents,
    person: base.payer.email
      ? { firstName: base.payer.firstName, lastName: base.payer.lastName, email: base.payer.email }
      : { firstName: base.payer.firstName, lastName: base.payer.lastName },
    paymentRef: row.text('reference paiement'),
    campaign: row.text('campagne'),
    campaignType: type,
    campaignTypeLabel: typeLabel,
    tariffCents: row.read(readCents(row.text('montant du tarif'), 'montant du tarif'), 0),
    optionsCents: row.read(readCents(row.text('montant des options'), 'montant des options'), 0),
    donationCents: type === 'donation' && extra === 0 ? amountCents : extra,
    promoCents: row.read(readCents(row.text('montant du code promo'), 'montant du code promo', true), 0),
    customFields: extras(row, cells, layout).customFields,
  };
}

const READERS = { memberships: membershipRecord, tickets: ticketRecord, payments: paymentRecord };

/**
 * How the error of a HelloAsso export missing columns begins: such a file goes to the column
 * mapping like any table, and the screen says why it was not imported on its own.
 */
export const HELLOASSO_INCOMPLETE = 'Export HelloAsso incomplet';

/** A table already read (CSV, or an XLSX sheet) as a HelloAsso export. */
export function parseHelloAssoTable(table: ImportTable): HelloAssoExport {
  const labels = new Set(table.header.map(normaliseLabel));
  const kind = detectKind(labels);
  if (kind === null) {
    const message =
      table.header.length === 0
        ? `Le fichier est vide ou n’a pas de ligne d’en-tête. ${NOT_HELLOASSO}`
        : NOT_HELLOASSO;
    return { kind: null, records: [], errors: [{ line: Math.max(1, table.headerLine), message }] };
  }
  const missing = KNOWN[kind].required.filter((label) => !labels.has(label));
  if (missing.length > 0) {
    const names = missing.map((label) => `« ${label} »`).join(', ');
    return {
      kind: null,
      records: [],
      errors: [
        {
          line: table.headerLine,
          message: `${HELLOASSO_INCOMPLETE} : il manque les colonnes ${names}. Exportez à nouveau la liste complète depuis HelloAsso, ou choisissez ci-dessous les colonnes.`,
        },
      ],
    };
  }
  const layout = layoutOf(table.header, kind);
  const errors = [...table.errors];
  const records: HelloAssoRecord[] = [];
  for (const { line, cells } of table.rows) {
    const row = new Row(layout.columns, cells);
    const record = READERS[kind](row, line, cells, layout);
    if (row.problems.length > 0) errors.push({ line, message: row.problems.join(' ; ') });
    else records.push(record);
  }
  errors.sort((a, b) => a.line - b.line);
  return { kind, records, errors } as HelloAssoExport;
}

/** `text`: the decoded file (see decode.ts). Never throws. */
export function parseHelloAssoExport(text: string): HelloAssoExport {
  try {
    if (text.replace(/^\ufeff/, '').trim() === '') {
      return {
        kind: null,
        records: [],
        errors: [{ line: 1, message: 'Le fichier est vide : aucune ligne à importer.' }],
      };
    }
    if (text.includes('\u0000')) {
      return {
        kind: null,
        records: [],
        errors: [{ line: 1, message: `Ce fichier n’est pas un tableau en texte (CSV). ${NOT_HELLOASSO}` }],
      };
    }
    return parseHelloAssoTable(readCsvTable(text));
  } catch (error) {
    return {
      kind: null,
      records: [],
      errors: [
        {
          line: 1,
          message: `Lecture impossible (${error instanceof Error ? error.message : String(error)}). ${NOT_HELLOASSO}`,
        },
      ],
    };
  }
}
