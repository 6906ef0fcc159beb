import { useMemo } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { AuthGate } from '@renderer/pages/auth/AuthGate';
import { Shell } from '@renderer/app/Shell';
import type { DataServices } from '@renderer/data/context';
import { DataContext } from '@renderer/data/context';
import { RequirePermission } from '@renderer/components/RequirePermission';
import type { Language } from '@renderer/i18n/i18n';
import { LanguageContext } from '@renderer/i18n/language';
import { PlaceholderPage } from '@renderer/pages/PlaceholderPage';
import { PlatformContext } from '@renderer/platform/context';
import type { Platform } from '@renderer/platform/platform';
import type { SyncService } from '@renderer/sync/sync-service';
import { SyncContext } from '@renderer/sync/use-sync';
import { theme } from '@renderer/app/theme';
import { HomePage } from '@renderer/pages/HomePage';
import {
  MembersPage,
  MergePeoplePage,
  PersonForm,
  PersonPage,
  RenewalsPage,
  SettingsPage,
} from '@renderer/app/pages';
import { NotFoundPage } from '@renderer/pages/NotFoundPage';

/** What the whole UI shares, created once at start-up (main.tsx), each part in its own layer. */
export interface Services extends DataServices {
  platform: Platform;
  language: Language;
  setLanguage: (language: Language) => void;
  sync: SyncService;
}

/** Sections that later versions fill: their title and one honest sentence. */
const PLACEHOLDERS = [
  { path: 'evenements', page: 'events', requires: 'events.read' },
  { path: 'entree', page: 'entrance', requires: 'attendance.checkIn' },
  { path: 'dons', page: 'donations', requires: 'donations.read' },
] as const;

function Sections() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route
        element={
          <AuthGate>
            <Shell />
          </AuthGate>
        }
      >
        <Route index element={<HomePage />} />
        {PLACEHOLDERS.map(({ path, page, requires }) => (
          <Route
            key={path}
            path={path}
            element={
              <RequirePermission action={requires}>
                <PlaceholderPage title={t(`pages.${page}.title`)} intro={t(`pages.${page}.intro`)} />
              </RequirePermission>
            }
          />
        ))}
        <Route
          path="membres"
          element={
            <RequirePermission action="people.readDetails">
              <MembersPage />
            </RequirePermission>
          }
        />
        <Route
          path="membres/nouveau"
          element={
            <RequirePermission action="people.create">
              <PersonForm />
            </RequirePermission>
          }
        />
        <Route
          path="membres/renouvellement"
          element={
            <RequirePermission action="memberships.read">
              <RenewalsPage />
            </RequirePermission>
          }
        />
        <Route
          path="membres/:id"
          element={
            <RequirePermission action="people.readDetails">
              <PersonPage />
            </RequirePermission>
          }
        />
        <Route
          path="membres/:id/modifier"
          element={
            <RequirePermission action="people.update">
              <PersonForm />
            </RequirePermission>
          }
        />
        <Route
          path="membres/:id/fusionner"
          element={
            <RequirePermission action="people.merge">
              <MergePeoplePage />
            </RequirePermission>
          }
        />
        <Route path="parametres" element={<Navigate to="/parametres/association" replace />} />
        <Route path="parametres/:tab" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App({ services, i18n }: { services: Services; i18n: I18n }) {
  const { db, device, session, directory } = services;
  const data = useMemo(() => ({ db, device, session, directory }), [db, device, session, directory]);
  const { language: current, setLanguage } = services;
  const language = useMemo(() => ({ language: current, setLanguage }), [current, setLanguage]);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: services.language, firstDayOfWeek: 1 }}>
          <Notifications position="top-right" />
          <DataContext.Provider value={data}>
            <PlatformContext.Provider value={services.platform}>
              <LanguageContext.Provider value={language}>
                <SyncContext.Provider value={services.sync}>
                  <RxDatabaseProvider database={services.db}>
                    <HashRouter>
                      <Sections />
                    </HashRouter>
                  </RxDatabaseProvider>
                </SyncContext.Provider>
              </LanguageContext.Provider>
            </PlatformContext.Provider>
          </DataContext.Provider>
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
