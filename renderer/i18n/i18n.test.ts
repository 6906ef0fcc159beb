import { describe, expect, it } from 'vitest';
import { IPC_ERROR_KEYS } from '@shared/ipc/contract';
import { MEMBERS_ERROR_KEYS } from '@shared/members/error-keys';
import { ORGANISATION_CATEGORIES, ORGANISATION_ERROR_KEYS } from '@shared/schema/organisation';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';
import { PLANNED_COLLECTIONS } from '@shared/schema/collections';
import {
  initI18n,
  languageChosen,
  localeOf,
  storedLanguage,
  storeLanguage,
  switchLanguage,
} from '@renderer/i18n/i18n';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe('translations', () => {
  const frLeaves = leaves(fr);
  const enLeaves = leaves(en);

  it('English has exactly the French keys, none empty', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
    for (const [key, value] of [...frLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same interpolation variables in both languages', () => {
    const variables = (s: string) => [...s.matchAll(/{{(\w+)(?:, *\w+)?}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of frLeaves)
      expect(variables(enLeaves.get(key) ?? ''), key).toEqual(variables(value));
  });

  it('keeps the attendance sheet’s figures as plain {{count}}: the PDF fills them in page by page', () => {
    // labelsOf (renderer/pdf/attendance-sheet.ts) passes « {{count}} » through: a format would make it NaN.
    for (const [key, value] of [...frLeaves, ...enLeaves])
      if (key.startsWith('eventSheets.sheet.')) expect(value, key).not.toMatch(/\{\{(count|page),/);
  });

  it('names the settings by their menu, « Paramètres », in every path a text shows', () => {
    for (const [key, value] of frLeaves) expect(value, key).not.toMatch(/Réglages\s*→/);
  });

  it('translates every error code and category the shared schemas can produce', () => {
    const keys = [
      ...ORGANISATION_ERROR_KEYS,
      ...IPC_ERROR_KEYS,
      ...MEMBERS_ERROR_KEYS,
      ...ORGANISATION_CATEGORIES.map((c) => `organisation.categories.${c}`),
      // Every collection has a name people read (backup preview, journal, errors): « sheets » had none.
      ...PLANNED_COLLECTIONS.map((name) => `journal.collections.${name}`),
    ];
    for (const key of keys) {
      expect(frLeaves.has(key), key).toBe(true);
      expect(enLeaves.has(key), key).toBe(true);
    }
  });

  it('starts in French with the French texts only, and switches to English by loading them', async () => {
    const i18n = await initI18n('fr');
    expect(i18n.t('nav.donations')).toBe('Dons & reçus');
    // The English texts are another chunk of the web build, loaded when asked for (issue 19).
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.donations')).toBe('Donations & receipts');
    await switchLanguage(i18n, 'fr');
    expect(i18n.t('nav.donations')).toBe('Dons & reçus');
  });

  it('starts in English with French as its fallback', async () => {
    const i18n = await initI18n('en');
    expect(i18n.t('nav.donations')).toBe('Donations & receipts');
    expect(i18n.hasResourceBundle('fr', 'translation')).toBe(true);
  });

  it('writes counts with the thousands separator of the language (« 5 000 sur 5 000 personnes »)', async () => {
    const i18n = await initI18n('fr');
    const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain(i18n.t('people.list.count', { shown: 5000, total: 12345 }))).toBe(
      '5 000 sur 12 345 personnes',
    );
    expect(plain(i18n.t('sync.status.pending', { count: 2500 }))).toMatch(/: 2 500$/);
    // Every count of the texts, and the backup's figures (« 1389 documents remis » before).
    expect(plain(i18n.t('backup.restore.done', { restored: 1389, unchanged: 0, kept: 12000 }))).toBe(
      'Restauration terminée : 1 389 documents remis, 0 déjà à jour, 12 000 gardés tels quels.',
    );
    expect(plain(i18n.t('imports.dryRun.error', { count: 1200 }))).toBe('1 200 lignes en erreur');
    expect(plain(i18n.t('eventSheets.tick.progress', { present: 1, count: 1 }))).toBe(
      'Présents : 1 sur 1 personne listée.',
    );
    await switchLanguage(i18n, 'en');
    expect(i18n.t('people.list.count', { shown: 5000, total: 12345 })).toBe('5,000 of 12,345 people');
  });

  it('elides « de » before a name that starts with a vowel or an h (« d’Anne », « de Sophie »), English untouched', async () => {
    const i18n = await initI18n('fr');
    expect(i18n.t('recovery.notice.codeLabel', { name: 'Anne Admin' })).toBe('Code de secours d’Anne Admin');
    expect(i18n.t('recovery.notice.codeLabel', { name: 'Sophie Secrétaire' })).toBe(
      'Code de secours de Sophie Secrétaire',
    );
    expect(i18n.t('donations.person.record', { name: 'Hélène Dupré' })).toBe(
      'Enregistrer un don d’Hélène Dupré',
    );
    await switchLanguage(i18n, 'en');
    expect(i18n.t('recovery.notice.codeLabel', { name: 'Anne Admin' })).toBe('Recovery code of Anne Admin');
  });

  it('remembers the language per device, French when unknown or tampered with', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(storedLanguage(storage)).toBe('fr');
    storeLanguage(storage, 'en');
    expect(storedLanguage(storage)).toBe('en');
    store.set('tilleul.language', 'klingon');
    expect(storedLanguage(storage)).toBe('fr');
    // Until one is chosen, the browser's first language Tilleul speaks; French otherwise.
    store.delete('tilleul.language');
    expect(languageChosen(storage)).toBe(false);
    expect(storedLanguage(storage, ['en-GB', 'fr-FR'])).toBe('en');
    expect(storedLanguage(storage, ['de-DE', 'FR', 'en'])).toBe('fr');
    expect(storedLanguage(storage, ['de-DE', 'it'])).toBe('fr');
    expect(storedLanguage(storage, [])).toBe('fr');
    storeLanguage(storage, 'fr');
    expect(languageChosen(storage)).toBe(true);
    expect(storedLanguage(storage, ['en-US'])).toBe('fr');
    expect(localeOf('fr')).toBe('fr-FR');
  });
});

describe('French typography on screen', () => {
  it('gives every French sentence its non-breaking spaces before : ; ! ? and inside « », English none', async () => {
    const french = await initI18n('fr');
    const english = await initI18n('en');
    const breakable = /[ \u202f][:;!?]|«[ \u202f]|[ \u202f]»/;
    let checked = 0;
    for (const key of leaves(fr).keys()) {
      const shown = french.t(key as 'app.name', { defaultValue: '' });
      expect(shown, key).not.toMatch(breakable);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(500);
    expect(french.t('unsaved.title')).toBe('Abandonner les modifications\u00a0?');
    expect(english.t('unsaved.title')).not.toContain('\u00a0');
  });
});
