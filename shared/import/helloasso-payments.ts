import { donationDocumentSchema, type DonationMethod } from '@shared/donations/donation';
import type { HelloAssoPaymentRecord } from '@shared/import/helloasso';
import {
  euros,
  findOrCreatePerson,
  importStamps,
  rowOf,
  statusSkipped,
} from '@shared/import/helloasso-people';
import type { PlannedRow, Planner } from '@shared/import/helloasso-plan';
import { normaliseLabel } from '@shared/import/helloasso-values';
import { fieldsRefused } from '@shared/import/people-match';
import { displayName } from '@shared/members/person';
import { truncateText } from '@shared/text/unicode';

/**
 * Paiements: one row per payment. The payer is the person. A payment of an « Adhésion » campaign
 * is matched by order reference with the cotisation the adhésions export brought — never a
 * second cotisation; a « Don » campaign's payment, and the « Don supplémentaire » of any payment,
 * is a donation of the payer, kept with HelloAsso's payment reference (the order's when there is
 * none): a donation already holding it is not imported again.
 */

const REFERENCE_MAX = 60;

/** « Carte bancaire », « Chèque »… as the Cerfa's boxes; a card unless said otherwise. */
export function donationMethodOf(label: string): DonationMethod {
  const text = normaliseLabel(label);
  if (text.startsWith('cheque')) return 'cheque';
  if (text.startsWith('espece')) return 'especes';
  if (text.startsWith('virement')) return 'virement';
  if (text.startsWith('prelevement')) return 'prelevement';
  return 'carte';
}

function membershipPart(planner: Planner, record: HelloAssoPaymentRecord): string {
  const membership = planner.input.memberships.find((m) => m.paymentReference === record.orderRef);
  return membership
    ? `paiement de la cotisation « ${membership.tariffLabel} » (commande ${record.orderRef}) : déjà enregistrée.`
    : `paiement d’adhésion (commande ${record.orderRef}) : la cotisation vient de l’export des adhésions ; importez-le, jamais une seconde cotisation.`;
}

export function planPayment(planner: Planner, record: HelloAssoPaymentRecord): PlannedRow {
  const row = rowOf(record.line, displayName(record.person));
  if (record.status !== 'valid') return row('skipped', statusSkipped(record.status));
  const isMembership = record.campaignType === 'membership';
  const linked = isMembership
    ? planner.input.memberships.some((m) => m.paymentReference === record.orderRef)
    : false;
  if (record.donationCents <= 0) {
    if (isMembership) return row(linked ? 'linked' : 'skipped', membershipPart(planner, record));
    return row('skipped', `campagne « ${record.campaign} » : ni adhésion ni don, rien à importer.`);
  }
  const also = isMembership ? ` Et ${membershipPart(planner, record)}` : '';
  const reference = record.paymentRef || record.orderRef;
  if (reference.length > REFERENCE_MAX)
    return row('error', `référence de paiement trop longue (${REFERENCE_MAX} caractères au plus).`);
  const known = [...(planner.input.donations ?? []), ...planner.plan.donations].find(
    (donation) => donation.paymentReference === reference,
  );
  if (known)
    return row(
      'unchanged',
      `don de ${euros(record.donationCents)} déjà importé (paiement ${reference}).${also}`,
    );
  if (!planner.input.canManageDonations) {
    return row(
      'error',
      `don de ${euros(record.donationCents)} : seuls le trésorier et l’administrateur enregistrent des dons ; demandez-leur d’importer ce fichier.`,
    );
  }
  const donor = findOrCreatePerson(planner, record.payer);
  if (!donor.ok) return row(donor.outcome, donor.message);
  const company = record.payer.company ? ` pour ${record.payer.company}` : '';
  const donation = donationDocumentSchema.safeParse({
    ...importStamps(planner.input),
    donorId: donor.person.id,
    amount: record.donationCents,
    receivedOn: record.date.slice(0, 10),
    method: donationMethodOf(record.paymentMethod),
    paymentReference: reference,
    campaign: truncateText(record.campaign, 100),
    notes: truncateText(
      `HelloAsso, commande ${record.orderRef}, paiement ${reference}${company}` +
        `${record.donationCents !== record.amountCents ? ` : don supplémentaire sur un paiement de ${euros(record.amountCents)}` : ''}` +
        `${record.paymentMethod ? ` — ${record.paymentMethod}` : ''}.`,
      1000,
    ),
  });
  if (!donation.success) return row('error', fieldsRefused(donation.error));
  planner.plan.donations.push(donation.data);
  return row(donor.created ? 'new' : 'updated', `don de ${euros(record.donationCents)}.${also}`);
}
