import type { Cents } from '@shared/money/cents';
import type { CustomFieldsSetting, CustomFieldValue } from '@shared/members/custom-fields';
import type { Address } from '@shared/members/fields';
import { EMPTY_ADDRESS } from '@shared/members/fields';
import type { HouseholdDocument } from '@shared/members/household';
import { formatMemberNumber } from '@shared/members/member-number';
import type { MembershipDocument, PaymentMethod } from '@shared/members/membership';
import type { Consent, PersonDocument } from '@shared/members/person';
import type { Season, SeasonsSetting, Tariff } from '@shared/members/season';
import { addDays } from '@shared/members/season';
import { foldText } from '@shared/search/normalise';
import type { Random } from '@shared/demo/prng';
import { mulberry32 } from '@shared/demo/prng';
import {
  asHouseholdId,
  asMembershipId,
  asPersonId,
  asSeasonId,
  asTariffId,
  type HolderId,
  type PersonId,
} from '@shared/ids';
import {
  FEMALE_FIRST_NAMES,
  HAMLETS,
  MALE_FIRST_NAMES,
  NOTES,
  ORGANISATION_NAMES,
  STREETS,
  SURNAMES,
  VILLAGES,
} from '@shared/demo/french-data';

/** A plausible forme juridique for a demo organisation, from its name (no draw: the seed's sequence stays). */
function demoLegalForm(name: string): string {
  if (name.startsWith('Comité')) return 'Association';
  if (name.startsWith('Cave coopérative')) return 'SCA';
  if (name.startsWith('SARL')) return 'SARL';
  return name.length % 2 === 0 ? 'SARL' : 'EURL';
}

/**
 * A seeded, reproducible demo association: the app's « Charger une association de démonstration »
 * and the benchmarks both use it, so the same seed gives the same documents everywhere.
 *
 * Seasons run 1 Sept–31 Aug: the one containing `today`, the previous one (two seasons of
 * activity, with tariffs), and the one before it, which only a few former members paid — without
 * it nobody could be « ancien membre ».
 *
 * Every id starts with `demo-`: removing the demo is deleting those ids (`isDemoId`), and a real
 * id (UUID v7, hexadecimal) can never start like that.
 */
export const DEMO_SIZES = { small: 300, large: 5_000, federation: 50_000 } as const;
export type DemoSize = keyof typeof DEMO_SIZES;

import { DEMO_ID_PREFIX, isDemoId } from '@shared/demo/demo-id';

export { DEMO_ID_PREFIX, isDemoId };

export interface DemoOptions {
  /** A named size or an exact number of people. Default `small`. */
  size?: DemoSize | number;
  seed?: number;
  /** `YYYY-MM-DD`; the data is laid out around it. Default 2026-01-15, for reproducibility. */
  today?: string;
  /** Stamped as `updatedBy` and `receivedBy`. */
  userId?: string;
  deviceId?: string;
  /** Member number series. */
  series?: string;
}

export interface DemoAssociation {
  people: PersonDocument[];
  households: HouseholdDocument[];
  memberships: MembershipDocument[];
  /** Values of the settings keys `seasons` and `custom-fields`. */
  settings: { seasons: SeasonsSetting; customFields: CustomFieldsSetting };
}

