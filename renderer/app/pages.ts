import { lazy } from 'react';
import { authLoaders } from '@renderer/pages/auth/AuthGate';
import { homeLoaders } from '@renderer/pages/HomePage';

/**
 * Every section's page, loaded apart from the first screen (route-level code splitting), then
 * fetched in the background right after start-up (`preloadPages`): in a browser, the web build
 * comes from the association's server, and a page first opened after the network dropped
 * could not be fetched any more. Once imported, a module is served from memory, offline too.
 */
const loaders = {
  MembersPage: () => import('@renderer/pages/members/MembersPage').then((m) => ({ default: m.MembersPage })),
  MergePeoplePage: () =>
    import('@renderer/pages/members/MergePeoplePage').then((m) => ({ default: m.MergePeoplePage })),
  ErasurePage: () => import('@renderer/pages/members/ErasurePage').then((m) => ({ default: m.ErasurePage })),
  PersonForm: () => import('@renderer/pages/members/PersonForm').then((m) => ({ default: m.PersonForm })),
  PersonPage: () => import('@renderer/pages/members/PersonPage').then((m) => ({ default: m.PersonPage })),
  RenewalsPage: () =>
    import('@renderer/pages/members/RenewalsPage').then((m) => ({ default: m.RenewalsPage })),
  ImportPage: () => import('@renderer/pages/import/ImportPage').then((m) => ({ default: m.ImportPage })),
  SettingsPage: () =>
    import('@renderer/pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  EntrancePage: () =>
    import('@renderer/pages/entrance/EntrancePage').then((m) => ({ default: m.EntrancePage })),
  EventsPage: () => import('@renderer/pages/events/EventsPage').then((m) => ({ default: m.EventsPage })),
  EventForm: () => import('@renderer/pages/events/EventForm').then((m) => ({ default: m.EventForm })),
  EventPage: () => import('@renderer/pages/events/EventPage').then((m) => ({ default: m.EventPage })),
  DonationsPage: () =>
    import('@renderer/pages/donations/DonationsPage').then((m) => ({ default: m.DonationsPage })),
  DonationFormPage: () =>
    import('@renderer/pages/donations/DonationFormPage').then((m) => ({ default: m.DonationFormPage })),
  ReportsPage: () => import('@renderer/pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
  // Loaded apart by the pages that show them; only fetched here.
  ...homeLoaders,
  ...authLoaders,
};

export const MembersPage = lazy(loaders.MembersPage);
export const MergePeoplePage = lazy(loaders.MergePeoplePage);
export const PersonForm = lazy(loaders.PersonForm);
export const ErasurePage = lazy(loaders.ErasurePage);
export const PersonPage = lazy(loaders.PersonPage);
export const RenewalsPage = lazy(loaders.RenewalsPage);
export const ImportPage = lazy(loaders.ImportPage);
export const SettingsPage = lazy(loaders.SettingsPage);
export const EntrancePage = lazy(loaders.EntrancePage);
export const EventsPage = lazy(loaders.EventsPage);
export const EventForm = lazy(loaders.EventForm);
export const EventPage = lazy(loaders.EventPage);
export const DonationsPage = lazy(loaders.DonationsPage);
export const DonationFormPage = lazy(loaders.DonationFormPage);
export const ReportsPage = lazy(loaders.ReportsPage);

/** Fetches every page now, one after the other, so that none waits for the network later. */
export async function preloadPages(): Promise<void> {
  for (const load of Object.values(loaders)) {
    try {
      await load();
    } catch {
      // Offline already: the page will say so if it is opened (RouteFailure), nothing to do here.
    }
  }
}
