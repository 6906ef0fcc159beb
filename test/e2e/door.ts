import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { browserToday } from './helpers';

/** A door volunteer's account, as the office creates it in Paramètres → Comptes. */
export const DOOR = { name: 'Porte 1', pin: '246810' };

/** Today as the secretary types it: JJ/MM/AAAA. */
export function todayTyped(): string {
  const { day, month, year } = browserToday();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** Paramètres → Comptes (already open): a « Bénévole à l’entrée » account with its PIN. */
export async function createDoorAccount(page: Page, door = DOOR) {
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(door.name);
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Bénévole à l’entrée' }).click();
  await page.getByRole('textbox', { name: /^Code PIN/ }).fill(door.pin);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(door.pin);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText(`Compte « ${door.name} » créé.`)).toBeVisible();
}

/**
 * A new person with just a first and last name, from the member form; returns the member number
 * shown on their record (the one printed on the card and in its QR code).
 */
export async function newPerson(page: Page, firstName: string, lastName: string, base = ''): Promise<string> {
  await page.goto(`${base}/#/membres/nouveau`);
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible({
    timeout: 15_000,
  });
  const number = page.getByText(/^[A-Z]+-\d{4}$/).first();
  await expect(number).toBeVisible();
  return (await number.textContent()) ?? '';
}

/** An event today, typed in the event form; its page is open afterwards. */
export async function eventToday(page: Page, title: string, base = '') {
  await page.goto(`${base}/#/evenements/nouveau`);
  await page.getByRole('textbox', { name: 'Titre' }).fill(title);
  await page.getByRole('textbox', { name: 'Date', exact: true }).pressSequentially(todayTyped());
  await page.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** On a person's page (open): the « Adulte » tariff of the current season, paid in cash. */
export async function adultCotisationInCash(page: Page) {
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await page.getByRole('combobox', { name: 'Tarif' }).click();
  await page.getByRole('option', { name: /^Adulte/ }).click();
  await page.getByRole('combobox', { name: 'Moyen de paiement' }).click();
  await page.getByRole('option', { name: 'Espèces' }).click();
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Adhésion enregistrée.').last()).toBeVisible();
}
