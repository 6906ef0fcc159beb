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
function startScreenLanguage(localStorage: unknown): string {
  const document = { documentElement: { lang: 'fr' } };
  const window = { addEventListener: () => undefined };
  runInContext(script, createContext({ document, localStorage, window }));
  return document.documentElement.lang;
}

describe('start-early.js (the start screen painted with index.html)', () => {
  it('shows the start screen in English when the app was set to English, in French otherwise', () => {
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
  });
});
