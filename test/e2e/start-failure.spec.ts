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
