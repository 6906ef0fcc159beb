import type { TFunction } from 'i18next';
import type { AuditChange, AuditEntry } from '@shared/audit/audit';
import { isDemoId } from '@shared/demo/demo-id';
import { ERASED_VALUE } from '@shared/audit/erasure';
import { formatDate, formatDateTime, formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import { formatAddress } from '@shared/members/address';
import type { Address } from '@shared/members/address';
import { fieldLabel } from '@renderer/components/field-label';
import { UNDO_DETAIL_PREFIX } from '@renderer/data/import/journal-details';

/** Names of what an entry refers to by id, as this device knows them now. */
export interface AuditNames {
  person(id: string): string | undefined;
  household(id: string): string | undefined;
  season(id: string): string | undefined;
  tariff(id: string): string | undefined;
  user(id: string): string | undefined;
  customField(id: string): string | undefined;
  /** An event's title. */
  event(id: string): string | undefined;
  /** Whom and which event a check-in record is about (`undefined` when this device holds none). */
  attendance(id: string): { personId: string; eventId: string } | undefined;
  /** Whose gift and when, for a donation this device holds. */
  donation(id: string): { donorId: string; receivedOn: string } | undefined;
  /** A receipt's number (« 2026-0042 »), for a receipt this device holds. */
  receipt(id: string): string | undefined;
  /** A cotisation's holder, season and tariff (its label as taken, for a tariff renamed or removed since). */
  membership(
    id: string,
  ): { holderId: string; seasonId: string; tariffId: string; tariffLabel: string } | undefined;
  /** When an import was applied (its journal entry's instant), for an import the journal holds. */
  importedAt(id: string): string | undefined;
}

export interface AuditReading {
  t: TFunction;
  locale: string;
  names: AuditNames;
  /** This device's id: its own entries, not yet sent back by the server, read « Cet appareil ». */
  deviceId?: string;
}

const isAddress = (value: unknown): value is Address =>
  typeof value === 'object' && value !== null && 'city' in value && 'postalCode' in value;

/** The start of a list of records or of a record written as JSON (`[{"`, `{"`), never of a name or a note. */
const JSON_TEXT = /^(\[\{"|\{"|\["|\[\])/;
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
/** Amounts in cents: a membership's or a donation's, an event's prices, a receipt's or a slip's total (and a sheet's takings, `totals.takings.*`). */
const MONEY_FIELDS = new Set(['amount', 'memberPrice', 'nonMemberPrice', 'total', 'cash']);
/** A change's path (`doorPayment.amount`, `totals.takings.especes`) holds an amount in cents. */
const isMoneyPath = (path: string) =>
  MONEY_FIELDS.has(path.split('.').at(-1) ?? '') || path.startsWith('totals.takings.');
type Namer = (names: AuditNames, id: string) => string | undefined;
/**
 * « 2025-2026 · Famille »: a cotisation's season and tariff (as taken, if renamed or removed since).
 * A season this device cannot name (removed since) is left out — its id would mean nothing to a
 * reader; the tariff as taken still says which cotisation.
 */
function seasonAndTariff(
  names: AuditNames,
  membership: { seasonId?: string; tariffId?: string; tariffLabel?: string },
): string | undefined {
  const season = membership.seasonId && names.season(membership.seasonId);
  const tariff = (membership.tariffId && names.tariff(membership.tariffId)) || membership.tariffLabel;
  return [season, tariff].filter(Boolean).join(' · ') || undefined;
}
const person: Namer = (names, id) => names.person(id);
/** An account: who received, let in, issued, prepared, closed or cancelled. */
const user: Namer = (names, id) => names.user(id);
/** Fields that hold the id of something this device can name, and how it names it. */
const REFERENCES: Readonly<Record<string, Namer>> = {
  householdId: (names, id) => names.household(id),
  holderId: (names, id) => names.person(id) ?? names.household(id),
  payerId: person,
  proxyHolderId: person,
  personId: person,
  donorId: person,
  eventId: (names, id) => names.event(id),
  seasonId: (names, id) => names.season(id),
  tariffId: (names, id) => names.tariff(id),
  receivedBy: user,
  checkedInBy: user,
  issuedBy: user,
  preparedBy: user,
  closedBy: user,
  cancelledBy: user,
  // A donation's or a fee's receipt, the receipt a correction replaces: by their numbers.
  receiptId: (names, id) => names.receipt(id),
  replaces: (names, id) => names.receipt(id),
  // A cotisation taken at the door with a check-in: by its season and tariff.
  membershipId: (names, id) => {
    const membership = names.membership(id);
    return membership && seasonAndTariff(names, membership);
  },
};
/** Codes whose words depend on the collection: `[collection][path]` → the key of their texts. */
const CODES_BY_COLLECTION: Record<string, Record<string, string>> = {
  events: { kind: 'events.kinds', 'assembly.voters': 'auditReading.voters' },
  donations: { method: 'donations.methods', form: 'donations.forms', nature: 'donations.natures' },
  receipts: {
    kind: 'auditReading.receiptKinds',
    scope: 'auditReading.receiptScopes',
    status: 'auditReading.receiptStatuses',
    'organisation.categoryCode': 'organisation.categories',
  },
  deposits: { status: 'auditReading.depositStatuses' },
  attendance: {
    'doorPayment.method': 'people.membership.methods',
    'doorMembership.method': 'people.membership.methods',
  },
};
/** What `keep` in shared/audit/audit.ts writes instead of a secret or an image. */
const MASKED = '[masqué]';

/** « Ville », « Droit à l’image (date) », « Champ « Taille du maillot » »: a change's field. */
export function auditFieldLabel({ t, names }: AuditReading, collection: string, path: string): string {
  const [field = '', sub, leaf] = path.split('.');
  if (collection === 'events' && field === 'assembly' && sub) {
    return t(`auditReading.assembly.${sub}` as 'auditReading.assembly.voters', {
      defaultValue: fieldLabel(t, collection, field),
    });
  }
  if (field === 'address' && sub) {
    return t(`auditReading.address.${sub}` as 'auditReading.address.city', {
      defaultValue: fieldLabel(t, collection, field),
    });
  }
  if (field === 'consents' && sub) {
    const consent = t(`auditReading.consents.${sub}` as 'auditReading.consents.newsletter', {
      defaultValue: fieldLabel(t, collection, field),
    });
    return leaf === 'on' ? t('auditReading.consents.on', { consent }) : consent;
  }
  if (field === 'customFields' && sub) {
    const name = names.customField(sub);
    return name ? t('auditReading.customField', { name }) : t('auditReading.customFieldGone');
  }
  const whole = fieldLabel(t, collection, field);
  if (!sub) return whole;
  // A part of a record inside the record: a receipt's donor and association as printed, a
  // cancellation, a door's payment, a sheet's totals: « Donateur (sur le reçu) · Prénoms »,
  // « Association (sur le reçu) · Ville », « Totaux · Recette · Espèces ».
  const segments = path.split('.');
  const parts = segments
    .slice(1)
    .map((segment, index) =>
      segments[index] === 'address'
        ? t(`auditReading.address.${segment}` as 'auditReading.address.city', { defaultValue: '' })
        : t(`auditReading.parts.${segment}` as 'auditReading.parts.name', { defaultValue: '' }),
    );
  return parts.every(Boolean) ? [whole, ...parts].join(' · ') : whole;
}

/**
 * A value as a person reads it: names instead of ids, codes in words, dates and money formatted.
 * `collection`: where the field is (an event's `kind` is not a person's).
 */
export function auditValue(reading: AuditReading, path: string, value: unknown, collection?: string): string {
  const { t, locale, names } = reading;
  const field = path.split('.').at(-1) ?? path;
  if (value === null || value === undefined || value === '') return t('auditReading.empty');
  if (value === MASKED || path.split('.')[0] === 'secret') return t('auditReading.masked');
  if (typeof value === 'boolean') return value ? t('auditReading.yes') : t('auditReading.no');
  if (Array.isArray(value)) {
    // The ids of the records a merge absorbed: they exist no more, their number says enough.
    if (field === 'mergedIds') return t('auditReading.records', { count: value.length });
    return value.every((item) => typeof item === 'string')
      ? value.join(', ')
      : t('auditReading.items', { count: value.length });
  }
  if (typeof value === 'number')
    return isMoneyPath(path) ? formatMoney(value as Cents, locale) : String(value);
  if (isAddress(value)) return formatAddress(value) || t('auditReading.empty');
  if (typeof value !== 'string') return t('auditReading.changedList');
  // A list or a record the journal kept as JSON text (shared/audit/audit.ts), cut when too long:
  // a receipt's lines. Read again when whole; never shown as JSON.
  if (JSON_TEXT.test(value)) {
    const whole = parsedJson(value);
    return whole === undefined ? t('auditReading.longList') : auditValue(reading, path, whole, collection);
  }
  const namer = Object.hasOwn(REFERENCES, field) ? REFERENCES[field] : undefined;
  // A record deleted since, or one this device is not sent (a door is sent no receipt): an id
  // would tell its reader nothing.
  if (namer) return namer(names, value) ?? t('auditReading.notHere');
  if (field === 'importId') {
    const at = names.importedAt(value);
    return at
      ? t('auditReading.importOf', { at: formatDateTime(at, locale) })
      : t('auditReading.importUnknown');
  }
  if (field === 'paymentMethod')
    return t(`people.membership.methods.${value}` as 'people.membership.methods.cheque');
  if (field === 'role') return t(`roles.${value}` as 'roles.admin');
  // By path: a receipt's donor snapshot (`donor.kind`) has a person's kind, not a receipt's.
  const codes = collection ? CODES_BY_COLLECTION[collection]?.[path] : undefined;
  if (codes) return t(`${codes}.${value}` as 'auditReading.voters.all-members', { defaultValue: value });
  if (field === 'kind') return t(`merge.kinds.${value}` as 'merge.kinds.person');
  if (field === 'origin') return t(`auditReading.origins.${value}` as 'auditReading.origins.office');
  if (field === 'secretKind') return t(`auditReading.secretKinds.${value}` as 'auditReading.secretKinds.pin');
  if (field === 'holderKind')
    return t(`auditReading.holderKinds.${value}` as 'auditReading.holderKinds.person');
  if (field === 'status')
    return t(`auditReading.consentStatus.${value}` as 'auditReading.consentStatus.granted');
  if (ISO_DATE.test(value)) return formatDate(value, locale);
  if (ISO_INSTANT.test(value)) return formatDateTime(value, locale);
  return `«\u00a0${value}\u00a0»`;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Nothing in a part of a record: a part's amount at zero (a check-in with nothing paid at the door
 * records its door payment's and door cotisation's amounts as 0, a sheet its empty takings). A
 * record's own amount at zero (a free tariff) is said.
 */
const isEmptyIn = (field: string, value: unknown) =>
  isEmpty(value) || (value === 0 && field.includes('.') && isMoneyPath(field));

/** A change worth a line: a creation records every field, most of them empty on both sides. */
export function isVisibleChange(change: AuditChange): boolean {
  return !(isEmptyIn(change.field, change.before) && isEmptyIn(change.field, change.after));
}

/**
 * The changes worth a line, once each: a membership stores its tariff twice (`tariffId`, and
 * `tariffLabel` as it was then); with the id there, the label would read « Tarif » a second time.
 * A creation's switches left off say nothing either (walked: a new account's entry read « Compte
 * désactivé : Non »); turned off later, a switch is said.
 */
export function visibleChanges(
  changes: readonly AuditChange[],
  action?: AuditEntry['action'],
): AuditChange[] {
  const withTariffId = changes.some((change) => change.field === 'tariffId' && isVisibleChange(change));
  return changes.filter(
    (change) =>
      isVisibleChange(change) &&
      !(withTariffId && change.field === 'tariffLabel') &&
      !(action === 'create' && isEmpty(change.before) && change.after === false),
  );
}

export function describeAuditChange(
  reading: AuditReading,
  collection: string,
  change: AuditChange,
  action?: AuditEntry['action'],
): string {
  if (change.field === 'merge')
    return reading.t('auditReading.details.merge', { label: String(change.before ?? '') });
  // A creation has no « before »: « Montant : 45,00 € », not « Montant : (vide) → 45,00 € ».
  if (action === 'create' && isEmpty(change.before)) {
    return reading.t('auditReading.created', {
      field: auditFieldLabel(reading, collection, change.field),
      value: auditValue(reading, change.field, change.after, collection),
    });
  }
  return reading.t('auditReading.change', {
    field: auditFieldLabel(reading, collection, change.field),
    before: auditValue(reading, change.field, change.before, collection),
    after: auditValue(reading, change.field, change.after, collection),
  });
}

/**
 * Who made an entry. What the demo association brought is the demo's, not the administrator's
 * who loaded it: a demo record's creation reads « Données de démonstration ».
 */
export function describeAuditAuthor(
  { t, names }: AuditReading,
  entry: Pick<AuditEntry, 'action' | 'documentId' | 'userName' | 'updatedBy'>,
): string {
  if (entry.action === 'create' && isDemoId(entry.documentId)) return t('auditReading.demo');
  return entry.userName || names.user(entry.updatedBy) || t('sync.replaced.unknownUser');
}

/**
 * The « Appareil » column: the enrolled device the server saw send the entry, by its enrolled name
 * (`recordedDevice`, filled by the server only) — never the `deviceId` the entry gives itself,
 * which a device may forge. This device's own entries, before the server sends them back, read
 * « Cet appareil »; any other entry without a record reads « Non vérifié ».
 */
export function describeAuditDevice(
  { t, deviceId }: AuditReading,
  entry: Pick<AuditEntry, 'deviceId' | 'recordedDevice'>,
): { label: string; verified: boolean } {
  if (entry.recordedDevice) return { label: entry.recordedDevice.name, verified: true };
  if (deviceId !== undefined && entry.deviceId === deviceId) {
    return { label: t('auditReading.thisDevice'), verified: true };
  }
  return { label: t('auditReading.deviceNotRecorded'), verified: false };
}

/** The details column: a journal code (`wrong-secret`, `update:people.update`…) in words. */
export function describeAuditDetail(
  { t }: AuditReading,
  entry: Pick<AuditEntry, 'detail'> & Partial<Pick<AuditEntry, 'action'>>,
): string {
  const { detail } = entry;
  if (detail === '') return '';
  // An import's file and what it added, or what its undo removed, written in words when it ran
  // (renderer/data/import/write.ts: « Adhésions HelloAsso (fichier.csv) : 6 personnes, … »).
  if (entry.action === 'import') {
    return detail.startsWith(UNDO_DETAIL_PREFIX)
      ? t('auditReading.details.importUndone', { what: detail.slice(UNDO_DETAIL_PREFIX.length).trim() })
      : detail;
  }
  const [code = '', rest = ''] = detail.split(/:(.*)/s);
  if (
    code === 'locked' ||
    code === 'disabled' ||
    code === 'wrong-secret' ||
    code === 'manual' ||
    code === 'idle'
  ) {
    return t(`auditReading.details.${code}`);
  }
  if (['insert', 'update', 'delete'].includes(code) && rest) {
    const action = t(`permissions.actions.${rest}` as 'permissions.actions.people.create', {
      defaultValue: t(rest as 'permissions.denied', { defaultValue: t('auditReading.details.other') }),
    });
    return t('auditReading.details.denied', { action });
  }
  // ExportMenu's `membres.xlsx:12`: the file's name (without the day) and its rows.
  if (/^[\w-]+\.(csv|xlsx)$/.test(code)) {
    return t('auditReading.details.listFile', { file: code, count: Number(rest) });
  }
  if (code === 'renouvellements') return t('auditReading.details.renewals', { count: Number(rest) });
  if (code === 'cartes') return t('auditReading.details.cards', { count: Number(rest) });
  if (detail === 'association.json') return t('auditReading.details.organisationFile');
  if (code === 'merge') return '';
  // An import filling a person's empty fields, and its undo (renderer/data/import/write.ts).
  if (code === 'fill' || code === 'unfill') return t(`auditReading.details.${code}`);
  return t(detail as 'auditReading.details.other', { defaultValue: t('auditReading.details.other') });
}

/** What `describeAuditTarget` reads of an entry (a replaced value names its record too). */
type AuditTarget = Pick<AuditEntry, 'collectionName' | 'documentId'> & { changes?: AuditEntry['changes'] };

/** The « Sur » column: what the entry is about, by its name. */
export function describeAuditTarget(reading: AuditReading, entry: AuditTarget): string {
  if (!entry.collectionName) return '';
  const { t } = reading;
  const collection = t(`journal.collections.${entry.collectionName}` as 'journal.collections.people', {
    defaultValue: t('fields.other'),
  });
  const describe = Object.hasOwn(TARGETS, entry.collectionName) ? TARGETS[entry.collectionName] : undefined;
  const name = describe?.(reading, entry);
  return name ? `${collection} · ${name}` : collection;
}

/** What an entry's change of `field` wrote (a creation's value), for a record held no more. */
function written(entry: AuditTarget, field: string): string | undefined {
  const change = (entry.changes ?? []).find((candidate) => candidate.field === field);
  const value = change?.after ?? change?.before;
  // An erased person's values are a marker (shared/audit/erasure.ts): no name to give.
  return typeof value === 'string' && value !== '' && value !== ERASED_VALUE ? value : undefined;
}

/** How the « Sur » column names the record of each collection it can name. */
const TARGETS: Readonly<Record<string, (reading: AuditReading, entry: AuditTarget) => string | undefined>> = {
  // A person or household deleted (an import undone, a merge): named by the entry's own values.
  people: ({ names }, entry) =>
    names.person(entry.documentId) ??
    ([written(entry, 'firstName'), written(entry, 'lastName')].filter(Boolean).join(' ') || undefined),
  households: ({ names }, entry) => names.household(entry.documentId) ?? written(entry, 'name'),
  users: ({ names }, entry) => names.user(entry.documentId),
  events: ({ names }, entry) => names.event(entry.documentId) ?? written(entry, 'title'),
  attendance: ({ names }, entry) => describeCheckIn(names, entry),
  receipts: ({ names }, entry) => names.receipt(entry.documentId) ?? written(entry, 'number'),
  // A cotisation: whose, and for which season and tariff (from the entry's values if not held here).
  memberships: ({ names }, entry) => {
    const held = names.membership(entry.documentId);
    const holderId = held?.holderId ?? written(entry, 'holderId');
    const holder = holderId && REFERENCES.holderId?.(names, holderId);
    const what = seasonAndTariff(
      names,
      held ?? {
        seasonId: written(entry, 'seasonId'),
        tariffId: written(entry, 'tariffId'),
        tariffLabel: written(entry, 'tariffLabel'),
      },
    );
    return [holder, what].filter(Boolean).join(', ') || undefined;
  },
  donations: ({ names, locale }, entry) => {
    const held = names.donation(entry.documentId);
    const donorId = held?.donorId ?? written(entry, 'donorId');
    const receivedOn = held?.receivedOn ?? written(entry, 'receivedOn');
    const parts = [donorId && names.person(donorId), receivedOn && formatDate(receivedOn, locale)];
    const said = parts.filter((part): part is string => typeof part === 'string' && part !== '');
    return said.length > 0 ? said.join(', ') : undefined;
  },
};

/**
 * « Zoé Dupuis — Soirée jeux »: the person and the event of a check-in record, from the record
 * this device holds, else from the entry's own changes (a creation names both; the records of a
 * closed event are folded into its sheet and held no more).
 */
function describeCheckIn(names: AuditNames, entry: AuditTarget): string | undefined {
  const held = names.attendance(entry.documentId);
  const personId = held?.personId ?? written(entry, 'personId');
  const eventId = held?.eventId ?? written(entry, 'eventId');
  const parts = [personId && names.person(personId), eventId && names.event(eventId)].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(' — ') : undefined;
}
