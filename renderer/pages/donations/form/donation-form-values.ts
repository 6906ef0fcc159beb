import type {
  DonationDocument,
  DonationForm,
  DonationInput,
  DonationMethod,
  DonationNature,
} from '@shared/donations/donation';
import { donationDocumentSchema, NATURES_IN_KIND } from '@shared/donations/donation';
import { localToday } from '@shared/dates/parse-date';
import { formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import { parseAmount } from '@shared/money/parse-amount';
import type { Draft } from '@shared/schema/stamps';
import { documentResolver } from '@renderer/components/document-resolver';

/**
 * What the donation form holds: the amount as typed (« 1 250,50 »), the rest as the schema has it.
 * A type (not an interface) so that it is a plain record, as a kept draft stores it.
 */
export type DonationFormValues = {
  donorId: string;
  amount: string;
  receivedOn: string;
  method: DonationMethod | null;
  chequeNumber: string;
  bank: string;
  paymentReference: string;
  form: DonationForm;
  nature: DonationNature;
  natureDescription: string;
  valuation: string;
  campaign: string;
  notes: string;
};

/** A new donation (today, in money, by hand) for `donorId`, or what `existing` holds. */
export function initialDonationValues(
  existing: DonationDocument | undefined,
  locale: string,
  donorId = '',
  now = new Date(),
): DonationFormValues {
  if (!existing) {
    return {
      donorId,
      amount: '',
      receivedOn: localToday(now),
      method: null,
      chequeNumber: '',
      bank: '',
      paymentReference: '',
      form: 'declaration-don-manuel',
      nature: 'numeraire',
      natureDescription: '',
      valuation: '',
      campaign: '',
      notes: '',
    };
  }
  return {
    donorId: existing.donorId,
    amount: formatMoney(existing.amount, locale),
    receivedOn: existing.receivedOn,
    method: existing.method,
    chequeNumber: existing.chequeNumber,
    bank: existing.bank,
    paymentReference: existing.paymentReference,
    form: existing.form,
    nature: existing.nature,
    natureDescription: existing.natureDescription,
    valuation: existing.valuation,
    campaign: existing.campaign,
    notes: existing.notes,
  };
}

/**
 * The form's values as a donation to write, with the errors of what cannot be read. Fields a
 * choice hides are emptied, so that what was typed before switching never reaches the receipt:
 * the cheque's number and bank unless paid by cheque, the description and valuation of a gift in
 * money.
 */
export function toDonationInput(values: DonationFormValues): {
  input: Draft<DonationInput>;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const amount = parseAmount(values.amount);
  if (!amount.ok) errors.amount = amount.error;
  if (values.donorId === '') errors.donorId = 'donations.form.donorRequired';
  if (values.receivedOn === '') errors.receivedOn = 'donations.form.dateRequired';
  if (values.method === null) errors.method = 'errors.donations.methodRequired';
  const cheque = values.method === 'cheque';
  const inKind = NATURES_IN_KIND.includes(values.nature);
  const input: Draft<DonationInput> = {
    donorId: values.donorId,
    amount: amount.ok ? amount.cents : (0 as Cents),
    receivedOn: values.receivedOn,
    method: values.method ?? 'especes',
    chequeNumber: cheque ? values.chequeNumber : '',
    bank: cheque ? values.bank : '',
    paymentReference: cheque || values.method === 'especes' ? '' : values.paymentReference,
    form: values.form,
    nature: values.nature,
    natureDescription: inKind ? values.natureDescription : '',
    valuation: inKind ? values.valuation : '',
    campaign: values.campaign,
    notes: values.notes,
  };
  return { input, errors };
}

/** The form's resolver: what cannot be read, then the donation schema's own rules. */
export function validateDonationForm(values: DonationFormValues): Record<string, string> {
  const { input, errors } = toDonationInput(values);
  const fromSchema = documentResolver<Draft<DonationInput>>(donationDocumentSchema)(input);
  // An unread amount is 0 for the schema: say why it cannot be read, not « supérieur à zéro ».
  return { ...fromSchema, ...errors };
}
