import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import type { Session, WebContents } from 'electron';
import { createIpcDispatcher } from '@main/ipc/dispatcher';
import { HELLOASSO_API, HelloAssoKeeper } from '@main/helloasso/helloasso-keeper';
import { createIpcHandlers } from '@main/ipc/handlers';
import { registerIpcHandlers } from '@main/ipc/register';
import { createAppProtocolHandler } from '@main/protocol/app-handler';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl } from '@main/security/app-origin';
import { isNavigationAllowed, WINDOW_OPEN_DENIED } from '@main/security/navigation';
import { isPermissionCheckAllowed, isPermissionRequestAllowed } from '@main/security/permissions';
import { mainWindowOptions } from '@main/security/window-options';
import { CertificatePins, certificateVerdict } from '@main/security/certificate-pins';
import { writeFileAtomic } from '@main/fs/atomic-write';
import { PendingWrites, quitHandler } from '@main/lifecycle/pending-writes';
import { electronUpdaterPort } from '@main/updates/electron-port';
import { RELEASE_PUBLIC_KEY } from '@main/updates/release-key';
import { UpdateController } from '@main/updates/update-controller';
import { UpdateFeedSetting } from '@main/updates/update-settings';
import { checkFeeds, feedCandidates, scheduleUpdateChecks } from '@main/updates/update-schedule';
import type { UpdateSchedule } from '@main/updates/update-schedule';
import { SaveFolders } from '@main/fs/save-folders';
import { buildMenuTemplate } from '@main/menu/app-menu';
import type { MenuAction } from '@main/menu/app-menu';
import { createMenuCommandRelay } from '@main/menu/command-relay';
import { initialWindow, loadWindowState, saveWindowState, windowStateOf } from '@main/window/window-state';
import type { WindowState } from '@main/window/window-state';
import { MENU_CHANNEL, MENU_LISTENING_CHANNEL } from '@shared/ipc/desktop';
import type { DesktopContext } from '@shared/ipc/desktop';
import { AutoBackupWriter } from '@main/backups/auto-backups';
import { applyBeforeUpdateRestore } from '@main/backups/restore-before-update';
import { backupBeforeUpdate, schemaSignature } from '@main/backups/pre-migration';
import { collectionSpecs } from '@shared/schema/collections';

// Thin on purpose: every decision below is a pure function under main/security or main/ipc,
// tested in Node. This file only connects them to Electron.

// Both must happen before `ready`: schemes cannot gain privileges afterwards, and the sandbox
// must cover every renderer, including any created by a future dependency.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
const writes = new PendingWrites();
let updates: UpdateController | null = null;
let schedule: UpdateSchedule | null = null;
// What the page said of itself (`setDesktopContext`): French and alone until it speaks.
let context: DesktopContext = { language: 'fr', serverUrl: null };
// The window's last size and position, saved when it closes and when Tilleul quits.
let windowState: WindowState | null = null;
let quitting = false;
const windowStatePath = () => join(app.getPath('userData'), 'window.json');

function saveWindowStateNow(): void {
  const state = windowState;
  if (state) void writes.track(() => saveWindowState(windowStatePath(), state)).catch(() => undefined);
}

