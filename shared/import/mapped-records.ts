import { formatFrenchDate } from '@shared/dates/parse-date';
import { IN_SEASONS_SETTINGS } from '@shared/import/settings-fix';
import { donationDocumentSchema, type DonationDocument } from '@shared/donations/donation';
import { euros, importStamps } from '@shared/import/helloasso-people';
import type { PlanInput } from '@shared/import/helloasso-plan';
import { normaliseLabel } from '@shared/import/helloasso-values';
import type { MappedRow } from '@shared/import/mapped-row';
import {
  readAmount,
  readDonationMethod,
  readFrenchDay,
  readMembershipMethod,
} from '@shared/import/mapped-values';
import { fieldsRefused } from '@shared/import/people-match';
import { membershipDocumentSchema, type MembershipDocument } from '@shared/members/membership';
import { seasonOn, type Season, type Tariff } from '@shared/members/season';
import { truncateText } from '@shared/text/unicode';

/**
 * The cotisation and the donation a mapped row may carry, for a holder already chosen. Each gives
 * the document to write, `unchanged` with the reason when Tilleul already holds it (importing the
 * same file twice adds nothing), or `undefined` when the row has none; unreadable cells go to
 * `row.problems`.
 */
export type Planned<T> = { kind: 'add'; document: T; said: string } | { kind: 'unchanged'; said: string };

export interface MappedInput extends PlanInput {
  /** Today, `YYYY-MM-DD`: two-digit years, consents' date, no birth date in the future. */
  today: string;
}

const MEMBERSHIP_FIELDS = [
  'membership.season',
  'membership.tariff',
  'membership.amount',
  'membership.paidOn',
  'membership.method',
] as const;

const key = (label: string) => normaliseLabel(label).replace(/^(adhesion|cotisation)\s+/, '');

function seasonOf(row: MappedRow, input: MappedInput, paidOn: string): Season | undefined {
  if (row.has('membership.season')) {
    const wanted = key(row.text('membership.season'));
    const season = input.seasons.find((s) => key(s.label) === wanted);
    if (!season) {
      row.problems.push(
        `saison « ${row.text('membership.season')} » inconnue : créez-la ${IN_SEASONS_SETTINGS} (même nom), puis importez à nouveau.`,
      );
    }
    return season;
  }
  if (paidOn === '') return undefined;
  const season = seasonOn(input.seasons, paidOn);
  if (!season) {
    row.problems.push(
      `aucune saison ne contient le ${formatFrenchDate(paidOn)} : créez-la ${IN_SEASONS_SETTINGS}, puis importez à nouveau.`,
    );
  }
  return season;
}

function tariffOf(row: MappedRow, season: Season, amount: number | undefined): Tariff | undefined {
  const individual = season.tariffs.filter((tariff) => tariff.scope === 'individual');
  if (row.has('membership.tariff')) {
    const wanted = key(row.text('membership.tariff'));
    const tariff = season.tariffs.find((t) => key(t.label) === wanted);
    if (!tariff) {
      row.problems.push(
        `tarif « ${row.text('membership.tariff')} » inconnu dans la saison ${season.label} : ajoutez-le (même nom) ${IN_SEASONS_SETTINGS}, ou corrigez le fichier.`,
      );
    } else if (tariff.scope === 'household') {
      row.problems.push(
        `« ${tariff.label} » est un tarif famille : enregistrez cette cotisation sur la fiche du foyer.`,
      );
      return undefined;
    }
    return tariff;
  }
  // No tariff column: the one tariff of that amount, or the season's only one.
  const byAmount = amount === undefined ? individual : individual.filter((t) => t.amount === amount);
  const [only] = byAmount;
  if (byAmount.length === 1 && only) return only;
  row.problems.push(
    `tarif introuvable pour la saison ${season.label}${amount === undefined ? '' : ` et ${euros(amount)}`} : ajoutez une colonne « Tarif » au fichier (les noms de Paramètres → Saisons et tarifs).`,
  );
  return undefined;
}

