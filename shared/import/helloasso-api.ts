import { z } from 'zod';
import type {
  HelloAssoCustomField,
  HelloAssoMembershipRecord,
  HelloAssoOption,
  HelloAssoPayer,
  HelloAssoPaymentRecord,
  HelloAssoPerson,
} from '@shared/import/helloasso';
import { MEMBER_DETAIL_COLUMNS } from '@shared/import/helloasso';
import {
  normaliseLabel,
  readDateTime,
  readEmail,
  readYesNo,
  type HelloAssoStatus,
} from '@shared/import/helloasso-values';

/**
 * HelloAsso's API v5 (`GET /v5/organizations/{slug}/orders?withDetails=true`), read as the SAME
 * records the file parser produces (helloasso.ts), so that the dry run, the import in one go, the
 * undo and the idempotence by order reference are those of a file: importing the adhésions export
 * and then fetching the same orders changes nothing.
 *
 * - A `Membership` item is an adhésions record: the item's `user` is the member, the order's
 *   `payer` the payer, the order's id the order reference (as in the export's « Référence
 *   commande »); custom fields named as the export's columns (date de naissance, adresse, code
 *   postal, ville, téléphone, email, droit à l'image) fill the same fields.
 * - A `Donation` item is a paiements record of the payment that paid it (its id is the export's
 *   « Référence paiement »): of a « Don » campaign on a donation form, a « Don supplémentaire » on
 *   a membership form.
 * - Other items (event registrations, shop, payment forms) are counted, not imported: a ticketing
 *   export is imported from its file, which names its event.
 *
 * The schemas hold only the fields read (HelloAsso's answers have many more, kept out).
 */

const TEXT_MAX = 500;
const text = z.string().max(TEXT_MAX);
const cents = z.number().int().min(0).max(100_000_000);

const customFieldSchema = z.object({ name: text, answer: text.optional() });
const userSchema = z.object({ firstName: text.optional(), lastName: text.optional() });

export const helloAssoItemSchema = z.object({
  id: z.number().int(),
  amount: cents,
  initialAmount: cents.optional(),
  type: z.string().max(40),
  state: z.string().max(40),
  name: text.optional(),
  user: userSchema.optional(),
  customFields: z.array(customFieldSchema).max(200).optional(),
  options: z
    .array(z.object({ name: text, amount: cents.optional() }))
    .max(200)
    .optional(),
  discount: z.object({ code: text.optional(), amount: cents.optional() }).optional(),
  payments: z
    .array(z.object({ id: z.number().int(), shareAmount: cents.optional() }))
    .max(100)
    .optional(),
});

export const helloAssoPaymentSchema = z.object({
  id: z.number().int(),
  amount: cents,
  date: z.string().max(40).optional(),
  paymentMeans: z.string().max(40).optional(),
  state: z.string().max(40).optional(),
});

export const helloAssoOrderSchema = z.object({
  id: z.number().int(),
  date: z.string().max(40),
  formSlug: text.optional(),
  formType: z.string().max(40).optional(),
  payer: z
    .object({
      email: text.optional(),
      firstName: text.optional(),
      lastName: text.optional(),
      company: text.optional(),
      address: text.optional(),
      city: text.optional(),
      zipCode: text.optional(),
      country: text.optional(),
      dateOfBirth: z.string().max(40).optional(),
    })
    .optional(),
  items: z.array(helloAssoItemSchema).max(500).optional(),
  payments: z.array(helloAssoPaymentSchema).max(100).optional(),
});
export type HelloAssoApiOrder = z.infer<typeof helloAssoOrderSchema>;

/** One page of a list: `data` and the `continuationToken` of the next. */
export const helloAssoPageSchema = z.object({
  data: z.array(z.unknown()).max(1000),
  pagination: z
    .object({
      pageSize: z.number().int().optional(),
      totalCount: z.number().int().optional(),
      pageIndex: z.number().int().optional(),
      totalPages: z.number().int().optional(),
      continuationToken: z.string().max(1000).optional(),
    })
    .optional(),
});

const ITEM_STATES: Record<string, HelloAssoStatus> = {
  processed: 'valid',
  registered: 'valid',
  waiting: 'pending',
  unknown: 'pending',
  unknow: 'pending',
  canceled: 'cancelled',
  deleted: 'cancelled',
  abandoned: 'cancelled',
  refunded: 'refunded',
  refunding: 'refunded',
  refused: 'refused',
  contested: 'refused',
};
const PAYMENT_STATES: Record<string, HelloAssoStatus> = {
  authorized: 'valid',
  registered: 'valid',
  pending: 'pending',
  unknown: 'pending',
  refused: 'refused',
  canceled: 'cancelled',
  refunded: 'refunded',
  refunding: 'refunded',
  contested: 'refused',
};
const MEANS: Record<string, string> = {
  card: 'Carte bancaire',
  check: 'Chèque',
  cash: 'Espèces',
  banktransfer: 'Virement bancaire',
  sepa: 'Prélèvement',
  other: 'Autre',
};

