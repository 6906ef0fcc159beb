import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { ADMIN, BROWSER_TIME_ZONE, fillOrganisationForm, noteRecoveryCode } from './helpers';
import { enrol, serverForSpec } from './sync-server';
import { deName } from '@shared/format/french-elision';

/**
 * Issue 16, closing an event, end to end on a real sync server (the CLI, SQLite in a temporary
 * folder) serving the production web build: the secretary's PC closes yesterday's loto by the
 * keyboard, its page and its PDF (read back with pdftotext) read the presence from the sheet, a
 * correction is added; then a fresh device enrolled on the server sees the closed event, its
 * presence and its PDF — and never received one attendance document for it.
 */
const shots = 'test-results/closing';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

const spec = serverForSpec('tilleul-e2e-closing-');
const { contexts } = spec;

/**
 * A fresh browser profile, its administrator created, enrolled on the server as `name`. Each
 * device's first administrator has their own name: after the sync both accounts are on both
 * devices, and two « Anne Admin » on the lock screen could not be told apart.
 */
async function device(browser: Browser, name: string, admin = ADMIN): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${spec.server.url}/#/parametres/synchronisation`);
  // A fresh profile's first start creates its database: a minute on a loaded 2-core machine.
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel('Votre nom').fill(admin.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(admin.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(admin.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await noteRecoveryCode(page);
  await expect(page.getByText(`${admin.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
  await enrol(page, spec.org(), name, admin);
  return page;
}

/** A person with a first and last name, from the member form (door.ts's, with room for a loaded machine). */
async function newPerson(page: Page, firstName: string, lastName: string) {
  await page.goto(`${spec.server.url}/#/membres/nouveau`);
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible({
    timeout: 45_000,
  });
}

/** Yesterday in the browser's time zone, as the secretary types it. */
function yesterdayTyped(): string {
  const day = new Date(Date.now() - 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('fr-FR', { timeZone: BROWSER_TIME_ZONE, dateStyle: 'short' }).format(day);
}

/** The sheet as a PDF (Alt+P), read back with pdftotext. */
async function printedSheet(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Alt+P');
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-closing-')), 'emargement.pdf');
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(file);
}

/** How many documents this profile's IndexedDB holds in a collection (RxDB's Dexie storage). */
async function storedDocuments(page: Page, collection: string): Promise<number> {
  return page.evaluate(async (name) => {
    let count = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name?.endsWith(`--${name}`)) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames).filter((store) => store === 'docs')) {
        count += await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    return count;
  }, collection);
}

const present = (page: Page) =>
  page.getByText('Présents', { exact: true }).locator('xpath=following-sibling::*[1]');

test('a loto closed into its sheet, corrected, then seen whole on a fresh device', async ({ browser }) => {
  test.setTimeout(900_000);
  const office = await device(browser, 'Bureau');
  await office.goto(`${spec.server.url}/#/parametres/association`);
  await fillOrganisationForm(office);
  await office.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(office.getByText('Identité de l’association enregistrée.')).toBeVisible({ timeout: 30_000 });
  // Automatic closing, below on the same tab: 30 days unless set; a wrong value is refused in French.
  const days = office.getByRole('textbox', { name: 'Jours après l’événement' });
  await expect(days).toHaveValue('30');
  await days.fill('');
  await days.pressSequentially('400', { delay: 30 });
  await office.getByRole('button', { name: 'Valider le délai' }).click();
  await expect(
    office.getByText('Indiquez un nombre entier de jours entre 0 et 365 (0 : jamais).'),
  ).toBeVisible();
  await days.fill('');
  await days.pressSequentially('45', { delay: 30 });
  await days.press('Enter');
  await expect(office.getByText('Délai de clôture automatique enregistré.')).toBeVisible({ timeout: 15_000 });
  await shot(office, 'auto-close-setting');
  for (const [first, last] of [
    ['Élodie', 'Durand'],
    ['Jean', 'Dupont'],
    ['Léa', 'Martin'],
  ] as const) {
    await newPerson(office, first, last);
  }

  // Yesterday's loto: three registered, two ticked present from the paper sheet.
  await office.goto(`${spec.server.url}/#/evenements/nouveau`);
  await office.getByRole('textbox', { name: 'Titre' }).fill('Loto d’automne');
  await office.getByRole('textbox', { name: 'Lieu' }).fill('Salle des fêtes');
  await office.getByRole('textbox', { name: 'Date', exact: true }).pressSequentially(yesterdayTyped());
  await office.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await office.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'Loto d’automne' })).toBeVisible();
  const eventUrl = office.url();
  await office.getByRole('button', { name: 'Inscrire une personne' }).click();
  const register = office.getByRole('dialog', { name: /Inscrire à/ });
  for (const [query, name] of [
    ['martin', 'Léa Martin'],
    ['elodie', 'Élodie Durand'],
    ['dupont', 'Jean Dupont'],
  ] as const) {
    await register.getByRole('searchbox', { name: 'Rechercher une personne' }).fill(query);
    await register.getByRole('button', { name: `Inscrire ${name}` }).click();
    await expect(office.getByText(`Inscription ${deName(name)} enregistrée`)).toBeVisible({
      timeout: 15_000,
    });
  }
  await office.keyboard.press('Escape');
  await expect(register).toBeHidden();
  const tick = office.getByRole('textbox', { name: 'Nom ou numéro de ligne' });
  for (const [query, name] of [
    ['elodie', 'Élodie Durand'],
    ['dupont', 'Jean Dupont'],
  ] as const) {
    await tick.click();
    await office.keyboard.type(query, { delay: 30 });
    await office.keyboard.press('Enter');
    await expect(office.getByText(`Présence ${deName(name)} cochée.`)).toBeVisible({ timeout: 15_000 });
  }

  // Closing, by the keyboard: Entrée opens the dialog, Échap closes the dialog only.
  const close = office.getByRole('button', { name: 'Clôturer l’événement' });
  await close.focus();
  await office.keyboard.press('Enter');
  const dialog = office.getByRole('dialog', { name: /Clôturer «\sLoto d’automne\s»/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('L’entrée ne peut plus enregistrer de présence pour cet événement.');
  await expect(dialog).toContainText(
    '3 fiches de présence seront regroupées dans la feuille puis supprimées.',
  );
  await expect(dialog.getByRole('button', { name: 'Ne pas clôturer' })).toBeFocused();
  await shot(office, 'close-dialog');
  await office.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(office.getByRole('heading', { level: 1, name: 'Loto d’automne' })).toBeVisible();
  await expect(office.getByText('Clôturé', { exact: true })).toHaveCount(0);
  await close.focus();
  await office.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Ne pas clôturer' })).toBeFocused();
  await office.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Clôturer', exact: true })).toBeFocused();
  await office.keyboard.press('Enter');
  await expect(office.getByText('Événement clôturé : la feuille est enregistrée.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog).toBeHidden();
  await expect(office.getByText(/^Clôturé le .+ par Anne Admin \(Bureau\)/)).toBeVisible();
  await expect(close).toHaveCount(0);
  await expect(tick).toHaveCount(0);
  await expect(office.getByRole('button', { name: 'Inscrire une personne' })).toHaveCount(0);
  await expect(present(office)).toHaveText('2');
  const table = office.getByRole('table', { name: 'Inscriptions et présences' });
  await expect(table.getByRole('row').filter({ hasText: 'Élodie Durand' })).toContainText(/à \d\d:\d\d/);
  await shot(office, 'closed');
  // The attendance documents are gone from this device: the sheet holds the presence.
  await expect.poll(() => storedDocuments(office, 'sheets'), { timeout: 15_000 }).toBe(1);

  let text = await printedSheet(office);
  expect(text).toMatch(/Feuille clôturée le .+ par Anne Admin — empreinte SHA-256\s+[0-9a-f]{64}/);
  expect(text).toMatch(/DUPONT\s+Jean\s+.*Présent, arrivée à \d\d:\d\d/);
  expect(text).toMatch(/MARTIN\s+Léa\s+.*Absent/);
  expect(text).toMatch(/Présents\s:\s2/);

  // A correction: Léa Martin did come (she signed the paper sheet); the reason is required.
  await office.getByRole('button', { name: 'Corriger la feuille' }).click();
  const amend = office.getByRole('dialog', { name: /Corriger la feuille/ });
  await amend.getByRole('searchbox', { name: 'Personne' }).pressSequentially('martin', { delay: 30 });
  await office.keyboard.press('Enter');
  await expect(amend.getByText('Correction pour Léa Martin')).toBeVisible();
  await amend.getByRole('button', { name: 'Ajouter la correction' }).click();
  await expect(amend.getByText('Indiquez la raison de la correction.')).toBeVisible();
  await amend.getByRole('textbox', { name: /Raison de la correction/ }).fill('A signé la feuille papier');
  await shot(office, 'amend-dialog');
  await amend.getByRole('button', { name: 'Ajouter la correction' }).click();
  await expect(office.getByText('Correction ajoutée à la feuille.')).toBeVisible({ timeout: 15_000 });
  await expect(present(office)).toHaveText('3');
  await expect(
    office.getByText(/Anne Admin\s:\sLéa Martin présent — A signé la feuille papier/),
  ).toBeVisible();
  await shot(office, 'amended');
  text = await printedSheet(office);
  expect(text).toMatch(/MARTIN\s+Léa\s+.*Présent/);
  expect(text).toContain('Corrections après clôture');
  expect(text).toContain('Léa Martin présent — A signé la feuille papier');
  await expect(office.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });

  // A new device joins: the closed loto, its presence and its sheet, no attendance documents.
  const laptop = await device(browser, 'Portable', { name: 'Bruno Bureau', password: 'tilleul-2027' });
  await laptop.goto(eventUrl.replace(/^.*#/, `${spec.server.url}/#`));
  await expect(laptop.getByRole('heading', { level: 1, name: 'Loto d’automne' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(laptop.getByText(/^Clôturé le .+ par Anne Admin \(Bureau\)/)).toBeVisible({ timeout: 30_000 });
  await expect(present(laptop)).toHaveText('3');
  await expect(laptop.getByText(/Léa Martin présent — A signé la feuille papier/)).toBeVisible();
  await shot(laptop, 'fresh-device');
  text = await printedSheet(laptop);
  expect(text).toMatch(/DURAND\s+Élodie\s+.*Présent, arrivée à \d\d:\d\d/);
  expect(text).toMatch(/Présents\s:\s3/);
  expect(await storedDocuments(laptop, 'sheets')).toBe(1);
  expect(await storedDocuments(laptop, 'attendance')).toBe(0);

  // Léa Martin's page lists the loto, read from its sheet like any event.
  await laptop
    .getByRole('table', { name: 'Inscriptions et présences' })
    .getByRole('link', { name: 'Léa Martin' })
    .click();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Léa Martin' })).toBeVisible();
  await laptop.getByRole('tab', { name: 'Présences' }).click();
  const row = laptop.getByRole('table', { name: 'Présences' }).getByRole('row', { name: /Loto d’automne/ });
  await expect(row).toContainText('feuille clôturée');
  await expect(row).toContainText(/Oui\s*Oui/);
  await shot(laptop, 'person-presence');
});
