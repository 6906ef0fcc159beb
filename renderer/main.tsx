import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/fr';
import 'dayjs/locale/en-gb';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@renderer/app/App';
import { preloadPages } from '@renderer/app/pages';
import { StartFailure } from '@renderer/app/StartFailure';
import { createTilleulDatabase } from '@renderer/data/database';
import { indexedDbStorage } from '@renderer/data/indexeddb-storage';
import { getDeviceIdentity } from '@renderer/data/device';
import { resumeRestore } from '@renderer/data/backup/restore';
import { scheduleAutoBackups } from '@renderer/data/backup/auto';
import { enableBackupKeyring } from '@renderer/data/backup/keyring';
import { notify } from '@renderer/components/notices';
import type { Language } from '@renderer/i18n/i18n';
import {
  initI18n,
  preloadLanguages,
  languageChosen,
  storedLanguage,
  storeLanguage,
  switchLanguage,
} from '@renderer/i18n/i18n';
import { selectPlatform } from '@renderer/platform/select';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard } from '@renderer/data/write-guard';
import { SyncService } from '@renderer/sync/sync-service';
import { Directory, keepsDocuments, prepareSnapshot } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, indexedDbSnapshotStore } from '@renderer/data/directory-snapshot';
import { canWrite } from '@shared/auth/permissions';
import { SYSTEM_WRITERS } from '@shared/ids';

/** A step of the start, for the bench's account of where the time goes (test/bench/app-start.ts). */
const mark = (step: string) => performance.mark(`tilleul:start:${step}`);

/** The first screen comes first; the start-up backup follows shortly. */
const AUTO_BACKUP_DELAY_MS = 3000;

async function start() {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('#root is missing from index.html');
  const root = createRoot(rootElement);
  let language = storedLanguage(localStorage, navigator.languages);
  // The door's search snapshot is read and restored while the translations load and RxDB opens
  // (renderer/data/directory.ts): IndexedDB's read of it overlaps both.
  const snapshot = indexedDbSnapshotStore('tilleul');
  const prepared = prepareSnapshot(snapshot, CURRENT_SNAPSHOT_SIGNATURE);
  // Awaited by Directory.open below; a failure is reported there, not as an unhandled one.
  prepared.catch(() => undefined);
  const i18n = await initI18n(language);
  mark('i18n');
  document.documentElement.lang = language;
  // Until the first render, index.html's start screen shows (painted before any module ran).

  try {
    const db = await createTilleulDatabase({
      name: 'tilleul',
      storage: indexedDbStorage(),
      devMode: import.meta.env.DEV,
    });
    mark('database');
    const device = await getDeviceIdentity(db);
    // A restore interrupted by a closed tab or a crash: finished or undone before anything reads.
    const resumed = await resumeRestore(db, device.deviceId);
    mark('device');
    // Until a language is chosen on this device, the browser's decided it above — at a first run
    // only: a device in use before that rule (French then, whatever the browser) stays French.
    // Either way the language is kept from now on, and this count is made once per device.
    if (!languageChosen(localStorage)) {
      if (language !== 'fr' && (await db.users.count().exec()) > 0) {
        await switchLanguage(i18n, 'fr');
        language = 'fr';
        document.documentElement.lang = language;
      }
      storeLanguage(localStorage, language);
    }
    const platform = await selectPlatform();
    // Desktop: the keys of the automatic backups follow the administrators' accounts (keyring.ts).
    if (platform.autoBackups) enableBackupKeyring();
    const session = new SessionStore();
    installWriteGuard(db, session, device.deviceId);
    // The directory opens after the sync service: a new door device's seed, which comes from the
    // network seconds later, is handed to it once it is there.
    let openedDirectory: (directory: Directory) => void = () => undefined;
    const directoryOpened = new Promise<Directory>((resolve) => {
      openedDirectory = resolve;
    });
    // Reads the enrolment only (no network wait): replication then runs in the background.
    const sync = await SyncService.open(db, {
      directorySeed: {
        adopt: async (stored, attendance) => (await directoryOpened).adoptSeed(stored, attendance),
        attendanceIn: () => void directoryOpened.then((directory) => directory.seedAttendanceIn()),
        began: () => void directoryOpened.then((directory) => directory.firstSyncBegan()),
        settle: async () => (await directoryOpened).firstSyncEnded(),
      },
      auditActor: () => {
        const user = session.get();
        return {
          userId: user?.id ?? SYSTEM_WRITERS.sync,
          userName: user?.name ?? '',
          deviceId: device.deviceId,
          now: () => new Date(),
        };
      },
      mayWrite: (collection, operation, document) => {
        const user = session.get();
        return user !== null && canWrite(user.role, collection, operation, document).allowed;
      },
    });
    mark('sync');
    const directory = await Directory.open(db, {
      snapshot,
      signature: CURRENT_SNAPSHOT_SIGNATURE,
      prepared,
      documents: keepsDocuments(sync.getEnrolment()?.scope),
    });
    openedDirectory(directory);
    mark('directory');
    // A clean exit (tab or window closed, reload) leaves the latest snapshot behind.
    window.addEventListener('pagehide', () => void directory.flushSnapshot());

    const render = () =>
      root.render(
        <StrictMode>
          <App
            i18n={i18n}
            services={{
              db,
              platform,
              device,
              session,
              directory,
              language,
              setLanguage,
              sync,
            }}
          />
        </StrictMode>,
      );
    const setLanguage = (next: Language) => {
      // Its texts may load first (i18n.ts); the switch happens whole once they are in.
      void switchLanguage(i18n, next).then(
        () => {
          storeLanguage(localStorage, next);
          language = next;
          document.documentElement.lang = next;
          render();
        },
        (error: unknown) => console.error('[tilleul] language not switched', error),
      );
    };
    render();
    mark('rendered');
    // The first frame painted with the door's search usable: what the bench times (issue 19).
    requestAnimationFrame(() => setTimeout(() => performance.mark('tilleul:search-ready')));
    if (resumed.kind === 'finished') {
      const date = new Date(resumed.marker.backupCreatedAt).toLocaleString(language);
      notify('blue', i18n.t('backup.restore.resumed', { date }), { sticky: true });
    }
    // Desktop: a backup into the data folder if the last is a day old, then checked every hour.
    const autoBackups = platform.autoBackups;
    if (autoBackups) {
      setTimeout(() => {
        void platform.getAppInfo().then(
          (info) => scheduleAutoBackups({ db, port: autoBackups, appVersion: info.version }),
          (error: unknown) => console.error('[tilleul] automatic backups not started', error),
        );
      }, AUTO_BACKUP_DELAY_MS);
    }
    // Once the first screen is up: keep the app shell for offline reloads, ask for lasting storage.
    void platform.offlineReadiness();
    // The other pages load in the background while the network is surely there (app/pages.ts).
    // Once the first screen is up and the machine is idle, not competing with it.
    setTimeout(() => void preloadPages().then(preloadLanguages), 1500);
  } catch (error) {
    console.error(error);
    root.render(<StartFailure i18n={i18n} error={error} />);
  }
}

void start();
