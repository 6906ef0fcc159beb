import { describe, expect, it } from 'vitest';
import { organisationSchema } from '@shared/schema/organisation';
import type { OrganisationInput } from '@shared/schema/organisation';
import { isValidSiren, normaliseIdentifier } from '@shared/schema/identifiers';

const valid: OrganisationInput = {
  name: 'Chorale du Lavoir',
  rna: 'W2A1001234',
  siren: '',
  address: { line1: '1 rue du Lavoir', line2: '', postalCode: '20000', city: 'Ajaccio' },
  object: 'Pratique du chant choral',
  category: 'interet-general',
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: 'Jean Martin',
  signatoryTitle: 'Trésorier',
  logo: '',
  signature: '',
};

function errorsOf(input: unknown): Record<string, string> {
  const result = organisationSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('SIREN', () => {
  it('checks the Luhn key', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('356000000')).toBe(true);
    expect(isValidSiren('12345678')).toBe(false);
  });
  it('normalises what people type', () => {
    expect(normaliseIdentifier(' 732 829.320 ')).toBe('732829320');
    expect(normaliseIdentifier('w75-1234567')).toBe('W751234567');
  });
});

describe('organisationSchema', () => {
  it('accepts a complete identity and normalises identifiers', () => {
    const parsed = organisationSchema.parse({ ...valid, rna: 'w2a 100 1234', siren: '732 829 320' });
    expect(parsed.rna).toBe('W2A1001234');
    expect(parsed.siren).toBe('732829320');
  });

  it('wants an RNA number or a SIREN', () => {
    expect(errorsOf({ ...valid, rna: '' })).toEqual({ rna: 'errors.organisation.rnaOrSirenRequired' });
    expect(errorsOf({ ...valid, rna: '', siren: '732829320' })).toEqual({});
  });

  it('explains a malformed RNA number, a wrong SIREN key and a bad postal code', () => {
    expect(errorsOf({ ...valid, rna: 'X123' })).toMatchObject({ rna: 'errors.organisation.rnaFormat' });
    expect(errorsOf({ ...valid, siren: '732829321' })).toMatchObject({
      siren: 'errors.organisation.sirenChecksum',
    });
    expect(errorsOf({ ...valid, siren: '1234' })).toMatchObject({ siren: 'errors.organisation.sirenFormat' });
    expect(errorsOf({ ...valid, address: { ...valid.address, postalCode: '7500' } })).toMatchObject({
      'address.postalCode': 'errors.organisation.postalCodeFormat',
    });
  });

  it('requires the fields a receipt prints, trimmed', () => {
    const errors = errorsOf({ ...valid, name: '   ', object: '', signatoryName: '', signatoryTitle: '' });
    expect(errors).toMatchObject({
      name: 'errors.organisation.nameRequired',
      object: 'errors.organisation.objectRequired',
      signatoryName: 'errors.organisation.signatoryNameRequired',
      signatoryTitle: 'errors.organisation.signatoryTitleRequired',
    });
  });

  it('asks the precision for « autre » and the decree date for a recognised association', () => {
    expect(errorsOf({ ...valid, category: 'autre' })).toEqual({
      categoryOther: 'errors.organisation.categoryOtherRequired',
    });
    expect(errorsOf({ ...valid, category: 'rup' })).toEqual({
      rupDecreeDate: 'errors.organisation.rupDecreeDateRequired',
    });
    expect(errorsOf({ ...valid, category: 'rup', rupDecreeDate: '2023-02-31' })).toEqual({
      rupDecreeDate: 'errors.common.isoDate',
    });
    expect(errorsOf({ ...valid, category: 'rup', rupDecreeDate: '2024-02-29' })).toEqual({});
  });

  it('accepts small PNG/JPEG images only', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(errorsOf({ ...valid, logo: png })).toEqual({});
    expect(errorsOf({ ...valid, logo: 'data:image/svg+xml;base64,PHN2Zz4=' })).toEqual({
      logo: 'errors.organisation.imageFormat',
    });
    const huge = `data:image/png;base64,${'A'.repeat(500_000)}`;
    expect(errorsOf({ ...valid, signature: huge })).toEqual({
      signature: 'errors.organisation.imageTooLarge',
    });
  });

  it('refuses unknown fields', () => {
    expect(Object.keys(errorsOf({ ...valid, hacked: true }))).toEqual(['']);
  });
});