/** The orders' fields the export's columns hold; the rest are custom fields as in the file. */
const KNOWN_FIELDS = new Set(MEMBER_DETAIL_COLUMNS);

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The local time HelloAsso wrote (`2025-09-05T18:02:41.123+02:00` → `2025-09-05T18:02:41`), as the
 * export shows it; a UTC instant (`…Z`) is shown in Paris time, as HelloAsso's exports do.
 */
export function apiLocalDateTime(value: string): string | undefined {
  const local = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?([+-]\d{2}:?\d{2})?$/.exec(value);
  if (local?.[1] && local[2]) return local[1];
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${two(Number(parts.hour))}:${parts.minute}:${parts.second}`;
}

export interface HelloAssoApiRecords {
  memberships: HelloAssoMembershipRecord[];
  payments: HelloAssoPaymentRecord[];
  /** Items that are not memberships nor donations, by HelloAsso's type (`Registration`: 3). */
  notImported: Record<string, number>;
  /** Orders HelloAsso answered that cannot be read, each with the order's id and why. */
  errors: { line: number; message: string }[];
}

function payerOf(order: HelloAssoApiOrder): HelloAssoPayer {
  const payer = order.payer ?? {};
  const email = readEmail(payer.email ?? '', 'e-mail');
  return {
    firstName: (payer.firstName ?? '').trim(),
    lastName: (payer.lastName ?? '').trim(),
    ...(email.ok && email.value ? { email: email.value } : {}),
    ...(payer.company?.trim() ? { company: payer.company.trim() } : {}),
  };
}

function fieldsOf(item: z.infer<typeof helloAssoItemSchema>) {
  const known = new Map<string, string>();
  const customFields: HelloAssoCustomField[] = [];
  for (const field of item.customFields ?? []) {
    const label = normaliseLabel(field.name);
    const answer = (field.answer ?? '').trim();
    if (KNOWN_FIELDS.has(label)) {
      if (!known.has(label)) known.set(label, answer);
    } else if (answer !== '') customFields.push({ label: field.name.trim(), value: answer });
  }
  return { get: (label: string) => known.get(label) ?? '', customFields };
}

const samePerson = (a: HelloAssoPerson, b: HelloAssoPerson) =>
  normaliseLabel(`${a.firstName} ${a.lastName}`) === normaliseLabel(`${b.firstName} ${b.lastName}`);

function paymentOf(order: HelloAssoApiOrder, item: z.infer<typeof helloAssoItemSchema>) {
  const linked = item.payments?.[0]?.id;
  return order.payments?.find((payment) => payment.id === linked) ?? order.payments?.[0];
}

function paymentMethodOf(order: HelloAssoApiOrder, item: z.infer<typeof helloAssoItemSchema>): string {
  const means = paymentOf(order, item)?.paymentMeans ?? '';
  return MEANS[normaliseLabel(means)] ?? means;
}

function membershipOf(
  order: HelloAssoApiOrder,
  item: z.infer<typeof helloAssoItemSchema>,
  line: number,
  date: string,
): HelloAssoMembershipRecord {
  const payer = payerOf(order);
  const field = fieldsOf(item);
  const name = {
    firstName: (item.user?.firstName ?? '').trim(),
    lastName: (item.user?.lastName ?? '').trim(),
  };
  const own = readEmail(field.get('email'), 'e-mail');
  const email = own.ok && own.value ? own.value : samePerson(name, payer) ? payer.email : undefined;
  const isPayer = samePerson(name, payer);
  const birthText =
    field.get('date de naissance') || (isPayer ? (order.payer?.dateOfBirth ?? '').slice(0, 10) : '');
  const birth = birthText === '' ? undefined : readDateTime(birthText);
  const phone = field.get('telephone portable') || field.get('telephone');
  const imageRights = readYesNo(field.get("droit a l'image"));
  const tariffCents = item.initialAmount ?? item.amount;
  const options: HelloAssoOption[] = (item.options ?? []).map((option) => ({
    label: option.name.trim(),
    value: 'Oui',
    amountCents: option.amount ?? 0,
  }));
  return {
    kind: 'memberships',
    line,
    orderRef: String(order.id),
    status: ITEM_STATES[normaliseLabel(item.state)] ?? 'pending',
    date,
    amountCents: item.amount,
    person: { ...name, ...(email ? { email } : {}) },
    payer,
    paymentMethod: paymentMethodOf(order, item),
    customFields: field.customFields,
    tariff: (item.name ?? '').trim(),
    tariffCents,
    promoCode: (item.discount?.code ?? '').trim(),
    promoCents: item.amount - tariffCents,
    options,
    ...(birth?.ok ? { birthDate: birth.value.slice(0, 10) } : {}),
    address: {
      street: field.get('adresse') || (isPayer ? (order.payer?.address ?? '').trim() : ''),
      postcode: field.get('code postal') || (isPayer ? (order.payer?.zipCode ?? '').trim() : ''),
      city: field.get('ville') || (isPayer ? (order.payer?.city ?? '').trim() : ''),
      country: field.get('pays'),
    },
    ...(phone ? { phone } : {}),
    ...(imageRights === undefined ? {} : { imageRights }),
  };
}

/** A form's key in a fetch's `formTitles`: its type and slug (a slug is unique within its type only). */
export const formTitleKey = (formType: string, formSlug: string) => `${formType.toLowerCase()}/${formSlug}`;

const humanSlug = (slug: string) => {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase('fr-FR') + words.slice(1);
};

/**
 * A gift's campaign: the title of its form as HelloAsso lists it (« Soutenez la rénovation du
 * lavoir »), else its slug in words (« Soutenez la renovation du lavoir »).
 */
function campaignOf(order: HelloAssoApiOrder, formTitles: Readonly<Record<string, string>>): string {
  const title = formTitles[formTitleKey(order.formType ?? '', order.formSlug ?? '')];
  return title ?? (humanSlug(order.formSlug ?? '') || 'HelloAsso');
}

function donationOf(
  order: HelloAssoApiOrder,
  item: z.infer<typeof helloAssoItemSchema>,
  line: number,
  date: string,
  formTitles: Readonly<Record<string, string>>,
): HelloAssoPaymentRecord {
  const payer = payerOf(order);
  const payment = paymentOf(order, item);
  const isMembership = normaliseLabel(order.formType ?? '') === 'membership';
  const itemState = ITEM_STATES[normaliseLabel(item.state)] ?? 'pending';
  const paymentState = payment?.state ? PAYMENT_STATES[normaliseLabel(payment.state)] : undefined;
  const paidAt = payment?.date ? apiLocalDateTime(payment.date) : undefined;
  return {
    kind: 'payments',
    line,
    orderRef: String(order.id),
    paymentRef: payment ? String(payment.id) : '',
    status: itemState === 'valid' ? (paymentState ?? 'valid') : itemState,
    date: paidAt ?? date,
    amountCents: payment?.amount ?? item.amount,
    person: {
      firstName: payer.firstName,
      lastName: payer.lastName,
      ...(payer.email ? { email: payer.email } : {}),
    },
    payer,
    paymentMethod: paymentMethodOf(order, item),
    customFields: fieldsOf(item).customFields,
    campaign: campaignOf(order, formTitles),
    campaignType: isMembership ? 'membership' : 'donation',
    campaignTypeLabel: isMembership ? 'Adhésion' : 'Don',
    tariffCents: 0,
    optionsCents: 0,
    donationCents: item.amount,
    promoCents: 0,
  };
}

/**
 * The orders of one or more pages, already checked by `helloAssoOrderSchema`, as file records.
 * `firstLine` numbers them on from a previous batch (the dry run shows « ligne » as the order's
 * place in the fetch). Pure.
 */
export function recordsFromOrders(
  orders: readonly HelloAssoApiOrder[],
  firstLine = 1,
  /** The forms' titles the fetch read (`formTitleKey`): the gifts' campaigns. */
  formTitles: Readonly<Record<string, string>> = {},
): HelloAssoApiRecords {
  const result: HelloAssoApiRecords = { memberships: [], payments: [], notImported: {}, errors: [] };
  let line = firstLine;
  for (const order of orders) {
    const date = apiLocalDateTime(order.date);
    if (date === undefined) {
      result.errors.push({
        line: line++,
        message: `commande ${order.id} : date « ${order.date} » illisible dans la réponse de HelloAsso ; elle n’est pas importée.`,
      });
      continue;
    }
    for (const item of order.items ?? []) {
      const type = normaliseLabel(item.type);
      if (type === 'membership') result.memberships.push(membershipOf(order, item, line++, date));
      else if (type === 'donation') result.payments.push(donationOf(order, item, line++, date, formTitles));
      else result.notImported[item.type] = (result.notImported[item.type] ?? 0) + 1;
    }
  }
  return result;
}
