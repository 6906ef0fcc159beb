import { lazy } from 'react';

/**
 * Every section's page, loaded when first opened (route-level code splitting): the first screen
 * a volunteer sees does not wait for the member list, the merge screen or the settings.
 */
export const MembersPage = lazy(() =>
  import('@renderer/pages/members/MembersPage').then((m) => ({ default: m.MembersPage })),
);
export const MergePeoplePage = lazy(() =>
  import('@renderer/pages/members/MergePeoplePage').then((m) => ({ default: m.MergePeoplePage })),
);
export const PersonForm = lazy(() =>
  import('@renderer/pages/members/PersonForm').then((m) => ({ default: m.PersonForm })),
);
export const PersonPage = lazy(() =>
  import('@renderer/pages/members/PersonPage').then((m) => ({ default: m.PersonPage })),
);
export const RenewalsPage = lazy(() =>
  import('@renderer/pages/members/RenewalsPage').then((m) => ({ default: m.RenewalsPage })),
);
export const SettingsPage = lazy(() =>
  import('@renderer/pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
