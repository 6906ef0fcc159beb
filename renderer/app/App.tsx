import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { PlaceholderPage } from '@renderer/app/PlaceholderPage';
import { RequirePermission } from '@renderer/app/RequirePermission';
import { AuthGate } from '@renderer/pages/auth/AuthGate';
import type { Services } from '@renderer/app/services';
import { ServicesContext } from '@renderer/app/services';
import { Shell } from '@renderer/app/Shell';
import { theme } from '@renderer/app/theme';
import { HomePage } from '@renderer/pages/HomePage';
import { MembersPage } from '@renderer/pages/members/MembersPage';
import { MergePeoplePage } from '@renderer/pages/members/MergePeoplePage';
import { PersonForm } from '@renderer/pages/members/PersonForm';
import { PersonPage } from '@renderer/pages/members/PersonPage';
import { RenewalsPage } from '@renderer/pages/members/RenewalsPage';
import { NotFoundPage } from '@renderer/pages/NotFoundPage';
import { SettingsPage } from '@renderer/pages/settings/SettingsPage';

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
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: services.language, firstDayOfWeek: 1 }}>
          <Notifications position="top-right" />
          <ServicesContext.Provider value={services}>
            <RxDatabaseProvider database={services.db}>
              <HashRouter>
                <Sections />
              </HashRouter>
            </RxDatabaseProvider>
          </ServicesContext.Provider>
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
