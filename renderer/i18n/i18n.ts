import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { frenchTypography } from '@shared/format/french-typography';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fr };
  }
}

/** The language is a preference of this device (the shared PC), not of the association. */
/** Also read by renderer/public/start-early.js, before any module, for the start screen. */
export const LANGUAGE_STORAGE_KEY = 'tilleul.language';
const languageSchema = z.enum(LANGUAGES);

export function storedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  const parsed = languageSchema.safeParse(storage.getItem(LANGUAGE_STORAGE_KEY));
  return parsed.success ? parsed.data : 'fr';
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

export async function initI18n(language: Language) {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(frenchSpaces)
    .init({
      resources,
      lng: language,
      fallbackLng: 'fr',
      interpolation: { escapeValue: false },
      returnNull: false,
      postProcess: ['frenchSpaces'],
    });
  return instance;
}