const CUSTOM_FIELDS: CustomFieldsSetting = {
  fields: [
    {
      id: 'taille-tshirt',
      label: 'Taille de tee-shirt',
      type: 'choice',
      choices: ['XS', 'S', 'M', 'L', 'XL'],
      required: false,
      archived: false,
    },
    {
      id: 'certificat-medical',
      label: 'Certificat médical',
      type: 'date',
      choices: [],
      required: false,
      archived: false,
    },
    { id: 'benevole', label: 'Bénévole', type: 'boolean', choices: [], required: false, archived: false },
  ],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const cents = (euros: number) => (euros * 100) as Cents;

function seasonStarting(year: number, prices: readonly number[], index: number): Season {
  const id = asSeasonId(`${DEMO_ID_PREFIX}season-${year}`);
  const tariff = (key: string, label: string, amount: number, extra: Partial<Tariff> = {}): Tariff => ({
    id: asTariffId(`${id}-${key}`),
    label,
    amount: cents(amount),
    scope: 'individual',
    givesCounterpart: true,
    taxReceiptAllowed: false,
    archived: false,
    ...extra,
  });
  const [adult = 20, child = 10, family = 45, supporter = 60] = prices.map((p) => p + index);
  return {
    id,
    label: `${year}-${year + 1}`,
    startsOn: `${year}-09-01`,
    endsOn: `${year + 1}-08-31`,
    tariffs: [
      tariff('adulte', 'Adulte', adult),
      tariff('enfant', 'Enfant (moins de 18 ans)', child),
      tariff('famille', 'Famille', family, { scope: 'household' }),
      tariff('bienfaiteur', 'Membre bienfaiteur', supporter, {
        givesCounterpart: false,
        taxReceiptAllowed: true,
      }),
    ],
  };
}

type Plan = 'regular' | 'lapsed' | 'new' | 'former' | 'contact';

interface Draft {
  firstName: string;
  lastName: string;
  birthDate: string;
  adult: boolean;
}

/** The demo's three seasons around `today` (ISO): the current one and the two before it. */
export function demoSeasons(today: string): Season[] {
  const todayYear = Number(today.slice(0, 4));
  const currentStart = today.slice(5) >= '09-01' ? todayYear : todayYear - 1;
  const prices = [20, 10, 45, 60];
  return [currentStart - 2, currentStart - 1, currentStart].map((year, index) =>
    seasonStarting(year, prices, index),
  );
}

/**
 * The user's own seasons that cover part of the demo's dates. Seasons never overlap, and the
 * demo never puts its tariffs or cotisations in a real season: while there is one, the demo
 * cannot be loaded.
 */
export function seasonsInTheDemosWay(own: readonly Season[], today: string): Season[] {
  const demo = demoSeasons(today);
  return own.filter(
    (season) =>
      !isDemoId(season.id) && demo.some((d) => season.startsOn <= d.endsOn && d.startsOn <= season.endsOn),
  );
}

export function generateDemoAssociation(options: DemoOptions = {}): DemoAssociation {
  const total = typeof options.size === 'number' ? options.size : DEMO_SIZES[options.size ?? 'small'];
  const random = mulberry32(options.seed ?? 20_260_115);
  const today = options.today ?? '2026-01-15';
  const userId = options.userId ?? `${DEMO_ID_PREFIX}user`;
  const deviceId = options.deviceId ?? `${DEMO_ID_PREFIX}device`;
  const series = options.series ?? 'A';
  const seasons = demoSeasons(today);
  const currentStart = Number(seasons[2]?.startsOn.slice(0, 4));
  const [oldest, previous, current] = seasons as [Season, Season, Season];

  const people: PersonDocument[] = [];
  const households: HouseholdDocument[] = [];
  const memberships: MembershipDocument[] = [];
  let memberSequence = 0;

  const stamp = (dateTime: string) => ({
    createdAt: dateTime,
    updatedAt: dateTime,
    updatedBy: userId,
    deviceId,
  });
  const at = (date: string) => `${date}T${pad(random.int(8, 20), 2)}:${pad(random.int(0, 59), 2)}:00.000Z`;
  const dayIn = (from: string, days: number) => addDays(from, random.int(0, days));
  /** A payment date in a season, mostly around the September forum, never after today. */
  const paidDateIn = (season: Season) => {
    const date = random.chance(0.7) ? dayIn(season.startsOn, 45) : dayIn(season.startsOn, 300);
    const last = season.endsOn < today ? season.endsOn : today;
    return date > last ? last : date < season.startsOn ? season.startsOn : date;
  };
  const birthDate = (minAge: number, maxAge: number) =>
    `${currentStart - random.int(minAge, maxAge)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
  const address = (): Address => {
    const [city, postalCode] = random.pick(VILLAGES);
    return random.chance(0.15)
      ? { ...EMPTY_ADDRESS, line1: `Lieu-dit ${random.pick(HAMLETS)}`, postalCode, city }
      : { ...EMPTY_ADDRESS, line1: `${random.int(1, 60)} ${random.pick(STREETS)}`, postalCode, city };
  };
  const email = (firstName: string, lastName: string) => {
    const local = `${foldText(firstName).replace(/[^a-z]/g, '')}.${foldText(lastName).replace(/[^a-z]/g, '')}`;
    const suffix = random.chance(0.3) ? String(random.int(1, 99)) : '';
    return `${local}${suffix}@${random.pick(['example.org', 'example.net', 'example.com'])}`;
  };
  // ARCEP keeps 06 39 98 xx xx for fiction: these numbers ring nobody.
  const phone = () => `06 39 98 ${pad(random.int(0, 99), 2)} ${pad(random.int(0, 99), 2)}`;
  const consent = (p: number, on: string): Consent =>
    random.chance(0.1)
      ? { status: 'unknown', on: '' }
      : { status: random.chance(p) ? 'granted' : 'refused', on };

  const payment = (): { paymentMethod: PaymentMethod; chequeNumber: string; paymentReference: string } => {
    const paymentMethod = random.weighted<PaymentMethod>([
      ['cheque', 40],
      ['especes', 20],
      ['helloasso', 20],
      ['virement', 10],
      ['carte', 10],
    ]);
    return {
      paymentMethod,
      chequeNumber: paymentMethod === 'cheque' ? pad(random.int(0, 9_999_999), 7) : '',
      paymentReference: paymentMethod === 'helloasso' ? String(random.int(210_000_000, 219_999_999)) : '',
    };
  };

  const addMembership = (
    holderKind: 'person' | 'household',
    holderId: HolderId,
    season: Season,
    tariff: Tariff,
  ) => {
    const paidOn = paidDateIn(season);
    memberships.push({
      id: asMembershipId(`${DEMO_ID_PREFIX}m-${pad(memberships.length + 1, 6)}`),
      ...stamp(at(paidOn)),
      origin: 'office',
      importId: '',
      receiptId: '',
      holderKind,
      holderId,
      seasonId: season.id,
      tariffId: tariff.id,
      tariffLabel: tariff.label,
      taxReceiptAllowed: tariff.taxReceiptAllowed,
      amount: tariff.amount,
      ...payment(),
      paidOn,
      receivedBy: userId,
      cancelledOn: '',
      cancelReason: '',
      notes: '',
    });
  };
  const tariffFor = (season: Season, key: string) =>
    season.tariffs.find((tariff) => tariff.id.endsWith(`-${key}`)) as Tariff;
  const seasonsOf = (plan: Plan): Season[] =>
    plan === 'regular'
      ? [previous, current]
      : plan === 'lapsed'
        ? [previous]
        : plan === 'new'
          ? [current]
          : plan === 'former'
            ? [oldest]
            : [];

  while (people.length < total) {
    const remaining = total - people.length;
    const organisation = remaining > 1 && random.chance(0.01);
    if (organisation) {
      const name = random.pick(ORGANISATION_NAMES);
      const createdOn = dayIn(oldest.startsOn, 700);
      people.push({
        id: asPersonId(`${DEMO_ID_PREFIX}p-${pad(people.length + 1, 6)}`),
        ...stamp(at(createdOn)),
        origin: 'office',
        importId: '',
        erasedOn: '',
        kind: 'organisation',
        firstName: '',
        lastName: name,
        birthDate: '',
        email: `contact@${foldText(name)
          .replace(/[^a-z]+/g, '-')
          .replace(/^-|-$/g, '')}.example.com`,
        phone: phone(),
        address: address(),
        householdId: '',
        memberNumber: '',
        formerMemberNumbers: [],
        mergedIds: [],
        siren: luhnSiren(random),
        legalForm: demoLegalForm(name),
        consents: {
          imageRights: { status: 'unknown', on: '' },
          newsletter: consent(0.7, createdOn),
          dataProcessing: { status: 'granted', on: createdOn },
        },
        notes: 'Partenaire : don pour la fête du village.',
        customFields: {},
      });
      continue;
    }

    const size = Math.min(
      remaining,
      random.weighted([
        [1, 35],
        [2, 28],
        [3, 15],
        [4, 15],
        [5, 7],
      ] as const),
    );
    const familyName = random.pick(SURNAMES);
    const drafts: Draft[] = [];
    const adults = size === 1 ? 1 : size === 2 ? (random.chance(0.8) ? 2 : 1) : random.chance(0.75) ? 2 : 1;
    const firstFemale = random.chance(0.55);
    for (let i = 0; i < size; i++) {
      const adult = i < adults;
      const female =
        i === 0
          ? firstFemale
          : i === 1 && adult
            ? random.chance(firstFemale ? 0.1 : 0.9)
            : random.chance(0.5);
      const firstName = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      // Partners keep their own name about a third of the time; children take the family name.
      const lastName = adult && i > 0 && random.chance(0.35) ? random.pick(SURNAMES) : familyName;
      drafts.push({ firstName, lastName, adult, birthDate: adult ? birthDate(24, 80) : birthDate(3, 17) });
    }

    const home = address();
    const householdId = size > 1 ? asHouseholdId(`${DEMO_ID_PREFIX}h-${pad(households.length + 1, 6)}`) : '';
    const plan = random.weighted<Plan>([
      ['regular', 55],
      ['lapsed', 18],
      ['new', 12],
      ['former', 10],
      ['contact', 5],
    ]);
    const paidSeasons = seasonsOf(plan);
    const firstSeason = paidSeasons[0];
    // Registered a few days before paying (forum, first session), never after today.
    const createdOn = firstSeason
      ? addDays(firstSeason.startsOn, -random.int(0, 10))
      : dayIn(previous.startsOn, 300);
    const familyTariff = size >= 3 && random.chance(0.6);

    const ids: PersonId[] = [];
    drafts.forEach((draft, index) => {
      const id = asPersonId(`${DEMO_ID_PREFIX}p-${pad(people.length + 1, 6)}`);
      ids.push(id);
      const customFields: Record<string, CustomFieldValue> = {};
      if (random.chance(0.4)) customFields['taille-tshirt'] = random.pick(['XS', 'S', 'M', 'L', 'XL']);
      if (random.chance(0.25)) customFields['certificat-medical'] = dayIn(previous.startsOn, 300);
      if (draft.adult && random.chance(0.15)) customFields.benevole = true;
      people.push({
        id,
        ...stamp(at(createdOn)),
        origin: 'office',
        importId: '',
        erasedOn: '',
        kind: 'person',
        firstName: draft.firstName,
        lastName: draft.lastName,
        birthDate: random.chance(0.9) ? draft.birthDate : '',
        email: draft.adult && random.chance(0.85) ? email(draft.firstName, draft.lastName) : '',
        phone: draft.adult && random.chance(0.8) ? phone() : '',
        address: index === 0 || !householdId ? home : EMPTY_ADDRESS,
        householdId,
        memberNumber: paidSeasons.length > 0 ? formatMemberNumber(series, ++memberSequence) : '',
        formerMemberNumbers: [],
        mergedIds: [],
        siren: '',
        legalForm: '',
        consents: {
          imageRights: consent(0.85, createdOn),
          newsletter: consent(0.6, createdOn),
          dataProcessing: { status: 'granted', on: createdOn },
        },
        notes: random.chance(0.05) ? random.pick(NOTES) : '',
        customFields,
      });
    });

    if (householdId) {
      households.push({
        id: householdId,
        ...stamp(at(createdOn)),
        name: `Famille ${familyName}`,
        address: home,
        payerId: ids[0] ?? '',
        notes: '',
      });
    }

    for (const season of paidSeasons) {
      if (familyTariff && householdId) {
        addMembership('household', householdId, season, tariffFor(season, 'famille'));
        continue;
      }
      drafts.forEach((draft, index) => {
        const key = !draft.adult ? 'enfant' : random.chance(0.05) ? 'bienfaiteur' : 'adulte';
        addMembership('person', ids[index] as PersonId, season, tariffFor(season, key));
      });
    }
  }

  return {
    people,
    households,
    memberships,
    settings: { seasons: { seasons }, customFields: CUSTOM_FIELDS },
  };
}

/** A random SIREN with a valid Luhn check digit (the schema refuses invalid ones). */
function luhnSiren(random: Random): string {
  const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? random.int(3, 9) : random.int(0, 9)));
  let sum = 0;
  // The check digit sits at position 9; counted from the right, the digit before it is doubled.
  for (let i = 0; i < 8; i++) {
    let digit = digits[7 - i] as number;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${digits.join('')}${(10 - (sum % 10)) % 10}`;
}