function createMainWindow(): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const start = initialWindow(windowState, displays, screen.getPrimaryDisplay().workArea);
  // The preload is bundled next to this file (dist/main/preload.cjs).
  const window = new BrowserWindow({
    ...mainWindowOptions({ preloadPath: join(__dirname, 'preload.cjs') }),
    ...start.bounds,
  });
  window.once('ready-to-show', () => {
    if (start.maximized) window.maximize();
    window.show();
  });
  const remember = () => {
    windowState = windowStateOf(window) ?? windowState;
  };
  for (const event of ['resized', 'moved', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resized', remember);
  window.on('close', () => {
    remember();
    // While quitting, `before-quit` has saved it already and the quit waits for that write.
    if (!quitting) saveWindowStateNow();
  });
  // A reload drops the page's listener: a command chosen meanwhile waits for the new one.
  window.webContents.on('did-start-navigation', ({ isMainFrame, isSameDocument }) => {
    if (isMainFrame && !isSameDocument) menuRelay.listening(window.webContents, false);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[tilleul] the renderer failed to load', error);
  });
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Every web contents, whoever creates it, stays on the app and opens nothing. */
function applyWebContentsPolicy(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => WINDOW_OPEN_DENIED);
}

/** Camera for the check-in scanner, nothing else; devices (USB, HID, serial) never. */
function applySessionPolicy(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      isPermissionRequestAllowed({
        permission,
        requestingUrl: details.requestingUrl,
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      }),
    );
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionCheckAllowed({ permission, requestingOrigin, mediaType: details.mediaType }),
  );
  target.setDevicePermissionHandler(() => false);
}

/** What the menu's own items do: main opens the data folder, the page does the rest. */
const menuRelay = createMenuCommandRelay((target, command) => {
  const contents = BrowserWindow.getAllWindows().find(
    (window) => window.webContents.id === target.id,
  )?.webContents;
  contents?.send(MENU_CHANNEL, command);
});

function onMenuAction(action: MenuAction): void {
  if (action === 'openDataFolder') {
    void shell.openPath(app.getPath('userData')).then((failure) => {
      if (failure) console.error('[tilleul] the data folder did not open', failure);
    });
    return;
  }
  // macOS keeps the menu with no window: the item reopens it, and the relay keeps the command
  // until the new page listens.
  if (!mainWindow) mainWindow = createMainWindow();
  else focusMainWindow();
  menuRelay.deliver(action, mainWindow.webContents);
}

