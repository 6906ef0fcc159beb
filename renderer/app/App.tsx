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
import { NotFoundPage } from '@renderer/pages/NotFoundPage';
import { SettingsPage } from '@renderer/pages/settings/SettingsPage';

/** Sections that later versions fill: their title and one honest sentence. */
const PLACEHOLDERS = [
  { path: 'membres', page: 'members', requires: 'memberships.read' },
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
