import { describe, expect, it } from 'vitest';
import { isNavigationAllowed, WINDOW_OPEN_DENIED } from './navigation';

describe('isNavigationAllowed', () => {
  it('allows moving between documents of the app origin', () => {
    expect(isNavigationAllowed('app://tilleul/index.html')).toBe(true);
    expect(isNavigationAllowed('app://tilleul/index.html#/evenements')).toBe(true);
  });

  it('refuses the web, local files and script URLs', () => {
    for (const url of [
      'https://example.org',
      'http://192.168.1.10:8080/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://other/index.html',
      'not a url',
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });
});

describe('WINDOW_OPEN_DENIED', () => {
  it('is the deny answer of setWindowOpenHandler', () => {
    expect(WINDOW_OPEN_DENIED).toEqual({ action: 'deny' });
  });
});
