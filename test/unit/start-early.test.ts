import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@renderer/i18n/i18n';

const script = readFileSync(
  join(import.meta.dirname, '..', '..', 'renderer', 'public', 'start-early.js'),
  'utf8',
);

/** index.html's start screen, before any module ran: in the language the app will use. */
function startScreenLanguage(localStorage: unknown, languages: readonly string[] = ['fr-FR']): string {
  const document = { documentElement: { lang: 'fr' } };
  const window = { addEventListener: () => undefined };
  const navigator = { languages };
  runInContext(script, createContext({ document, localStorage, window, navigator }));
  return document.documentElement.lang;
}

describe('start-early.js (the start screen painted with index.html)', () => {
  it('shows the start screen in the language the app will use: the kept one, else the browser’s, else French', () => {
    const stored = (value: string | null) => ({
      getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? value : null),
    });
    expect(startScreenLanguage(stored('en'))).toBe('en');
    expect(startScreenLanguage(stored('fr'))).toBe('fr');
    expect(startScreenLanguage(stored(null))).toBe('fr');
    expect(startScreenLanguage(stored('de'))).toBe('fr');
    // Storage refused (a policy, a sandbox): French, no error.
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(startScreenLanguage(refusing)).toBe('fr');
    // Nothing kept yet: the browser's first language Tilleul speaks, as the app decides it
    // (storedLanguage); a kept language wins over the browser's.
    expect(startScreenLanguage(stored(null), ['en-GB', 'fr'])).toBe('en');
    expect(startScreenLanguage(stored(null), ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(startScreenLanguage(stored(null), ['de-DE'])).toBe('fr');
    expect(startScreenLanguage(refusing, ['en-US'])).toBe('en');
    expect(startScreenLanguage(stored('fr'), ['en-US'])).toBe('fr');
  });
});
