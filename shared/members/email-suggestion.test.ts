import { describe, expect, it } from 'vitest';
import { suggestEmail } from '@shared/members/email-suggestion';

describe('suggestEmail', () => {
  it('suggests the common domain a typo was meant for', () => {
    expect(suggestEmail('jean@gmial.con')).toBe('jean@gmail.com');
    expect(suggestEmail('jean@gmail.con')).toBe('jean@gmail.com');
    expect(suggestEmail('marie.dupont@orange.fe')).toBe('marie.dupont@orange.fr');
    expect(suggestEmail('zoe@hotmial.fr')).toBe('zoe@hotmail.fr');
    expect(suggestEmail('paul@laposte.ne')).toBe('paul@laposte.net');
    expect(suggestEmail('Paul@WANADOO.FT')).toBe('Paul@wanadoo.fr');
  });

  it('leaves right, unknown or unfinished addresses alone', () => {
    expect(suggestEmail('jean@gmail.com')).toBeUndefined();
    expect(suggestEmail('contact@foyer-rural-tilleul.fr')).toBeUndefined();
    expect(suggestEmail('jean@')).toBeUndefined();
    expect(suggestEmail('jean')).toBeUndefined();
    expect(suggestEmail('')).toBeUndefined();
  });
});
