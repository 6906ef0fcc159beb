import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppOrigin, isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it('accepts the entry document and any path or hash route of the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://tilleul/')).toBe(true);
    expect(isAppUrl('app://tilleul/index.html#/membres/42')).toBe(true);
    expect(isAppUrl('APP://TILLEUL/index.html')).toBe(true);
  });

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      'https://tilleul/index.html',
      'file:///index.html',
      'app://tilleul.evil.example/index.html',
      'app://evil/index.html',
      'app://tilleul:8080/index.html',
      'app://user:pass@tilleul/index.html',
      'app://user@tilleul/',
      'https://example.org',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('refuses what is not a URL at all', () => {
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl('tilleul')).toBe(false);
  });
});

describe('isAppOrigin', () => {
  it('accepts only the exact app origin', () => {
    expect(isAppOrigin('app://tilleul')).toBe(true);
    expect(isAppOrigin('app://tilleul/')).toBe(true);
    expect(isAppOrigin('app://tilleul.evil')).toBe(false);
    expect(isAppOrigin('https://tilleul')).toBe(false);
    expect(isAppOrigin('')).toBe(false);
    expect(isAppOrigin(undefined)).toBe(false);
  });
});