export function planMembership(
  row: MappedRow,
  input: MappedInput,
  holderId: string,
  planned: readonly MembershipDocument[],
): Planned<MembershipDocument> | undefined {
  if (!MEMBERSHIP_FIELDS.some((field) => row.has(field))) return undefined;
  const paidOn = row.has('membership.paidOn')
    ? row.read(
        'membership.paidOn',
        (c, l) => readFrenchDay(c, l, { today: input.today, pivot: 'around', max: input.today }),
        '',
      )
    : '';
  if (!row.has('membership.paidOn')) {
    row.problems.push(
      `${row.label('membership.paidOn')} manquante : la date de paiement dit la saison et la date de la cotisation.`,
    );
  }
  const amount = row.read('membership.amount', readAmount, undefined);
  const method = row.read('membership.method', readMembershipMethod, 'especes');
  // « Chèque 1234567 » in the method's cell gives the number when no column does.
  const chequeNumber =
    method !== 'cheque'
      ? ''
      : row.text('membership.chequeNumber') || (/\d{4,}/.exec(row.text('membership.method'))?.[0] ?? '');
  if (method === 'cheque' && chequeNumber === '') {
    row.problems.push(
      'cotisation payée par chèque sans numéro : ajoutez une colonne « N° de chèque » au fichier.',
    );
  }
  const season = seasonOf(row, input, paidOn);
  const tariff = season ? tariffOf(row, season, amount) : undefined;
  if (!season || !tariff || paidOn === '' || row.problems.length > 0) return undefined;
  const already = [...input.memberships, ...planned].find(
    (m) =>
      m.holderId === holderId && m.seasonId === season.id && m.tariffId === tariff.id && m.cancelledOn === '',
  );
  if (already) {
    return {
      kind: 'unchanged',
      said: `cotisation « ${tariff.label} » ${season.label} déjà enregistrée (payée le ${formatFrenchDate(already.paidOn)}).`,
    };
  }
  const membership = membershipDocumentSchema.safeParse({
    ...importStamps(input),
    holderKind: 'person',
    holderId,
    seasonId: season.id,
    tariffId: tariff.id,
    tariffLabel: tariff.label,
    taxReceiptAllowed: tariff.taxReceiptAllowed,
    amount: amount ?? tariff.amount,
    paymentMethod: method,
    chequeNumber: truncateText(chequeNumber, 20, ''),
    paidOn,
    receivedBy: input.context.userId,
    origin: 'import',
  });
  if (!membership.success) {
    row.problems.push(fieldsRefused(membership.error));
    return undefined;
  }
  return {
    kind: 'add',
    document: membership.data,
    said: `cotisation « ${tariff.label} » ${season.label}, ${euros(membership.data.amount)}`,
  };
}

export function planDonation(
  row: MappedRow,
  input: MappedInput,
  donorId: string,
  planned: readonly DonationDocument[],
): Planned<DonationDocument> | undefined {
  if (!row.has('donation.amount')) return undefined;
  const amount = row.read('donation.amount', readAmount, undefined);
  const receivedOn = row.read(
    'donation.date',
    (c, l) => readFrenchDay(c, l, { today: input.today, pivot: 'around', max: input.today }),
    '',
  );
  const method = row.read('donation.method', readDonationMethod, 'especes');
  if (row.problems.length > 0 || amount === undefined) return undefined;
  if (!input.canManageDonations) {
    row.problems.push(
      `don de ${euros(amount)} : seuls le trésorier et l’administrateur enregistrent des dons ; demandez-leur d’importer ce fichier, ou ignorez la colonne.`,
    );
    return undefined;
  }
  const already = [...(input.donations ?? []), ...planned].find(
    (d) => d.donorId === donorId && d.receivedOn === receivedOn && d.amount === amount,
  );
  if (already)
    return {
      kind: 'unchanged',
      said: `don de ${euros(amount)} du ${formatFrenchDate(receivedOn)} déjà enregistré.`,
    };
  const donation = donationDocumentSchema.safeParse({
    ...importStamps(input),
    donorId,
    amount,
    receivedOn,
    method,
    campaign: truncateText(row.text('donation.campaign'), 100),
  });
  if (!donation.success) {
    row.problems.push(fieldsRefused(donation.error));
    return undefined;
  }
  return { kind: 'add', document: donation.data, said: `don de ${euros(amount)}` };
}
