import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, firstRun, signIn } from './helpers';
import { newPerson, todayTyped } from './door';

const shots = 'test-results/directory-snapshot';
mkdirSync(shots, { recursive: true });

/** The search snapshot as stored (renderer/data/directory-snapshot.ts), or `undefined`. */
function storedSnapshot(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('tilleul-directory-snapshot');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('snapshot')) return resolve(undefined);
          const get = database.transaction('snapshot', 'readonly').objectStore('snapshot').get('search');
          get.onsuccess = () => {
            resolve(get.result);
            database.close();
          };
          get.onerror = () => reject(get.error ?? new Error('get failed'));
        };
      }),
  );
}

/** Cuts the stored snapshot's text in half, as a write interrupted by a crash or a full disk would. */
function cutSnapshot(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('tilleul-directory-snapshot');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction('snapshot', 'readwrite');
          const store = transaction.objectStore('snapshot');
          const get = store.get('search');
          get.onsuccess = () => {
            const value = get.result as { text: string };
            store.put({ ...value, text: value.text.slice(0, value.text.length / 2) }, 'search');
          };
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('put failed'));
        };
      }),
  );
}

/**
 * The strings of the stored snapshot (shared/search/snapshot.ts: one text of fields separated by
 * U+0000), where the people's last names are; none while there is no snapshot.
 */
async function snapshotNames(page: Page): Promise<string[]> {
  const value = (await storedSnapshot(page)) as { text?: unknown } | undefined;
  return typeof value?.text === 'string' ? value.text.split('\u0000') : [];
}

async function findAtTheDoor(page: Page, query: string, expected: string) {
  const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
  await search.fill('');
  await search.pressSequentially(query, { delay: 30 });
  const results = page.getByRole('list', { name: 'Personnes trouvées' });
  await expect(results.getByRole('listitem').first()).toContainText(expected, { timeout: 15_000 });
}

/** Tonight's event (door.ts's eventToday, with the time a loaded machine needs to save). */
async function eventTonight(page: Page) {
  await page.goto('/#/evenements/nouveau');
  await page.getByRole('textbox', { name: 'Titre' }).fill('Soirée jeux');
  await page.getByRole('textbox', { name: 'Date', exact: true }).pressSequentially(todayTyped());
  await page.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Soirée jeux' })).toBeVisible({ timeout: 30_000 });
}

async function reloadToTheDoor(page: Page) {
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
  await page.goto('/#/entree');
  await expect(page.getByText('Soirée jeux', { exact: true })).toBeVisible({ timeout: 15_000 });
}

test('the door finds a member after a reload from the search snapshot, and after the snapshot is corrupted', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, '/#/membres');
  await newPerson(page, 'Paul', 'Roux');
  await eventTonight(page);
  // Written from the change stream, 2 s after the last change.
  await expect.poll(() => snapshotNames(page), { timeout: 15_000 }).toContain('Roux');

  // Léa is added just before the tab reloads: the snapshot is written as the page goes away,
  // and the collections read in the background would bring her anyway.
  await newPerson(page, 'Léa', 'Martin');
  await reloadToTheDoor(page);
  await findAtTheDoor(page, 'rou', 'ROUX Paul');
  await findAtTheDoor(page, 'martin', 'MARTIN Léa');
  await page.screenshot({ path: join(shots, '01-door-after-reload.png') });
  await expect
    .poll(() => snapshotNames(page), { timeout: 15_000 })
    .toEqual(expect.arrayContaining(['Roux', 'Martin']));

  // Corrupted on purpose (half a write, a disk error): ignored, rebuilt, nobody lost.
  const whole = (await snapshotNames(page)).length;
  await cutSnapshot(page);
  await reloadToTheDoor(page);
  await findAtTheDoor(page, 'paul', 'ROUX Paul');
  await findAtTheDoor(page, 'lea', 'MARTIN Léa');
  // Rebuilt whole: the same people, the same strings as before the cut.
  await expect.poll(async () => (await snapshotNames(page)).length, { timeout: 15_000 }).toBe(whole);
  expect(await snapshotNames(page)).toEqual(expect.arrayContaining(['Roux', 'Martin']));

  // The member list, which shows whole records, is there too once the file is read.
  await page.goto('/#/membres');
  await expect(page.getByText('Martin', { exact: false }).first()).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: join(shots, '02-members-after-rebuild.png') });
});
