import type { Action } from '@shared/auth/permissions';

/** The tabs of Paramètres, in order; a tab whose action the role lacks is not shown. */
export const SETTINGS_TABS = [
  { id: 'association', labelKey: 'settings.tabs.organisation', requires: 'settings.read' },
  { id: 'saisons', labelKey: 'settings.tabs.seasons', requires: 'settings.read' },
  { id: 'champs', labelKey: 'settings.tabs.customFields', requires: 'settings.read' },
  { id: 'comptes', labelKey: 'settings.tabs.users', requires: 'users.manage' },
  { id: 'securite', labelKey: 'settings.tabs.security', requires: 'settings.manage' },
  { id: 'journal', labelKey: 'settings.tabs.journal', requires: 'audit.read' },
  { id: 'synchronisation', labelKey: 'settings.tabs.sync', requires: 'settings.manage' },
  { id: 'sauvegardes', labelKey: 'settings.tabs.backup', requires: 'data.backup' },
  { id: 'donnees-personnelles', labelKey: 'settings.tabs.retention', requires: 'people.erase' },
  { id: 'langue', labelKey: 'settings.tabs.general' },
  { id: 'a-propos', labelKey: 'settings.tabs.about' },
] as const satisfies readonly { id: string; labelKey: `settings.tabs.${string}`; requires?: Action }[];
export type SettingsTab = (typeof SETTINGS_TABS)[number]['id'];
