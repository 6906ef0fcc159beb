import { useEffect, useMemo, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter } from 'react-router';
// From react-router/dom: it can render a navigation at once (`flushSync`), as signing in needs.
import { RouterProvider } from 'react-router/dom';
import { sectionRoutes } from '@renderer/app/sections';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import type { DataServices } from '@renderer/data/context';
import { DataContext } from '@renderer/data/context';
import type { Language } from '@renderer/i18n/i18n';
import { LanguageContext } from '@renderer/i18n/language';
import { PlatformContext } from '@renderer/platform/context';
import type { Platform } from '@renderer/platform/platform';
import type { SyncService } from '@renderer/sync/sync-service';
import { SyncContext } from '@renderer/sync/use-sync';
import { HEADER_HEIGHT } from '@renderer/app/layout';
import { usePhone } from '@renderer/components/phone';
import notices from '@renderer/app/notifications.module.css';
import {
  keepNoticesFlowing,
  NOTICE_LIMIT,
  NOTICE_WIDTH,
  PHONE_NOTICE_WIDTH,
} from '@renderer/components/notices';
import { themeWith } from '@renderer/app/theme';
import { useDesktopContext } from '@renderer/app/desktop-integration';

/** What the whole UI shares, created once at start-up (main.tsx), each part in its own layer. */
export interface Services extends DataServices {
  platform: Platform;
  language: Language;
  setLanguage: (language: Language) => void;
  sync: SyncService;
}

export function App({ services, i18n }: { services: Services; i18n: I18n }) {
  const { db, device, session, directory } = services;
  const data = useMemo(() => ({ db, device, session, directory }), [db, device, session, directory]);
  const { language: current, setLanguage } = services;
  const language = useMemo(() => ({ language: current, setLanguage }), [current, setLanguage]);
  // Once per app: the language switch re-renders App, it must not reset the navigation.
  const [router] = useState(() => createHashRouter(sectionRoutes));
  // A new notice shows at once on every screen, never queued behind older ones.
  useEffect(() => keepNoticesFlowing(), []);
  // Desktop: main's menu follows the language, its update checks the association's server.
  useDesktopContext(services.platform, services.sync, current);
  // On a phone, notices sit at the bottom: at the top they hid the event and the door's counters.
  // On a desktop, at the top right below the header (at the bottom they covered the forms'
  // « Enregistrer »), narrow enough to stay clear of a large dialog on a 1280 px screen.
  const phone = usePhone();
  // Named in the screen's language: made again when the language changes.
  const closeLabel = i18n.t('app.close', { lng: current });
  const theme = useMemo(() => themeWith({ closeLabel }), [closeLabel]);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: services.language, firstDayOfWeek: 1 }}>
          <Notifications
            position={phone ? 'bottom-center' : 'top-right'}
            limit={NOTICE_LIMIT}
            containerWidth={phone ? PHONE_NOTICE_WIDTH : NOTICE_WIDTH}
            classNames={{ root: notices.root }}
            style={{ '--tilleul-header-height': `${HEADER_HEIGHT}px` }}
          />
          <DataContext.Provider value={data}>
            <PlatformContext.Provider value={services.platform}>
              <LanguageContext.Provider value={language}>
                <SyncContext.Provider value={services.sync}>
                  <RxDatabaseProvider database={services.db}>
                    <RouterProvider router={router} />
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
