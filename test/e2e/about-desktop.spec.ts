import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, firstRun, signIn } from './helpers';

const shots = 'test-results/about-desktop';
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

test('Paramètres → À propos on the desktop: the data folder opened, an update found, a forged one refused', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Electron cannot run here: its preload's bridge is played by the page, answering the main
  // process's part (the update controller and its signature check are tested in main/updates)
  // as main would; what the screen asks and shows is the real app's.
  const calls: string[] = [];
  await page.exposeFunction('recordCall', (call: string) => calls.push(call));
  await page.addInitScript(() => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const record = (window as unknown as { recordCall: (call: string) => Promise<void> }).recordCall;
    let menu: ((command: unknown) => void) | null = null;
    let feedUrl: string | null = null;
    const answers = [
      { status: 'ready', version: '0.2.0' },
      { status: 'refused', version: '0.2.1', reason: 'badSignature' },
    ];
    Object.assign(window, {
      tilleul: {
        getAppInfo: () =>
          ok({
            version: '0.1.0',
            dataDir: '/home/anne/.config/Tilleul',
            platform: 'linux',
            electron: '39.0.0',
          }),
        saveFile: () => ok({ saved: false }),
        getUpdateState: () => ok({ status: 'idle' }),
        checkForUpdate: async (request: { serverUrl: string | null }) => {
          await record(`check ${String(request.serverUrl)}`);
          return ok(answers.shift() ?? { status: 'error', message: 'plus de réponse' });
        },
        openDataFolder: async () => (await record('open'), ok(null)),
        getUpdateFeed: () => ok({ feedUrl }),
        setUpdateFeed: async (request: { feedUrl: string | null }) => {
          await record(`feed ${String(request.feedUrl)}`);
          feedUrl = request.feedUrl;
          return ok(null);
        },
        setDesktopContext: async (context: { language: string; serverUrl: string | null }) => {
          await record(`context ${context.language} ${String(context.serverUrl)}`);
          return ok(null);
        },
        onMenuCommand: (listener: (command: unknown) => void) => {
          menu = listener;
          return () => {
            if (menu === listener) menu = null;
          };
        },
      },
      // What main's `webContents.send` does when a menu item is clicked.
      clickMenu: (command: string) => menu?.(command),
    });
  });
  await firstRun(page, '/#/parametres/a-propos');
  await expect(page.getByText('Application de bureau (Electron 39.0.0)')).toBeVisible();
  await expect(page.getByText('/home/anne/.config/Tilleul')).toBeVisible();
  await expect(page.getByTestId('update-state')).toHaveText('Pas encore recherchée depuis le démarrage.');

  // Main was told the language (its menu) and that this device is not enrolled (its checks).
  await expect.poll(() => calls).toEqual(['context fr null']);
  calls.length = 0;

  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect.poll(() => calls).toEqual(['open']);

  // Not enrolled: the check names no association server (a public feed may still answer).
  await page.getByRole('button', { name: 'Rechercher une mise à jour' }).click();
  await expect(page.getByTestId('update-state')).toHaveText(
    /^Version 0\.2\.0 prête\s: elle s’installera quand vous quitterez Tilleul\./,
  );
  expect(calls).toEqual(['open', 'check null']);
  await shot(page, '1-ready');

  await page.getByRole('button', { name: 'Rechercher une mise à jour' }).click();
  await expect(page.getByTestId('update-state')).toHaveText(
    /^Version 0\.2\.1 refusée\s: elle n’est pas signée par l’équipe de Tilleul\. Rien n’a été installé/,
  );
  await shot(page, '2-refused');
});

