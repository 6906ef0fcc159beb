import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { frenchTypography } from '@shared/format/french-typography';
import { deName } from '@shared/format/french-elision';
import { fr } from '@renderer/i18n/fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * French, the app's language and every text's fallback, comes with the first load. English is a
 * chunk of its own (about 105 kB, 6% of the web build's first load), loaded and run only by a
 * start in English or a switch to it (issue 19). Every text has both (i18n.test).
 */
const TEXTS: Record<Language, () => Promise<typeof fr>> = {
  fr: () => Promise.resolve(fr),
  en: () => import('@renderer/i18n/en').then((module) => module.en),
};
const FALLBACK: Language = 'fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
    /** `{{name, de}}`: « d’Anne », « de Sophie » (French texts only). */
    interpolationFormatTypeMap: { de: string };
  }
}

/** The language is a preference of this device (the shared PC), not of the association. */
/** Also read by renderer/public/start-early.js, before any module, for the start screen. */
export const LANGUAGE_STORAGE_KEY = 'tilleul.language';
const languageSchema = z.enum(LANGUAGES);

/**
 * The language chosen on this device; until one is, the first of the browser's (or the system's,
 * on the desktop) that Tilleul speaks — an English system opens the first run in English — and
 * French otherwise, French before English when both are listed.
 */
export function storedLanguage(
  storage: Pick<Storage, 'getItem'>,
  preferred: readonly string[] = [],
): Language {
  const parsed = languageSchema.safeParse(storage.getItem(LANGUAGE_STORAGE_KEY));
  if (parsed.success) return parsed.data;
  for (const tag of preferred) {
    const primary = languageSchema.safeParse(tag.split('-')[0]?.toLowerCase());
    if (primary.success) return primary.data;
  }
  return FALLBACK;
}

/** Whether a language was kept on this device (chosen, or decided at its first start). */
export function languageChosen(storage: Pick<Storage, 'getItem'>): boolean {
  return languageSchema.safeParse(storage.getItem(LANGUAGE_STORAGE_KEY)).success;
}

export function storeLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  storage.setItem(LANGUAGE_STORAGE_KEY, languageSchema.parse(language));
}

/** BCP 47 locale for `Intl`: dates and money are formatted the French way in French. */
export function localeOf(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/** In French, every sentence on screen and on paper gets its non-breaking spaces (shared/format). */
const frenchSpaces = {
  type: 'postProcessor' as const,
  name: 'frenchSpaces',
  process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
    translator.language === 'en' ? value : frenchTypography(value),
};

/** The texts `language` needs (its own, and the fallback's), as i18next's resources. */
async function textsFor(language: Language) {
  const needed = [...new Set([language, FALLBACK])];
  const loaded = await Promise.all(needed.map(async (each) => [each, { translation: await TEXTS[each]() }]));
  return Object.fromEntries(loaded) as Partial<Record<Language, { translation: typeof fr }>>;
}

export async function initI18n(language: Language) {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(frenchSpaces)
    .init({
      resources: await textsFor(language),
      lng: language,
      fallbackLng: FALLBACK,
      interpolation: { escapeValue: false },
      returnNull: false,
      postProcess: ['frenchSpaces'],
    });
  // « de » before a name, elided before a vowel or an h: `{{name, de}}` in the French texts.
  instance.services.formatter?.add('de', (value: unknown) => deName(String(value)));
  return instance;
}

/** Switches `instance` to `language`, loading its texts first if this start has not. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation'))
    instance.addResourceBundle(language, 'translation', await TEXTS[language]());
  await instance.changeLanguage(language);
}

/**
 * Fetches the other languages' texts in the background after start-up, as the pages are
 * (app/pages.ts): a browser that has lost the network can still switch. Nothing is added.
 */
export async function preloadLanguages(): Promise<void> {
  for (const load of Object.values(TEXTS)) {
    try {
      await load();
    } catch {
      // Offline already: a switch says so then (the settings' language menu).
    }
  }
}
