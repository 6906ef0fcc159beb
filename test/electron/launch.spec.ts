import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { IPC_METHODS } from '@shared/ipc/contract';
import type { TilleulBridge } from '@shared/ipc/contract';

/*
 * Launches the built app (`electron .` on dist/) and checks, in the real Electron, the security
 * policy that main/security/* decides and the unit tests beside it check in plain Node.
 * Run through test/electron/run.mjs, which provides the binary's path.
 */

const executablePath = process.env.TILLEUL_ELECTRON_PATH;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const packageVersion = (
  JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8')) as { version: string }
).version;

/** How the page sees what the preload exposed (whatever the renderer declares on Window). */
type PageWindow = { tilleul: TilleulBridge };
/** A probe the test leaves in main's global scope between two `evaluate` calls. */
type NavigationProbe = typeof globalThis & {
  tilleulNavigation?: Promise<{ url: string; prevented: boolean }>;
};

test.describe.configure({ mode: 'serial' });
// Electron's npm package downloads its binary at first launch; where that cannot happen (this
// build machine has no network for it) there is nothing to launch, and `npm run test:electron`
// prints one line saying so.
test.skip(
  !executablePath,
  'No Electron binary here (it cannot be downloaded on this machine): run `npm run test:electron` where it is installed.',
);

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  app = await electron.launch({ executablePath, args: ['.'], cwd: projectRoot });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
});

test('opens one window titled Tilleul on the app origin', async () => {
  const titles = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => w.getTitle()),
  );
  expect(titles).toHaveLength(1);
  expect(titles[0]).toContain('Tilleul');
  expect(page.url()).toMatch(/^app:\/\/tilleul\//);
});

test('serves the page with the Content-Security-Policy and blocks inline scripts', async () => {
  const policy = await page.evaluate(async () => {
    const response = await fetch('app://tilleul/index.html');
    return response.headers.get('content-security-policy');
  });
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");

  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.tilleulInlineRan = true';
    document.head.append(script);
    return (window as Window & { tilleulInlineRan?: boolean }).tilleulInlineRan === true;
  });
  expect(inlineRan).toBe(false);
});

test('exposes exactly the contract bridge and no Node to the page', async () => {
  const keys = await page.evaluate(() =>
    Object.getOwnPropertyNames((window as unknown as PageWindow).tilleul),
  );
  // One function per channel, and the menu's commands (the only thing main sends).
  expect([...keys].sort()).toEqual([...IPC_METHODS, 'onMenuCommand'].sort());

  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('getAppInfo answers with the package version', async () => {
  const result = await page.evaluate(() => (window as unknown as PageWindow).tilleul.getAppInfo());
  expect(result).toMatchObject({ ok: true, value: { version: packageVersion } });
  expect(result.ok && result.value.electron).toBeTruthy();
});

test('main refuses a payload outside the contract', async () => {
  const result = await page.evaluate(() =>
    // Deliberately wrong at run time: the contract's types would not let the renderer write it.
    (window as unknown as PageWindow).tilleul.saveFile({ suggestedName: '../../.bashrc' } as never),
  );
  expect(result).toEqual({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.any(String) } });
});

test('refuses to navigate away from the app', async () => {
  const before = page.url();
  // Listen in main before the page tries: our listener runs after the policy's, so it sees
  // whether the policy prevented the navigation.
  await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    (globalThis as NavigationProbe).tilleulNavigation = new Promise((resolve) => {
      contents?.once('will-navigate', (event) => {
        setImmediate(() => resolve({ url: event.url, prevented: event.defaultPrevented }));
      });
    });
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  const attempt = await app.evaluate(() => (globalThis as NavigationProbe).tilleulNavigation);
  expect(attempt).toEqual({ url: 'https://example.org/', prevented: true });
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => location.origin)).toBe('app://tilleul');
});

test('window.open opens nothing', async () => {
  const opened = await page.evaluate(() => window.open('https://example.org/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('the page has no way to invoke a channel outside the contract', async () => {
  const surface = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    const bridge = (window as unknown as PageWindow).tilleul as unknown as Record<string, unknown>;
    return {
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
      invoke: typeof bridge.invoke,
      send: typeof bridge.send,
    };
  });
  expect(surface).toEqual({
    ipcRenderer: 'undefined',
    electron: 'undefined',
    invoke: 'undefined',
    send: 'undefined',
  });

  // An argument cannot pick the channel: the bridge's method decides it, main checks the rest.
  const redirected = await page.evaluate(() =>
    (window as unknown as PageWindow).tilleul.getAppInfo(...(['tilleul:anything'] as unknown as [])),
  );
  expect(redirected).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD' } });
});
