import { describe, expect, it } from 'vitest';
import { frenchTypography } from '@shared/format/french-typography';

const shown = (text: string) => frenchTypography(text).replaceAll('\u00a0', '⍽');

describe('French typography', () => {
  it('makes the space before : ; ! ? and inside « » non-breaking', () => {
    expect(shown('Montant : 21,50 €')).toBe('Montant⍽: 21,50 €');
    expect(shown('Abandonner les modifications ? Oui ; non !')).toBe(
      'Abandonner les modifications⍽? Oui⍽; non⍽!',
    );
    expect(shown('la fiche « Elodie Lefèvre » dans celle-ci')).toBe(
      'la fiche «⍽Elodie Lefèvre⍽» dans celle-ci',
    );
  });

  it('adds no space where there was none, and leaves hours, addresses and numbers alone', () => {
    expect(shown('Ouvert à 10:30, voir https://tilleul.example/?a=1 ; A-0001')).toBe(
      'Ouvert à 10:30, voir https://tilleul.example/?a=1⍽; A-0001',
    );
    expect(frenchTypography('Membres à jour')).toBe('Membres à jour');
  });

  it('is stable when applied twice', () => {
    const once = frenchTypography('Note : « oui » ?');
    expect(frenchTypography(once)).toBe(once);
  });
});
