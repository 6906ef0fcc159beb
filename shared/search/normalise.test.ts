import { describe, expect, it } from 'vitest';
import {
  labelMatches,
  foldText,
  memberNumberQuery,
  memberNumberTokens,
  nameKey,
  nameTokens,
} from '@shared/search/normalise';

describe('search normalisation', () => {
  it('folds accents, case and ligatures', () => {
    expect(foldText('Élodie LEFÈVRE')).toBe('elodie lefevre');
    expect(foldText('Œillet Lætitia')).toBe('oeillet laetitia');
    expect(foldText('Maëlys Noël')).toBe('maelys noel');
  });

  it('splits names on punctuation and also keeps the joined form', () => {
    expect(nameTokens("N'Diaye")).toEqual(['n', 'diaye', 'ndiaye']);
    expect(nameTokens('Marie-Thérèse')).toEqual(['marie', 'therese', 'marietherese']);
    expect(nameTokens("de La Tour d'Auvergne")).toEqual(['de', 'la', 'tour', 'd', 'auvergne', 'dauvergne']);
  });

  it('compares names without word order', () => {
    expect(nameKey('Jean-Pierre', 'DUPONT')).toBe(nameKey('dupont jean pierre'));
    expect(nameKey('Hélène', 'Faure')).toBe(nameKey('Faure', 'helene'));
  });

  it('reads member numbers however they are typed or scanned', () => {
    expect(memberNumberTokens('A-0042')).toEqual(['a0042', '42']);
    expect(memberNumberTokens('B-12345')).toEqual(['b12345', '12345']);
    for (const typed of ['A-0042', 'a0042', 'A 0042', ' a-0042 ', 'A42', 'a 42']) {
      expect(memberNumberQuery(typed)).toBe('a0042');
    }
    expect(memberNumberQuery('A-004')).toBe('a004');
    expect(memberNumberQuery('0042')).toBe('42');
    expect(memberNumberQuery('Anne')).toBeUndefined();
  });

  it('finds a choice by what is typed, accents, case and word order aside', () => {
    expect(labelMatches('Zoé Bernard', 'zoe')).toBe(true);
    expect(labelMatches('Zoé Bernard', 'BERN zo')).toBe(true);
    expect(labelMatches('Rénovation du lavoir', 'renovation')).toBe(true);
    expect(labelMatches('Prénom', 'prenom')).toBe(true);
    expect(labelMatches('Société civile immobilière', 'soci imm')).toBe(true);
    expect(labelMatches('Zoé Bernard', 'zoe martin')).toBe(false);
    expect(labelMatches('Paul Roux', 'lea')).toBe(false);
    expect(labelMatches('Paul Roux', '  ')).toBe(true);
  });
});
