import { describe, expect, it } from 'vitest';
import { normaliseServerAddress } from '@renderer/sync/server-address';

describe('normaliseServerAddress', () => {
  it.each([
    ['192.168.1.20:8787', 'http://192.168.1.20:8787'],
    ['  http://192.168.1.20:8787/ ', 'http://192.168.1.20:8787'],
    ['tilleul.mon-asso.fr', 'http://tilleul.mon-asso.fr'],
    ['https://asso.fr/tilleul/', 'https://asso.fr/tilleul'],
    ['HTTPS://Asso.FR', 'https://asso.fr'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseServerAddress(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'ftp://asso.fr',
    'http://user:pw@asso.fr',
    'asso.fr?x=1',
    'asso .fr',
    'javascript:alert(1)',
  ])('refuses %j', (input) => {
    expect(normaliseServerAddress(input)).toBeUndefined();
  });
});
