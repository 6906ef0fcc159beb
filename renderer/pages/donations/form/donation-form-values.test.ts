import { describe, expect, it } from 'vitest';
import { donationDocumentSchema } from '@shared/donations/donation';
import {
  initialDonationValues,
  toDonationInput,
  validateDonationForm,
} from '@renderer/pages/donations/form/donation-form-values';

const typed = () => ({
  ...initialDonationValues(undefined, 'fr-FR', 'person-1', new Date('2026-03-02T10:00:00Z')),
  amount: '1 250,50',
  method: 'cheque' as const,
  chequeNumber: '0012345',
  bank: 'Crédit Agricole',
});

describe('donation form values', () => {
  it('reads the amount the French way, in cents, and starts today in money by hand', () => {
    const values = typed();
    expect(values.receivedOn).toBe('2026-03-02');
    expect(values.form).toBe('declaration-don-manuel');
    const { input, errors } = toDonationInput(values);
    expect(errors).toEqual({});
    expect(input.amount).toBe(125050);
    expect(validateDonationForm(values)).toEqual({});
  });

  it('says what is missing: donor, amount that cannot be read, method', () => {
    const values = { ...typed(), donorId: '', amount: '12,345', method: null };
    expect(validateDonationForm(values)).toMatchObject({
      donorId: 'donations.form.donorRequired',
      amount: 'errors.members.amountTooManyDecimals',
      method: 'errors.donations.methodRequired',
    });
    expect(validateDonationForm({ ...typed(), amount: '0' }).amount).toBe('errors.donations.amountRequired');
  });

  it('empties what a later choice hides: the cheque by transfer, the valuation of money', () => {
    const values = {
      ...typed(),
      method: 'virement' as const,
      paymentReference: 'VIR 42',
      nature: 'numeraire' as const,
      valuation: 'devis',
    };
    const { input } = toDonationInput(values);
    expect(input).toMatchObject({ chequeNumber: '', bank: '', paymentReference: 'VIR 42', valuation: '' });
    expect(validateDonationForm(values)).toEqual({});
  });

  it('asks how a gift in kind was described and valued', () => {
    const errors = validateDonationForm({ ...typed(), nature: 'autre' });
    expect(errors).toMatchObject({
      natureDescription: 'errors.donations.natureDescriptionRequired',
      valuation: 'errors.donations.valuationRequired',
    });
  });

  it('opens a recorded donation as it was typed, and writes it back unchanged', () => {
    const stored = donationDocumentSchema.parse({
      id: 'don-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'u',
      deviceId: 'd',
      donorId: 'person-1',
      amount: 125050,
      receivedOn: '2026-02-14',
      method: 'cheque',
      chequeNumber: '77',
      bank: 'La Poste',
      campaign: 'Rénovation du lavoir',
    });
    const values = initialDonationValues(stored, 'fr-FR');
    expect(values.amount).toMatch(/^1\s250,50\s€$/);
    const { input } = toDonationInput(values);
    expect(input).toMatchObject({ amount: 125050, campaign: 'Rénovation du lavoir', bank: 'La Poste' });
  });
});
