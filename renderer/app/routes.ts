import type { Action } from '@shared/auth/permissions';

/**
 * The six sections, in menu order (their index + 1 is their Alt shortcut). A section whose
 * action the role lacks is not in the menu, and its page explains the refusal if typed in.
 */
export const navigationItems = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/membres', labelKey: 'nav.members', requires: 'memberships.read' },
  { path: '/evenements', labelKey: 'nav.events', requires: 'events.read' },
  { path: '/entree', labelKey: 'nav.entrance', requires: 'attendance.checkIn' },
  { path: '/dons', labelKey: 'nav.donations', requires: 'donations.read' },
  { path: '/parametres', labelKey: 'nav.settings' },
] as const satisfies readonly { path: string; labelKey: `nav.${string}`; requires?: Action }[];

export const SETTINGS_TABS = [
  { id: 'association', labelKey: 'settings.tabs.organisation', requires: 'settings.read' },
  { id: 'saisons', labelKey: 'settings.tabs.seasons', requires: 'settings.read' },
  { id: 'champs', labelKey: 'settings.tabs.customFields', requires: 'settings.read' },
  { id: 'comptes', labelKey: 'settings.tabs.users', requires: 'users.manage' },
  { id: 'securite', labelKey: 'settings.tabs.security', requires: 'settings.manage' },
  { id: 'journal', labelKey: 'settings.tabs.journal', requires: 'audit.read' },
  { id: 'synchronisation', labelKey: 'settings.tabs.sync', requires: 'settings.manage' },
  { id: 'langue', labelKey: 'settings.tabs.general' },
  { id: 'a-propos', labelKey: 'settings.tabs.about' },
] as const satisfies readonly { id: string; labelKey: `settings.tabs.${string}`; requires?: Action }[];
export type SettingsTab = (typeof SETTINGS_TABS)[number]['id'];
