import type { Cents } from '@shared/money/cents';
import type { AttendanceDocument } from '@shared/events/attendance';
import { NO_DOOR_MEMBERSHIP, attendanceId } from '@shared/events/attendance';
import type { AssemblyRules, EventDocument, EventKind } from '@shared/events/event';
import { DEFAULT_ASSEMBLY_RULES } from '@shared/events/event';
import type { PaymentMethod } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import type { Season } from '@shared/members/season';
import { addDays } from '@shared/members/season';
import type { DemoAssociation } from '@shared/demo/demo-association';
import { DEMO_ID_PREFIX } from '@shared/demo/demo-association';
import type { Random } from '@shared/demo/prng';
import { mulberry32 } from '@shared/demo/prng';
import { asEventId } from '@shared/ids';
import { VILLAGES } from '@shared/demo/french-data';

/**
 * The demo association's events and attendance, seeded like the association itself: a village
 * club's seasons — weekly trainings and rehearsals, two lotos, a Christmas concert, a spring
 * show, a dinner dance and the general assembly (AG) — with who came, who registered, who paid
 * at the door and who gave a proxy (pouvoir).
 *
 * The number of attendance records is `attendancePerPerson` × people (4 by default: the
 * 200,000 records of DESIGN.md's budgets at 50,000 people), spread over the events by weight.
 * Events after `today` only have registrations; trainings after it and a cancelled session none.
 *
 * Event ids start with `demo-`; an attendance id is `attendanceId(eventId, personId)`, as for
 * every attendance record, so it does not — the demo's attendance is found by its `eventId`.
 */
export const DEMO_ATTENDANCE_PER_PERSON = 4;

export interface DemoEventsOptions {
  seed?: number;
  /** `YYYY-MM-DD`; the association's own `today`. Default 2026-01-15, as for the association. */
  today?: string;
  /** Average attendance records per person in the file. Default 4. */
  attendancePerPerson?: number;
  /** Stamped as `updatedBy` and `checkedInBy`. */
  userId?: string;
  /** Stamped as `deviceId` and `checkedInDevice`. */
  deviceId?: string;
}

export interface DemoEvents {
  events: EventDocument[];
  attendance: AttendanceDocument[];
}

interface Activity {
  title: string;
  /** 0 = Sunday, as `Date.getUTCDay()`. */
  weekday: number;
  time: string;
  place: string;
  description: string;
}

/** Most clubs run two or three; a federation's sections run them all. */
const ACTIVITIES: readonly Activity[] = [
  {
    title: 'Entraînement de badminton',
    weekday: 1,
    time: '19:30',
    place: 'Gymnase',
    description: 'Volants fournis, raquettes en prêt pour les débutants.',
  },
  {
    title: 'Répétition de la chorale',
    weekday: 2,
    time: '20:00',
    place: 'Salle paroissiale',
    description: 'Pupitres sopranos, altos, ténors et basses.',
  },
  {
    title: 'Gym douce',
    weekday: 3,
    time: '10:00',
    place: 'Salle des fêtes',
    description: 'Apportez un tapis et une bouteille d’eau.',
  },
  {
    title: 'Atelier théâtre',
    weekday: 4,
    time: '18:30',
    place: 'Foyer rural',
    description: 'Préparation du spectacle de printemps.',
  },
  {
    title: 'Cours de yoga',
    weekday: 5,
    time: '18:00',
    place: 'Salle des fêtes',
    description: '',
  },
  {
    title: 'Randonnée du dimanche',
    weekday: 0,
    time: '09:00',
    place: 'Place de l’église',
    description: 'Une dizaine de kilomètres ; covoiturage depuis la place.',
  },
  {
    title: 'Tennis de table',
    weekday: 3,
    time: '18:00',
    place: 'Gymnase',
    description: '',
  },
  {
    title: 'Danse country',
    weekday: 4,
    time: '20:30',
    place: 'Salle des fêtes',
    description: '',
  },
];
/** Members of a season who follow one given activity. */
const ROSTER_SHARE = 0.15;

