/** The six sections, in menu order (their index + 1 is their Alt shortcut). */
export const navigationItems = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/membres', labelKey: 'nav.members' },
  { path: '/evenements', labelKey: 'nav.events' },
  { path: '/entree', labelKey: 'nav.entrance' },
  { path: '/dons', labelKey: 'nav.donations' },
  { path: '/parametres', labelKey: 'nav.settings' },
] as const;

export const SETTINGS_TABS = ['association', 'langue', 'a-propos'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