/** The application menu, in the page's language (rebuilt when it changes). */
function installMenu(): void {
  const template = buildMenuTemplate({
    language: context.language,
    platform: process.platform,
    developer: !app.isPackaged,
    onAction: onMenuAction,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function onReady(): Promise<void> {
  applySessionPolicy(session.defaultSession);
  // The association's server's own certificate, once its fingerprint was confirmed at enrolment.
  const pins = await CertificatePins.load(join(app.getPath('userData'), 'server-certificates.json'));
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    callback(
      certificateVerdict(
        { hostname: request.hostname, fingerprint: request.certificate.fingerprint },
        pins.all,
      ),
    );
  });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: join(app.getAppPath(), 'dist', 'renderer') }),
  );

  const dataPath = (name: string) => join(app.getPath('userData'), name);
  const updateFeed = await UpdateFeedSetting.load(dataPath('updates.json'));
  const saveFolders = await SaveFolders.load(dataPath('save-folders.json'));
  windowState = await loadWindowState(windowStatePath());

  // Updates: downloaded in the background, verified against the release key, installed at quit;
  // looked for at start-up and every four hours (main/updates/update-schedule.ts).
  if (app.isPackaged) {
    const controller = new UpdateController({
      updater: electronUpdaterPort(),
      publicKey: RELEASE_PUBLIC_KEY,
      // Through the session: an association server's pinned certificate applies here too.
      fetchSignature: async (url) => {
        const response = await net.fetch(url);
        return response.ok ? (await response.text()).slice(0, 1000) : null;
      },
      onState: (state) => console.info('[tilleul] mise à jour', state.status),
    });
    updates = controller;
    schedule = scheduleUpdateChecks({
      check: () =>
        checkFeeds(
          controller,
          feedCandidates({ serverUrl: context.serverUrl, publicFeed: updateFeed.current }),
        ),
      onError: (error) => console.error('[tilleul] update check failed', error),
    });
  }

  // Before the window loads, so before RxDB opens any collection with a new schema: a copy of
  // the whole database if the schemas changed since the last start (main/backups/pre-migration).
  const autoBackups = new AutoBackupWriter(
    join(app.getPath('userData'), 'sauvegardes'),
    undefined,
    join(app.getPath('userData'), 'sauvegardes-etat.json'),
  );
  await autoBackups.loadState();
  await autoBackups.removeLeftovers();
  // A copy from before an update chosen for restore: put in place before anything opens it.
  const restoredCopy = await applyBeforeUpdateRestore({
    userData: app.getPath('userData'),
    folder: join(app.getPath('userData'), 'sauvegardes'),
  });
  if (restoredCopy.kind === 'failed') {
    console.error('[tilleul] the copy before the update was not restored', restoredCopy.error);
    autoBackups.fail('backup.auto.restoreCopyFailed');
  }
  const before = await backupBeforeUpdate({
    userData: app.getPath('userData'),
    folder: join(app.getPath('userData'), 'sauvegardes'),
    signature: schemaSignature(collectionSpecs),
  });
  if (before.kind === 'failed') {
    console.error('[tilleul] the copy before the update failed', before.error);
    autoBackups.fail('backup.auto.beforeUpdateFailed');
  }

  const handlers = createIpcHandlers({
    autoBackups,
    // HelloAsso (issue 18): called from main with Electron's network stack (the page's CSP and
    // HelloAsso's CORS forbid it there); the secret encrypted by safeStorage.
    helloAsso: new HelloAssoKeeper(
      join(app.getPath('userData'), 'helloasso.json'),
      safeStorage,
      (path, data) => writes.track(() => writeFileAtomic(path, data)),
      {
        fetch: (input, init) => net.fetch(input instanceof Request ? input : String(input), init),
        baseUrl: HELLOASSO_API,
      },
    ),
    app,
    dialog,
    getWindow: () => mainWindow,
    pins,
    // « Revenir à cette copie »: the request is written; the next start puts the copy in place.
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    writeFile: (path, data) => writes.track(() => writeFileAtomic(path, data)),
    updates: updates ?? undefined,
    updateFeed: {
      get current() {
        return updateFeed.current;
      },
      set: (feedUrl) => writes.track(() => updateFeed.set(feedUrl)),
    },
    saveFolders: {
      folderFor: (kind) => saveFolders.folderFor(kind),
      remember: (kind, folder) => writes.track(() => saveFolders.remember(kind, folder)),
    },
    onDesktopContext: (next) => {
      const languageChanged = next.language !== context.language;
      context = next;
      if (languageChanged) installMenu();
      schedule?.contextKnown();
    },
    openPath: (path) => shell.openPath(path),
  });
  const dispatch = createIpcDispatcher(handlers, {
    onError: (method, error) => console.error(`[tilleul] IPC ${method} failed`, error),
  });
  registerIpcHandlers(ipcMain, dispatch);
  ipcMain.on(MENU_LISTENING_CHANNEL, (event, listens: unknown) => {
    if (!isAppUrl(event.senderFrame?.url)) return;
    menuRelay.listening(event.sender, listens === true);
  });

  installMenu();
  mainWindow = createMainWindow();
}

function start(): void {
  // One instance per OS account: two would share (and fight over) the same IndexedDB files.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId('org.tilleul.desktop');

  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => applyWebContentsPolicy(contents));
  app.on('session-created', applySessionPolicy);
  // The window's place is saved first, so that the quit below waits for that write too.
  app.on('before-quit', () => {
    if (quitting) return;
    quitting = true;
    schedule?.stop();
    if (mainWindow && !mainWindow.isDestroyed()) windowState = windowStateOf(mainWindow) ?? windowState;
    saveWindowStateNow();
  });
  // A clean quit: the writes under way land first, then a verified update installs (or not).
  app.on(
    'before-quit',
    quitHandler({ writes, installUpdate: () => updates?.installOnQuit() ?? false, quit: () => app.quit() }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('[tilleul] Electron failed to start', error);
      app.exit(1);
    });
}

start();
