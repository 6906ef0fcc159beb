import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '@shared/money/parse-amount';

describe('parseAmount', () => {
  it.each([
    ['15', 1500],
    ['15,5', 1550],
    ['15,50 €', 1550],
    ['15.50', 1550],
    ['€15', 1500],
    ['15 euros', 1500],
    ['1 234,50', 123450],
    ['1\u202f234,50\u00a0€', 123450],
    ['1.234,50', 123450],
    ['1,234.50', 123450],
    ['0,29', 29],
    [',5', 50],
    ['+8', 800],
    ['0', 0],
    ['  12  ', 1200],
  ])('reads %j as %i cents', (input, cents) => {
    expect(parseAmount(input)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', 'errors.members.amountRequired'],
    [' € ', 'errors.members.amountRequired'],
    ['abc', 'errors.members.amountInvalid'],
    ['15,', 'errors.members.amountInvalid'],
    ['1,2,3', 'errors.members.amountInvalid'],
    ['12€50', 'errors.members.amountInvalid'],
    ['1e3', 'errors.members.amountInvalid'],
    ['12.345,6.7', 'errors.members.amountInvalid'],
    ['-5', 'errors.members.amountNegative'],
    ['−5', 'errors.members.amountNegative'],
    ['15,505', 'errors.members.amountTooManyDecimals'],
    ['1.234', 'errors.members.amountTooManyDecimals'],
    ['1000000,01', 'errors.members.amountTooLarge'],
    ['99999999999999999999', 'errors.members.amountTooLarge'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });

  it('reads back every amount written the French way, exactly', () => {
    const format = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        expect(parseAmount(format.format(cents / 100))).toEqual({ ok: true, cents });
      }),
    );
  });

  it('accepts a lower ceiling for a given form', () => {
    expect(parseAmount('600', 50_000)).toEqual({ ok: false, error: 'errors.members.amountTooLarge' });
  });
});
