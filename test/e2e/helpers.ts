import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const ADMIN = { name: 'Anne Admin', password: 'tilleul-2026' };

/** The browser's time zone (playwright.config.ts): « today » is the day there, not this machine's. */
export const BROWSER_TIME_ZONE = 'Europe/Paris';

/**
 * Today in the browser's time zone. Between 23:00 and midnight UTC, Paris is already tomorrow:
 * an event typed for the machine's today would be yesterday's for the app.
 */
export function browserToday(): { day: number; month: number; year: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: BROWSER_TIME_ZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}

/**
 * Right after the first administrator is created: the recovery code, shown once, is noted
 * (« Je l'ai noté ») before anything else opens. Returns the code as shown.
 */
export async function noteRecoveryCode(page: Page): Promise<string> {
  // PBKDF2 at 600,000 rounds, twice (password and code), in JavaScript where the origin is not secure.
  const shown = page.getByTestId('recovery-code');
  await expect(shown).toBeVisible({ timeout: 30_000 });
  const code = (await shown.textContent()) ?? '';
  await page.getByRole('checkbox', { name: 'Je l’ai noté' }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  return code;
}

/** A fresh browser profile starts on the first-run screen: create the administrator. */
export async function firstRun(page: Page, path = '/') {
  await page.goto(path);
  // The first start creates the database: allow a loaded 2-core machine more than the default.
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByLabel('Votre nom').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  const code = await noteRecoveryCode(page);
  // PBKDF2 at 600,000 rounds, in JavaScript where the origin is not secure (phone-http.spec).
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
  return code;
}

/** From the lock screen: pick the account, type the secret, sign in. */
export async function signIn(page: Page, name: string, secret: string) {
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('textbox', { name: /^(Code PIN|Mot de passe)$/ }).fill(secret);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Paramètres → Comptes (opened at `base`): an account of `role` with its password, created. */
export async function createAccount(
  page: Page,
  account: { name: string; role: 'Secrétaire' | 'Trésorier' | 'Administrateur'; password: string },
  base = '',
) {
  await page.goto(`${base}/#/parametres/comptes`);
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(account.name);
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: account.role }).click();
  await page.getByRole('textbox', { name: /^Mot de passe/ }).fill(account.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(account.password);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText(`Compte « ${account.name} » créé.`)).toBeVisible();
}

/** Fills Paramètres → Association (already open) without saving; valid unless told otherwise. */
export async function fillOrganisationForm(
  page: Page,
  values: { name?: string; rna?: string; postalCode?: string } = {},
) {
  await page.getByLabel('Nom de l’association').fill(values.name ?? 'Foyer rural de Saint-Léger');
  await page.getByLabel('Numéro RNA').fill(values.rna ?? 'W751234567');
  await page.getByLabel(/^Adresse/).fill('2 place de la Mairie');
  await page.getByLabel('Code postal').fill(values.postalCode ?? '12345');
  await page.getByLabel('Commune').fill('Saint-Léger');
  await page.getByLabel('Objet de l’association').fill('Animation de la vie locale');
  await page.getByRole('combobox', { name: 'Catégorie' }).click();
  await page.getByRole('option', { name: 'Œuvre ou organisme d’intérêt général' }).click();
  await page.getByLabel('Nom du signataire').fill('Marie Dupont');
  await page.getByLabel('Qualité du signataire').fill('Présidente');
}

/** Paramètres → Association, filled with a valid identity and saved. */
export async function fillOrganisation(page: Page, name = 'Foyer rural de Saint-Léger') {
  await page.goto('/#/parametres/association');
  await fillOrganisationForm(page, { name });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Identité de l’association enregistrée.')).toBeVisible();
}

/**
 * Does `start` (a click, a key) and keeps the file the browser downloads in `folder`: its name as
 * the app suggested it, and where it was saved. A PDF rendered on a loaded machine takes seconds.
 */
export async function saveDownload(
  page: Page,
  folder: string,
  start: () => Promise<unknown>,
): Promise<{ name: string; path: string }> {
  const waiting = page.waitForEvent('download', { timeout: 60_000 });
  await start();
  const file = await waiting;
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** The page of the only past event, from the events list (« Passés (1) »). */
export async function openOnlyPastEvent(page: Page, title: RegExp) {
  await page.goto('/#/evenements');
  await page.getByText('Passés (1)').click();
  await page.getByRole('table', { name: 'Événements passés' }).getByRole('link', { name: title }).click();
}
