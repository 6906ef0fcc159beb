import { createContext, useContext } from 'react';
import type { Language } from '@renderer/i18n/i18n';

/** The language of this device's screens, and how to change it (main.tsx re-renders the app). */
export interface LanguageChoice {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageChoice | null>(null);

export function useLanguage(): LanguageChoice {
  const choice = useContext(LanguageContext);
  if (!choice) throw new Error('useLanguage() outside <LanguageContext.Provider>');
  return choice;
}
