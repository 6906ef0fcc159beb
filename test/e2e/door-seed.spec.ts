import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Locator } from '@playwright/test';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import { todayTyped } from './door';
import {
  joinFromFirstRun,
  letInAtTheOffice,
  officeWithDoors,
  pushDemoThroughApi,
  serverForSpec,
} from './sync-server';
import { deName } from '@shared/format/french-elision';

/**
 * Issue 19: a new door device searches before it has pulled a single person. The server sends it
 * its directory (the search snapshot built from what a door may read); the events and check-ins
 * come first, the people fill the collections behind. Here the people's pulls are held back
 * until the volunteer has found and let someone in.
 */
const shots = 'test-results/door-seed';
mkdirSync(shots, { recursive: true });
const PORTE = { name: 'Porte 1', pin: '246810' };
const demo = generateDemoAssociation({ size: 3000, seed: 2026 });

const spec = serverForSpec('tilleul-e2e-door-seed-', 'Comité des fêtes de Tilleul');
const { contexts } = spec;

const type = async (field: Locator, text: string) => {
  await field.click();
  await field.pressSequentially(text, { delay: 20 });
};

test('a new door device finds and lets people in from its directory seed before the people are pulled', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The office: enrolled, a door account, tonight's free loto; 3,000 people from the file.
  const office = await officeWithDoors(browser, spec, [PORTE]);
  await office.goto(`${spec.server.url}/#/evenements/nouveau`);
  await type(office.getByRole('textbox', { name: 'Titre' }), 'Loto du samedi');
  await type(office.getByRole('textbox', { name: 'Date', exact: true }), todayTyped());
  await type(office.getByRole('textbox', { name: 'Prix pour les adhérents' }), '0');
  await type(office.getByRole('textbox', { name: 'Prix pour les autres' }), '0');
  await office.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'Loto du samedi' })).toBeVisible();
  await expect(office.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
  await pushDemoThroughApi(spec.org(), demo, 'Import');

  // Someone already let in at the office's own entrance before the tablet joins.
  const early = demo.people[42];
  if (!early) throw new Error('no demo person');
  await letInAtTheOffice(office, spec.server.url, `${early.lastName} ${early.firstName}`, early);

  /** A new device whose pulls of people, households and check-ins wait until `release`. */
  const holdingPulls = async (context: BrowserContext) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pulled = { people: 0, attendance: 0 };
    await context.route(/\/api\/v1\/sync\/(people|households|attendance)\/pull/, async (route) => {
      // The one-document count of the progress panel passes; the pages wait.
      if (!/[?&]limit=1(&|$)/.test(route.request().url())) {
        await held;
        if (route.request().url().includes('/attendance/')) pulled.attendance += 1;
        else pulled.people += 1;
      }
      await route.continue();
    });
    return { release: () => release(), pulled };
  };

  // The tablet at the door: its pulls of people, households and check-ins wait until released.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  const tablet = await holdingPulls(context);
  const { release } = tablet;
  await joinFromFirstRun(page, spec.org(), 'door', 'Tablette de l’entrée', {
    name: PORTE.name,
    secret: PORTE.pin,
  });
  await expect(page).toHaveURL(/#\/entree$/, { timeout: 20_000 });
  const panel = page.getByTestId('first-sync');
  await expect(panel.getByTestId('first-sync-searchable')).toHaveText(
    /^La recherche à l’entrée est prête\s:\s3\s?000 personnes/,
    { timeout: 30_000 },
  );
  await expect(page.getByText('Loto du samedi', { exact: true })).toBeVisible({ timeout: 20_000 });

  // Someone from the file, typed key by key, last name first: found, and in with Entrée.
  const person = demo.people[1234];
  if (!person) throw new Error('no demo person');
  const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
  await expect(search).toBeFocused();
  await page.keyboard.type(`${person.lastName} ${person.firstName}`, { delay: 20 });
  const first = page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').first();
  await expect(first).toContainText(person.lastName.toUpperCase());
  await expect(first).toContainText(person.memberNumber);
  await page.screenshot({ path: join(shots, '01-searchable-before-people.png') });
  expect(tablet.pulled).toEqual({ people: 0, attendance: 0 });
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(`Entrée ${deName(`${person.firstName} ${person.lastName}`)} enregistrée.`),
  ).toBeVisible();
  // Who came in at the office is counted and known here, with not a check-in pulled: the seed.
  await expect(page.getByTestId('count-present')).toHaveText('2');
  await expect(page.getByTestId('other-doors-coming')).toHaveCount(0);
  await page.keyboard.type(`${early.firstName} ${early.lastName}`, { delay: 20 });
  await expect(first).toContainText(early.lastName.toUpperCase());
  await expect(first).toContainText(/Entré à \d{2}:\d{2}, Anne Admin/);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Entrée déjà enregistrée à \d{2}:\d{2}, Anne Admin\.$/)).toBeVisible();
  await page.screenshot({ path: join(shots, '01b-already-in-from-the-seed.png') });
  expect(tablet.pulled.attendance).toBe(0);
  await expect(page.getByTestId('count-present')).toHaveText('2');

  // The people come: the first sync ends, the search still finds them, the entry is sent.
  release();
  await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 120_000 });
  await expect(panel).toHaveCount(0);
  expect(tablet.pulled.people).toBeGreaterThan(0);
  expect(tablet.pulled.attendance).toBeGreaterThan(0);
  await expect(page.getByTestId('count-present')).toHaveText('2');
  await page.keyboard.type(person.memberNumber, { delay: 20 });
  await expect(first).toContainText(person.lastName.toUpperCase());
  await page.screenshot({ path: join(shots, '02-after-first-sync.png') });
  await office.goto(`${spec.server.url}/#/evenements`);
  await office.getByRole('link', { name: /Loto du samedi/ }).click();
  await expect(office.getByText(`${person.lastName.toUpperCase()}`).first()).toBeVisible({ timeout: 30_000 });
});
