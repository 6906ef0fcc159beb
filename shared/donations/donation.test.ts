import { describe, expect, it } from 'vitest';
import { donationDocumentSchema, donationsCollection } from '@shared/donations/donation';
import { makeDonation } from '@shared/donations/testing';
import { toRxJsonSchema } from '@shared/schema/collection-spec';

const messages = (input: unknown) =>
  donationDocumentSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('a donation (version 1)', () => {
  it('defaults to the Cerfa box « déclaration de don manuel » and to a gift of money', () => {
    const donation = makeDonation({ id: 'd1' });
    expect(donation).toMatchObject({
      form: 'declaration-don-manuel',
      nature: 'numeraire',
      campaign: '',
      bank: '',
    });
  });

  it('takes every form, nature and method of the Cerfa, a campaign and a cheque’s bank', () => {
    for (const form of [
      'declaration-don-manuel',
      'acte-sous-seing-prive',
      'acte-authentique',
      'autre',
    ] as const) {
      expect(makeDonation({ id: 'd', form }).form).toBe(form);
    }
    for (const nature of ['numeraire', 'titres-cotes', 'abandon-revenus', 'frais-benevoles'] as const) {
      expect(makeDonation({ id: 'd', nature }).nature).toBe(nature);
    }
    for (const method of ['especes', 'virement', 'prelevement', 'carte'] as const) {
      expect(makeDonation({ id: 'd', method, chequeNumber: '' }).method).toBe(method);
    }
    expect(
      makeDonation({ id: 'd', bank: 'Crédit Agricole', campaign: ' Rénovation du lavoir ' }),
    ).toMatchObject({
      bank: 'Crédit Agricole',
      campaign: 'Rénovation du lavoir',
    });
  });

  it('refuses a form that is not a box (don-manuel), a gift in kind without description or valuation, a bank for cash', () => {
    const base = makeDonation({ id: 'd' });
    expect(donationDocumentSchema.safeParse({ ...base, form: 'don-manuel' }).success).toBe(false);
    expect(messages({ ...base, nature: 'autre' })).toEqual(
      expect.arrayContaining([
        'errors.donations.natureDescriptionRequired',
        'errors.donations.valuationRequired',
      ]),
    );
    expect(
      messages({
        ...base,
        nature: 'autre',
        natureDescription: 'Un ordinateur',
        valuation: 'Facture du 2 mars',
      }),
    ).toEqual([]);
    expect(messages({ ...base, method: 'especes', chequeNumber: '', bank: 'La Poste' })).toEqual([
      'errors.donations.bankOnlyForCheque',
    ]);
    expect(messages({ ...base, campaign: 'x'.repeat(101) })).toEqual(['errors.common.tooLong|{"max":100}']);
  });

  it('migrates a version 0 donation: don-manuel and titres become Cerfa boxes, new fields empty', () => {
    const { bank, campaign, valuation, ...current } = makeDonation({ id: 'd1', notes: 'Merci' });
    expect([bank, campaign, valuation]).toEqual(['', '', '']);
    const v0 = { ...current, form: 'don-manuel', nature: 'titres' };
    const migrated = donationsCollection.migrations?.[1]?.(v0);
    expect(donationDocumentSchema.parse(migrated)).toEqual({
      ...current,
      form: 'declaration-don-manuel',
      nature: 'titres-cotes',
      bank: '',
      campaign: '',
      valuation: '',
    });
    const acte = donationsCollection.migrations?.[1]?.({
      ...v0,
      form: 'acte-authentique',
      nature: 'numeraire',
    });
    expect(acte).toMatchObject({ form: 'acte-authentique', nature: 'numeraire' });
  });

  it('is version 2 in RxDB (the import that brought it), indexed by campaign', () => {
    const schema = toRxJsonSchema(donationsCollection);
    expect(schema.version).toBe(2);
    expect(schema.indexes).toContain('campaign');
  });
});