type Special = 'loto' | 'concert' | 'show' | 'dinner' | 'assembly';

interface Plan {
  event: EventDocument;
  special: Special | 'training';
  /** Who may come, as indices into the association's people. */
  pool: readonly number[];
  /** Relative share of the attendance records. */
  weight: number;
  future: boolean;
}

/** Weights: a loto draws a dozen training sessions' worth of people. */
const WEIGHTS: Readonly<Record<Special | 'training', number>> = {
  training: 1,
  loto: 12,
  concert: 8,
  show: 8,
  dinner: 6,
  assembly: 10,
};
/** Events still to come only have the registrations taken so far. */
const FUTURE_SHARE = 0.4;

const ASSEMBLY_RULES: AssemblyRules = {
  quorumPercent: 25,
  maxProxiesPerMember: 2,
  voters: 'members-up-to-date',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** The first `weekday` on or after `date`. */
const nextWeekday = (date: string, weekday: number) => addDays(date, (weekday - weekdayOf(date) + 7) % 7);

/**
 * A wall-clock time in France as an instant: UTC+2 from April to October, UTC+1 otherwise
 * (close enough to the real changeover dates for demo data).
 */
function parisInstant(date: string, time: string, minutesBefore = 0): string {
  const month = Number(date.slice(5, 7));
  const offset = month >= 4 && month <= 10 ? 2 : 1;
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const utc =
    Date.UTC(Number(date.slice(0, 4)), month - 1, Number(date.slice(8, 10)), hours - offset, minutes) -
    minutesBefore * 60_000;
  return new Date(utc).toISOString();
}

/**
 * Shares `total` among slots by weight, none above its cap, the remainder going to the largest
 * fractions (ties to the first slot): the same inputs give the same counts everywhere.
 */
export function allocateByWeight(
  total: number,
  weights: readonly number[],
  caps: readonly number[],
): number[] {
  const counts = weights.map(() => 0);
  let remaining = total;
  let open = weights.flatMap((weight, i) => (weight > 0 && (caps[i] ?? 0) > 0 ? [i] : []));
  while (remaining > 0 && open.length > 0) {
    const sum = open.reduce((s, i) => s + (weights[i] ?? 0), 0);
    const exact = open.map((i) => (remaining * (weights[i] ?? 0)) / sum);
    const shares = exact.map(Math.floor);
    let left = remaining - shares.reduce((s, n) => s + n, 0);
    const byFraction = open
      .map((_, k) => k)
      .sort((a, b) => (exact[b] ?? 0) - (shares[b] ?? 0) - ((exact[a] ?? 0) - (shares[a] ?? 0)) || a - b);
    for (const k of byFraction) {
      if (left === 0) break;
      shares[k] = (shares[k] ?? 0) + 1;
      left--;
    }
    let given = 0;
    const stillOpen: number[] = [];
    open.forEach((i, k) => {
      const room = (caps[i] ?? 0) - (counts[i] ?? 0);
      const give = Math.min(shares[k] ?? 0, room);
      counts[i] = (counts[i] ?? 0) + give;
      given += give;
      if (give < room) stillOpen.push(i);
    });
    remaining -= given;
    if (given === 0) break;
    open = stillOpen;
  }
  return counts;
}

/** `count` distinct items of `pool`, in random order (a partial Fisher–Yates shuffle). */
function sample(random: Random, pool: readonly number[], count: number): number[] {
  const items = pool.slice();
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) {
    const j = random.int(i, items.length - 1);
    const swap = items[i] as number;
    items[i] = items[j] as number;
    items[j] = swap;
  }
  return items.slice(0, n);
}

