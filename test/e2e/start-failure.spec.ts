import { expect, test } from '@playwright/test';

/**
 * When the local database cannot open, the page says why and what to do in French, with the
 * technical detail folded away — not a raw RxDB error code.
 */
test('a browser that keeps no site data: the cause and the remedy, the detail folded', async ({ page }) => {
  // What site data turned off in the browser's settings looks like to a page: no IndexedDB.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Tilleul n’a pas pu ouvrir sa base de données');
  const cause = page.getByTestId('start-failure-cause');
  await expect(cause).toHaveAttribute('data-cause', 'no-storage');
  await expect(cause).toContainText('navigation privée');
  await expect(cause).toContainText('Ouvrez Tilleul dans une fenêtre normale');
  // The raw message is there for whoever helps, but folded.
  const details = page.getByRole('button', { name: 'Détail technique, pour la personne qui vous aide' });
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('pre')).toContainText(/\w+Error/);
  await page.screenshot({ path: 'test-results/start-failure.png' });
});

/**
 * One of the app's files does not arrive (a network cut mid-load, a server whose web build was
 * replaced while it ran): the start screen says so in French and reloads on request, instead of
 * turning forever.
 */
test('the app’s script does not arrive: the start screen says so, and « Recharger la page » starts it', async ({
  page,
}) => {
  const entry = /\/assets\/index-[\w-]+\.js$/;
  await page.route(entry, (route) => route.fulfill({ status: 404, body: 'absent' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tilleul n’a pas pu se charger');
  await expect(alert).toContainText('Vérifiez le réseau, puis rechargez la page.');
  const reload = page.getByRole('button', { name: 'Recharger la page' });
  await expect(reload).toBeFocused();
  await page.screenshot({ path: 'test-results/start-failure-script.png' });
  // The file is back: Entrée on the button reloads, and the app starts.
  await page.unroute(entry);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
});
