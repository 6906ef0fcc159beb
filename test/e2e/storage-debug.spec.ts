import { expect, test } from '@playwright/test';

/**
 * The built app served from `http://127.0.0.1` (where Dexie turns its debug mode on by itself)
 * runs Dexie without it (renderer/data/indexeddb-storage.ts): no console task per IndexedDB
 * operation. Dexie's debug mode names its tasks « Dexie: read docs », « Dexie: write docs »…
 */
test('Dexie runs without its debug mode in the built app on 127.0.0.1', async ({ page }) => {
  await page.addInitScript(() => {
    const tasks: string[] = [];
    (globalThis as unknown as { dexieTasks: string[] }).dexieTasks = tasks;
    // Chromium's async stack tagging (not in TypeScript's DOM types yet).
    const tagging = console as Console & { createTask: (name: string) => unknown };
    const original = tagging.createTask.bind(console);
    tagging.createTask = (name: string) => {
      tasks.push(name);
      return original(name);
    };
  });
  await page.goto('/');
  // The first start: RxDB creates its database and reads its collections through Dexie.
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  const origin = await page.evaluate(() => location.origin);
  expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
  const tasks = await page.evaluate(() => (globalThis as unknown as { dexieTasks: string[] }).dexieTasks);
  expect(tasks.filter((name) => name.startsWith('Dexie'))).toEqual([]);
});
