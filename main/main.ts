import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { createIpcDispatcher } from '@main/ipc/dispatcher';
import { createIpcHandlers } from '@main/ipc/handlers';
import { registerIpcHandlers } from '@main/ipc/register';
import { createAppProtocolHandler } from '@main/protocol/app-handler';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from '@main/security/app-origin';
import { isNavigationAllowed, WINDOW_OPEN_DENIED } from '@main/security/navigation';
import { isPermissionCheckAllowed, isPermissionRequestAllowed } from '@main/security/permissions';
import { mainWindowOptions } from '@main/security/window-options';
import { CertificatePins, certificateVerdict } from '@main/security/certificate-pins';
import { writeFileAtomic } from '@main/fs/atomic-write';
import { PendingWrites, quitHandler } from '@main/lifecycle/pending-writes';
import { electronUpdaterPort } from '@main/updates/electron-port';
import { RELEASE_PUBLIC_KEY } from '@main/updates/release-key';
import { resolveFeedUrl, UpdateController } from '@main/updates/update-controller';
import { readConfiguredFeed } from '@main/updates/update-settings';

// Thin on purpose: every decision below is a pure function under main/security or main/ipc,
// tested in Node. This file only connects them to Electron.

// Both must happen before `ready`: schemes cannot gain privileges afterwards, and the sandbox
// must cover every renderer, including any created by a future dependency.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
const writes = new PendingWrites();
let updates: UpdateController | null = null;

function createMainWindow(): BrowserWindow {
  // The preload is bundled next to this file (dist/main/preload.cjs).
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: join(__dirname, 'preload.cjs') }));
  window.once('ready-to-show', () => window.show());
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

  // Updates: downloaded in the background, verified against the release key, installed at quit.
  const configuredFeed = await readConfiguredFeed(join(app.getPath('userData'), 'updates.json'));
  if (app.isPackaged) {
    updates = new UpdateController({
      updater: electronUpdaterPort(),
      publicKey: RELEASE_PUBLIC_KEY,
      // Through the session: an association server's pinned certificate applies here too.
      fetchSignature: async (url) => {
        const response = await net.fetch(url);
        return response.ok ? (await response.text()).slice(0, 1000) : null;
      },
      onState: (state) => console.info('[tilleul] mise à jour', state.status),
    });
    const feed = resolveFeedUrl({ configured: configuredFeed, syncServer: null });
    if (feed) void updates.check(feed);
  }

  const handlers = createIpcHandlers({
    app,
    dialog,
    getWindow: () => mainWindow,
    pins,
    writeFile: (path, data) => writes.track(() => writeFileAtomic(path, data)),
    updates: updates ?? undefined,
    configuredFeed: () => configuredFeed,
    openPath: (path) => shell.openPath(path),
  });
  const dispatch = createIpcDispatcher(handlers, {
    onError: (method, error) => console.error(`[tilleul] IPC ${method} failed`, error),
  });
  registerIpcHandlers(ipcMain, dispatch);

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