export function generateDemoEvents(
  association: DemoAssociation,
  options: DemoEventsOptions = {},
): DemoEvents {
  const random = mulberry32(options.seed ?? 20_260_116);
  const today = options.today ?? '2026-01-15';
  const userId = options.userId ?? `${DEMO_ID_PREFIX}user`;
  const deviceId = options.deviceId ?? `${DEMO_ID_PREFIX}device`;
  const perPerson = options.attendancePerPerson ?? DEMO_ATTENDANCE_PER_PERSON;
  const { people, memberships } = association;
  const seasons = association.settings.seasons.seasons;
  const [home] = random.pick(VILLAGES);
  const activities = ACTIVITIES.slice(
    0,
    Math.min(ACTIVITIES.length, Math.max(2, Math.ceil(people.length / 6250))),
  );

  // Who is a member in each season: holders of a personal membership, and everybody in a
  // household that took a family one.
  const indexOf = new Map<string, number>(people.map((person, index) => [person.id, index]));
  const householdMembers = new Map<string, number[]>();
  people.forEach((person, index) => {
    if (!person.householdId) return;
    const list = householdMembers.get(person.householdId) ?? [];
    list.push(index);
    householdMembers.set(person.householdId, list);
  });
  const membersBySeason = new Map<string, Set<number>>();
  for (const membership of memberships) {
    if (membership.cancelledOn) continue;
    const members = membersBySeason.get(membership.seasonId) ?? new Set<number>();
    if (membership.holderKind === 'household') {
      for (const index of householdMembers.get(membership.holderId) ?? []) members.add(index);
    } else {
      const index = indexOf.get(membership.holderId);
      if (index !== undefined) members.add(index);
    }
    membersBySeason.set(membership.seasonId, members);
  }
  const isPerson = people.map((person) => person.kind === 'person');
  const createdOn = people.map((person) => person.createdAt.slice(0, 10));
  /** People (not organisations) already in the file on `date`, in file order. */
  const knownOn = (date: string) => {
    const known: number[] = [];
    for (let i = 0; i < people.length; i++) if (isPerson[i] && (createdOn[i] ?? '') <= date) known.push(i);
    return known;
  };

  const plans: Plan[] = [];
  const event = (
    fields: Pick<EventDocument, 'title' | 'startsOn' | 'startTime' | 'location' | 'description'> & {
      kind?: EventKind;
      season: Season;
      doorFee?: number;
      assembly?: AssemblyRules;
      cancelledOn?: string;
      notes?: string;
    },
  ): EventDocument => {
    const created = addDays(fields.season.startsOn, -random.int(5, 20));
    const stamp = `${created}T${pad(random.int(8, 20), 2)}:${pad(random.int(0, 59), 2)}:00.000Z`;
    const updated =
      fields.cancelledOn !== undefined ? parisInstant(fields.cancelledOn, '08:00', random.int(0, 60)) : stamp;
    return {
      // Numbered once the season calendars are merged in date order (below).
      id: asEventId(''),
      createdAt: stamp,
      updatedAt: updated,
      updatedBy: userId,
      deviceId,
      kind: fields.kind ?? 'party',
      title: fields.title,
      startsOn: fields.startsOn,
      startTime: fields.startTime,
      endTime: '',
      endsOn: '',
      location: fields.location,
      description: fields.description,
      seasonId: fields.season.id,
      memberPrice: (fields.doorFee ?? 0) as Cents,
      nonMemberPrice: (fields.doorFee ?? 0) as Cents,
      membersOnly: fields.kind === 'training',
      seriesId: '',
      capacity: 0,
      assembly: fields.assembly ?? DEFAULT_ASSEMBLY_RULES,
      cancelledOn: fields.cancelledOn ?? '',
      closedOn: '',
      notes: fields.notes ?? '',
      importId: '',
      cashCounts: [],
    };
  };

  for (const season of seasons) {
    const year = Number(season.startsOn.slice(0, 4));
    const members = membersBySeason.get(season.id) ?? new Set<number>();
    const memberList = [...members].filter((i) => isPerson[i]).sort((a, b) => a - b);
    const end = season.endsOn < `${year + 1}-06-20` ? season.endsOn : `${year + 1}-06-20`;

    // Weekly sessions from mid-September to June, none over the Christmas holidays; one is
    // called off each season (snow, a closed gym) and has nobody.
    activities.forEach((activity, a) => {
      const roster = memberList.filter(() => random.chance(ROSTER_SHARE));
      const cancelledWeek = random.int(8, 20);
      let week = 0;
      for (
        let day = nextWeekday(addDays(season.startsOn, 14), activity.weekday);
        day <= end;
        day = addDays(day, 7)
      ) {
        if (day >= `${year}-12-20` && day <= `${year + 1}-01-03`) continue;
        week++;
        const cancelled = week === cancelledWeek;
        const future = day > today;
        plans.push({
          event: event({
            kind: 'training',
            title: activity.title,
            startsOn: day,
            startTime: activity.time,
            location: `${activity.place}, ${home}`,
            description: activity.description,
            season,
            ...(cancelled
              ? {
                  cancelledOn: day < today ? addDays(day, -1) : today,
                  notes: a % 2 === 0 ? 'Annulé : salle indisponible.' : 'Annulé : routes enneigées.',
                }
              : {}),
          }),
          special: 'training',
          pool: roster,
          weight: cancelled || future ? 0 : WEIGHTS.training,
          future,
        });
      }
    });

    const specials: {
      special: Special;
      title: string;
      on: string;
      time: string;
      fee: number;
      description: string;
    }[] = [
      {
        special: 'loto',
        title: 'Grand loto d’automne',
        on: nextWeekday(`${year}-11-08`, 6),
        time: '20:00',
        fee: 500,
        description: 'Quines, cartons pleins, un jambon et des bons d’achat à gagner. 5 € le carton.',
      },
      {
        special: 'concert',
        title: 'Concert de Noël de la chorale',
        on: nextWeekday(`${year}-12-10`, 0),
        time: '16:00',
        fee: 800,
        description: 'À l’église ; vin chaud offert à la sortie.',
      },
      {
        special: 'assembly',
        title: `Assemblée générale ordinaire ${season.label}`,
        on: nextWeekday(`${year + 1}-01-23`, 5),
        time: '20:00',
        fee: 0,
        description: 'Rapport moral, rapport financier, élection du conseil d’administration.',
      },
      {
        special: 'dinner',
        title: 'Repas dansant',
        on: nextWeekday(`${year + 1}-02-01`, 6),
        time: '19:30',
        fee: 2200,
        description: 'Cassoulet maison, orchestre. Sur réservation de préférence.',
      },
      {
        special: 'loto',
        title: 'Loto de printemps',
        on: nextWeekday(`${year + 1}-03-01`, 0),
        time: '14:00',
        fee: 500,
        description: 'Ouverture des portes à 13 h. 5 € le carton.',
      },
      {
        special: 'show',
        title: 'Spectacle de l’atelier théâtre',
        on: nextWeekday(`${year + 1}-04-05`, 6),
        time: '20:30',
        fee: 1000,
        description: 'Une comédie en deux actes ; gratuit pour les moins de 12 ans.',
      },
    ];
    for (const special of specials) {
      const assembly = special.special === 'assembly';
      const future = special.on > today;
      plans.push({
        event: event({
          kind: assembly ? 'assembly' : 'party',
          title: special.title,
          startsOn: special.on,
          startTime: special.time,
          location: assembly ? `Foyer rural, ${home}` : `Salle des fêtes, ${home}`,
          description: special.description,
          season,
          doorFee: special.fee,
          ...(assembly ? { assembly: ASSEMBLY_RULES } : {}),
        }),
        special: special.special,
        // The AG is for the season's members; everything else is open to anybody in the file.
        pool: assembly ? memberList : knownOn(special.on),
        weight: WEIGHTS[special.special] * (future ? FUTURE_SHARE : 1),
        future,
      });
    }
  }
  plans.sort(
    (a, b) =>
      a.event.startsOn.localeCompare(b.event.startsOn) || a.event.startTime.localeCompare(b.event.startTime),
  );
  plans.forEach((plan, i) => {
    plan.event.id = asEventId(`${DEMO_ID_PREFIX}e-${pad(i + 1, 6)}`);
  });

  const counts = allocateByWeight(
    Math.round(perPerson * people.length),
    plans.map((plan) => plan.weight),
    plans.map((plan) => plan.pool.length),
  );

  const attendance: AttendanceDocument[] = [];
  const doorMethod = () =>
    random.weighted<PaymentMethod>([
      ['especes', 60],
      ['cheque', 25],
      ['carte', 15],
    ]);
  plans.forEach((plan, p) => {
    const { event: ev } = plan;
    const assembly = plan.special === 'assembly';
    // A few hundred distinct instants per event: made once, not once per record.
    const instants = new Map<string, string>();
    const instant = (daysBefore: number, time: string, minutesBefore: number) => {
      const key = `${daysBefore} ${time} ${minutesBefore}`;
      let value = instants.get(key);
      if (value === undefined) {
        value = parisInstant(addDays(ev.startsOn, -daysBefore), time, minutesBefore);
        instants.set(key, value);
      }
      return value;
    };
    const chosen = sample(random, plan.pool, counts[p] ?? 0);
    const records = chosen.map((index) => {
      const personId = (people[index] as PersonDocument).id;
      // Trainings: the section's roster; the AG: a few confirm; other events: some book ahead.
      const registered = plan.future || plan.special === 'training' || random.chance(assembly ? 0.2 : 0.3);
      const present =
        !plan.future &&
        (plan.special === 'training' || assembly
          ? random.chance(assembly ? 0.75 : 0.9)
          : !registered || random.chance(0.95));
      // Absent from an AG without having registered: excused, the proxy form received before.
      const registeredAt =
        registered || !present ? instant(random.int(1, 20), `${pad(random.int(8, 21), 2)}:00`, 0) : '';
      const checkedInAt = present ? instant(0, ev.startTime, random.int(0, 40)) : '';
      const paysAtDoor = present && !registered && ev.nonMemberPrice > 0;
      const cartons = plan.special === 'loto' ? random.int(1, 4) : 1;
      const record: AttendanceDocument = {
        id: attendanceId(ev.id, personId),
        createdAt: registeredAt || checkedInAt,
        updatedAt: present ? checkedInAt : registeredAt,
        updatedBy: userId,
        deviceId,
        eventId: ev.id,
        personId,
        registered,
        present,
        checkedInAt,
        checkedInBy: present ? userId : '',
        checkedInDevice: present ? deviceId : '',
        proxyHolderId: '',
        doorPayment: paysAtDoor
          ? { amount: (ev.nonMemberPrice * cartons) as Cents, method: doorMethod(), chequeNumber: '' }
          : { amount: 0 as Cents, method: '', chequeNumber: '' },
        otherDoorPayments: [],
        otherDoorMemberships: [],
        membersOnlyOverride: false,
        doorMembership: NO_DOOR_MEMBERSHIP,
        notes: '',
        importId: '',
      };
      return record;
    });
    // At a past AG, most absent members hand their vote to a present one, each of whom may
    // hold `maxProxiesPerMember` proxies.
    if (assembly && !plan.future) {
      const holders = records.filter((record) => record.present);
      const held = new Map<string, number>();
      for (const record of records) {
        if (record.present || holders.length === 0 || !random.chance(0.6)) continue;
        const holder = holders[random.int(0, holders.length - 1)] as AttendanceDocument;
        if ((held.get(holder.personId) ?? 0) >= ev.assembly.maxProxiesPerMember) continue;
        held.set(holder.personId, (held.get(holder.personId) ?? 0) + 1);
        record.proxyHolderId = holder.personId;
      }
    }
    attendance.push(...records);
  });

  return { events: plans.map((plan) => plan.event), attendance };
}
