import { expect, test } from '@playwright/test';
import { newPerson } from './door';
import { ADMIN, firstRun, signIn } from './helpers';

/**
 * On a secure origin the web build is an installable app whose shell a service worker keeps:
 * after one visit, a browser with no network that reloads (or restarts) still opens Tilleul,
 * with its data.
 */
test('one visit, then no network: a reload opens Tilleul with its data', async ({ page }) => {
  test.setTimeout(90_000);
  await firstRun(page);
  await newPerson(page, 'Paul', 'Roux');
  // The manifest that makes it installable, and the worker that keeps the shell.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: unknown[] }) : null;
  });
  expect(manifest?.name).toBe('Tilleul');
  expect(manifest?.icons.length).toBeGreaterThan(0);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Nothing to say to the administrator here: the shell is kept.
  await page.goto('/#/parametres/synchronisation');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.context().setOffline(true);
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible();
  await page.goto('/#/membres');
  await expect(
    page.getByRole('table', { name: 'Membres' }).getByRole('row').filter({ hasText: 'ROUX Paul' }),
  ).toBeVisible();
  // Every page of the app, not only the first one, comes from the kept shell.
  await page.goto('/#/evenements');
  await expect(page.getByRole('heading', { level: 1, name: 'Événements' })).toBeVisible();
  await expect(page.getByTestId('offline-readiness')).toHaveCount(0);
});
