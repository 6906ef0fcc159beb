import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { appProtocolServer } from './app-protocol-server';
import { ADMIN, firstRun, signIn } from './helpers';

const root = join(import.meta.dirname, '..', '..');

/** Which worker controls the page: the next build's answers « version suivante », the first none. */
const controllerVersion = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve('aucun');
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        setTimeout(() => resolve('première'), 2000);
        controller.postMessage('version ?', [channel.port2]);
      }),
  );

/**
 * The web build served from a copy (so that its worker can change), a first run done in a fresh
 * context and its first worker in control; `nextBuild` makes the next build (a worker whose bytes
 * differ, and which says which it is).
 */
async function servedCopy(browser: Browser) {
  const folder = mkdtempSync(join(tmpdir(), 'tilleul-web-update-'));
  cpSync(join(root, 'dist', 'renderer'), folder, { recursive: true });
  const server = appProtocolServer(folder);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const close = async () => {
    await context.close();
    server.close();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await firstRun(page);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  } catch (error) {
    await close();
    throw error;
  }
  const nextBuild = () =>
    appendFileSync(
      join(folder, 'sw.js'),
      "\nself.addEventListener('message', (event) => event.ports[0]?.postMessage('version suivante'));\n",
    );
  return { page, context, nextBuild, close };
}

/**
 * The association's server gets a new web build while a phone at the door has Tilleul open: the
 * new version is fetched and waits (nothing changes under a check-in), « Nouvelle version » says
 * it is there, and it opens when the volunteer reloads into it.
 */
test('a new web build waits, is announced, and opens when the person reloads into it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page, context, nextBuild, close } = await servedCopy(browser);
  try {
    expect(await controllerVersion(page)).toBe('première');
    await expect(page.getByTestId('web-update')).toHaveCount(0);

    nextBuild();
    // The tab asks the server again when the network comes back (and every half hour).
    await context.setOffline(true);
    await context.setOffline(false);
    const badge = page.getByTestId('web-update');
    await expect(badge).toHaveAccessibleName('Nouvelle version', { timeout: 30_000 });
    await expect(badge).toContainText('Nouvelle version');
    // It waits: the page still runs the first build.
    expect(await controllerVersion(page)).toBe('première');

    await badge.click();
    const dialog = page.getByRole('dialog', { name: 'Une nouvelle version de Tilleul est prête' });
    await expect(dialog).toContainText('il faudra se reconnecter');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(badge).toBeVisible();
    await page.screenshot({ path: 'test-results/web-update/1-badge.png' });
    // On a phone's header too, beside « Verrouiller », within the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const control of [badge, page.getByRole('button', { name: 'Verrouiller' })]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    await page.screenshot({ path: 'test-results/web-update/2-phone.png' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Entrée on « Recharger maintenant » (focused): the page reloads into the new build.
    await badge.click();
    await expect(dialog.getByRole('button', { name: 'Recharger maintenant' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
      timeout: 30_000,
    });
    expect(await controllerVersion(page)).toBe('version suivante');
    await signIn(page, ADMIN.name, ADMIN.password);
    await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('web-update')).toHaveCount(0);
  } finally {
    await close();
  }
});

/**
 * A door phone left on the lock screen between two events learns of a new build there: nobody is
 * signed in, so one button reloads into it.
 */
test('a locked phone is told of a new web build and reloads into it at once', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context, nextBuild, close } = await servedCopy(browser);
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    const locked = page.getByRole('heading', { name: 'Tilleul est verrouillé' });
    await expect(locked).toBeVisible();
    await expect(page.getByTestId('web-update-locked')).toHaveCount(0);

    nextBuild();
    await context.setOffline(true);
    await context.setOffline(false);
    const notice = page.getByTestId('web-update-locked');
    await expect(notice).toContainText('Une nouvelle version de Tilleul est prête', { timeout: 30_000 });
    await expect(notice).toContainText('Personne n’est connecté : rien ne se perd en rechargeant.');
    expect(await controllerVersion(page)).toBe('première');
    const reload = notice.getByRole('button', { name: 'Recharger maintenant' });
    const box = await reload.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.height >= 40).toBe(true);
    await page.screenshot({ path: 'test-results/web-update/3-locked-phone.png' });

    // By keyboard too: the lock screen starts on the first account, and the notice is right
    // before the accounts, one Maj+Tab away; Entrée reloads.
    await expect(page.getByRole('button', { name: new RegExp(`^${ADMIN.name}`) })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(reload).toBeFocused();
    // A mark on this page's window: gone once the page has reloaded.
    await page.evaluate(() => Object.assign(window, { beforeReload: true }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => 'beforeReload' in window).catch(() => true), { timeout: 30_000 })
      .toBe(false);
    await expect(locked).toBeVisible({ timeout: 30_000 });
    expect(await controllerVersion(page)).toBe('version suivante');
    await expect(page.getByTestId('web-update-locked')).toHaveCount(0);
    await signIn(page, ADMIN.name, ADMIN.password);
    await expect(page.getByTestId('web-update')).toHaveCount(0);
  } finally {
    await close();
  }
});