test('the public update feed (administrators) and the desktop menu’s commands', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const calls: string[] = [];
  await page.exposeFunction('recordCall', (call: string) => calls.push(call));
  await page.addInitScript(() => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const record = (window as unknown as { recordCall: (call: string) => Promise<void> }).recordCall;
    let menu: ((command: unknown) => void) | null = null;
    let feedUrl: string | null = null;
    Object.assign(window, {
      tilleul: {
        getAppInfo: () =>
          ok({
            version: '0.1.0',
            dataDir: '/home/anne/.config/Tilleul',
            platform: 'linux',
            electron: '39.0.0',
          }),
        saveFile: () => ok({ saved: false }),
        getUpdateState: () => ok({ status: 'idle' }),
        checkForUpdate: async (request: { serverUrl: string | null }) => {
          await record(`check ${String(request.serverUrl)}`);
          return ok({ status: 'upToDate', checkedAt: '2026-07-14T08:30:00.000Z' });
        },
        openDataFolder: () => ok(null),
        getUpdateFeed: () => ok({ feedUrl }),
        setUpdateFeed: async (request: { feedUrl: string | null }) => {
          await record(`feed ${String(request.feedUrl)}`);
          feedUrl = request.feedUrl;
          return ok(null);
        },
        setDesktopContext: async (context: { language: string; serverUrl: string | null }) => {
          await record(`context ${context.language} ${String(context.serverUrl)}`);
          return ok(null);
        },
        onMenuCommand: (listener: (command: unknown) => void) => {
          menu = listener;
          return () => {
            if (menu === listener) menu = null;
          };
        },
      },
      clickMenu: (command: string) => menu?.(command),
    });
  });
  const clickMenu = (command: string) =>
    page.evaluate(
      (name) => (window as unknown as { clickMenu: (c: string) => void }).clickMenu(name),
      command,
    );

  await firstRun(page, '/#/parametres/a-propos');
  const field = page.getByRole('textbox', { name: 'Adresse de la source publique' });
  await expect(page.getByTestId('update-feed-current')).toHaveText('Aucune source publique.');

  // Plain http on the club's network: refused in French, nothing sent to main.
  await field.click();
  await page.keyboard.type('http://mises-a-jour.exemple.fr/tilleul/');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(/^Saisissez l’adresse complète de la source, commençant par https:\/\//),
  ).toBeVisible();
  await shot(page, '3-feed-refused');
  expect(calls.filter((call) => call.startsWith('feed'))).toEqual([]);

  await field.fill('');
  await page.keyboard.type('https://mises-a-jour.exemple.fr/tilleul/');
  await page.getByRole('button', { name: 'Enregistrer la source' }).click();
  await expect(page.getByText('Source des mises à jour enregistrée.')).toBeVisible();
  await expect(page.getByTestId('update-feed-current')).toHaveText(
    /^Source actuelle\s: https:\/\/mises-a-jour\.exemple\.fr\/tilleul\/$/,
  );
  expect(calls.filter((call) => call.startsWith('feed'))).toEqual([
    'feed https://mises-a-jour.exemple.fr/tilleul/',
  ]);
  await shot(page, '4-feed-saved');

  // Emptied: only the association's server will be asked.
  await field.fill('');
  await page.getByRole('button', { name: 'Enregistrer la source' }).click();
  await expect(page.getByText(/^Source publique retirée/)).toBeVisible();
  await expect(page.getByTestId('update-feed-current')).toHaveText('Aucune source publique.');

  // The menu: « Rechercher une mise à jour » from another page opens À propos and checks once.
  await page.goto('/#/membres');
  await expect(page.getByRole('heading', { name: 'Membres', level: 1 })).toBeVisible();
  await clickMenu('checkUpdate');
  await expect(page.getByTestId('update-state')).toHaveText(/^Tilleul est à jour/);
  expect(calls.filter((call) => call.startsWith('check'))).toEqual(['check null']);
  // « Rechercher un membre », then « À propos de Tilleul », then an unknown command, ignored.
  await clickMenu('members');
  await expect(page).toHaveURL(/#\/membres$/);
  await clickMenu('about');
  await expect(page).toHaveURL(/#\/parametres\/a-propos$/);
  await clickMenu('formatDisk');
  await expect(page.getByTestId('update-state')).toBeVisible();
  expect(calls.filter((call) => call.startsWith('check'))).toEqual(['check null']);
  // « Verrouiller »: the lock screen.
  await clickMenu('lock');
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();

  await signIn(page, ADMIN.name, ADMIN.password);

  // The menu follows the app's language: switched to English, main is told.
  expect(calls.filter((call) => call.startsWith('context'))).toEqual(['context fr null']);
  await page.goto('/#/parametres/langue');
  await page.getByText('English').click();
  await expect
    .poll(() => calls.filter((call) => call.startsWith('context')))
    .toEqual(['context fr null', 'context en null']);
});
