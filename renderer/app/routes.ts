import type { Action } from '@shared/auth/permissions';

/**
 * The seven sections, in menu order (their index + 1 is their Alt shortcut). A section whose
 * action the role lacks is not in the menu, and its page explains the refusal if typed in.
 */
export const navigationItems = [
  { path: '/', labelKey: 'nav.home' },
  { path: '/membres', labelKey: 'nav.members', requires: 'memberships.read' },
  { path: '/evenements', labelKey: 'nav.events', requires: 'events.read' },
  { path: '/entree', labelKey: 'nav.entrance', requires: 'attendance.checkIn' },
  { path: '/dons', labelKey: 'nav.donations', requires: 'donations.read' },
  { path: '/rapports', labelKey: 'nav.reports', requires: 'reports.read' },
  { path: '/parametres', labelKey: 'nav.settings' },
] as const satisfies readonly { path: string; labelKey: `nav.${string}`; requires?: Action }[];
