import { describe, expect, it } from 'vitest';
import { formatAddress } from '@shared/members/address';

const empty = { line1: '', line2: '', postalCode: '', city: '', country: '' };

describe('formatAddress', () => {
  it('joins the lines that exist, postal code before the city', () => {
    expect(
      formatAddress({
        ...empty,
        line1: '3 rue du Lavoir',
        line2: 'Bât. B',
        postalCode: '24200',
        city: 'Sarlat',
      }),
    ).toBe('3 rue du Lavoir, Bât. B, 24200 Sarlat');
  });

  it('keeps a city without postal code, and a foreign country', () => {
    expect(formatAddress({ ...empty, city: 'Liège', country: 'Belgique' })).toBe('Liège, Belgique');
  });

  it('is empty for no address at all', () => {
    expect(formatAddress(empty)).toBe('');
  });
});
