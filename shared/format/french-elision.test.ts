import { describe, expect, it } from 'vitest';
import { deName } from '@shared/format/french-elision';

describe('deName', () => {
  it('elides before a vowel, an accented vowel, an h or a y, whatever the case', () => {
    expect(deName('Anne Admin')).toBe('d’Anne Admin');
    expect(deName('Émile Roux')).toBe('d’Émile Roux');
    expect(deName('Hélène Dupré')).toBe('d’Hélène Dupré');
    expect(deName('yves Marchand')).toBe('d’yves Marchand');
    expect(deName('Œdipe')).toBe('d’Œdipe');
    expect(deName('  Isabelle ')).toBe('d’Isabelle');
  });

  it('keeps « de » before a consonant, a digit or a quote', () => {
    expect(deName('Sophie Secrétaire')).toBe('de Sophie Secrétaire');
    expect(deName('Porte 1')).toBe('de Porte 1');
    expect(deName('3M France')).toBe('de 3M France');
    expect(deName('« Anne »')).toBe('de « Anne »');
  });
});
