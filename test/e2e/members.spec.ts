import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, fillOrganisation, firstRun, signIn } from './helpers';
import { createSeasonWithFamilyTariff } from './seasons';
import { pdfText } from '../support/pdf-text';

async function createPerson(page: Page, firstName: string, lastName: string, birthDate?: string) {
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  if (birthDate) await page.getByRole('textbox', { name: 'Date de naissance' }).fill(birthDate);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
}

test('September at the club: a household of two, a family membership, both à jour, their cards', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await firstRun(page, '/#/parametres/association');
  await fillOrganisation(page);
  await createSeasonWithFamilyTariff(page);

  // The secretary's shortcut from the member list: Alt+N.
  await page.goto('/#/membres');
  await expect(page.getByRole('heading', { name: 'Membres', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { name: 'Nouveau membre' })).toBeVisible();
  // A bad date is refused in French.
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Roux');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('paul.roux@');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Certains champs sont à corriger')).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail' }).fill('paul.roux@example.org');
  await createPerson(page, 'Paul', 'Roux');
  const paulNumber =
    (
      await page
        .getByText(/^A-\d{4}$/)
        .first()
        .textContent()
    )?.trim() ?? '';
  expect(paulNumber).toMatch(/^A-\d{4}$/);

  // His household, then his son from the household: name and address come along.
  await page.getByRole('tab', { name: 'Foyer' }).click();
  await page.getByRole('button', { name: 'Créer un foyer avec cette personne' }).click();
  await expect(page.getByText('Foyer créé.')).toBeVisible();
  await page.getByRole('link', { name: 'Ajouter une personne au foyer' }).click();
  await expect(page.getByRole('textbox', { name: /^Nom/ })).toHaveValue('Roux');
  await createPerson(page, 'Léo', 'Roux');
  const leoNumber =
    (
      await page
        .getByText(/^A-\d{4}$/)
        .first()
        .textContent()
    )?.trim() ?? '';
  expect(leoNumber).not.toBe(paulNumber);

  // A family membership taken on Léo's page covers the whole household.
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await page.getByRole('combobox', { name: 'Tarif' }).click();
  await page.getByRole('option', { name: /^Famille/ }).click();
  await expect(page.getByRole('textbox', { name: 'Montant' })).toHaveValue(/45,00/);
  await page.getByRole('combobox', { name: 'Moyen de paiement' }).click();
  await page.getByRole('option', { name: 'Chèque' }).click();
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Indiquez le numéro du chèque')).toBeVisible();
  // The keyboard is taken there: the number is typed at once.
  await expect(page.getByRole('textbox', { name: 'Numéro du chèque' })).toBeFocused();
  await page.keyboard.type('0001234');
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Adhésion enregistrée.')).toBeVisible();

  // Both à jour in the list.
  await page.goto('/#/membres');
  const table = page.getByRole('table', { name: 'Membres' });
  await expect(table.getByRole('row').filter({ hasText: 'ROUX Paul' }).getByText('À jour')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'ROUX Léo' }).getByText('À jour')).toBeVisible();

  // Their cards: a real PDF, read back with pdftotext.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Imprimer les cartes' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-cards-')), 'cartes.pdf');
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(file);
  for (const expected of ['Paul Roux', 'Léo Roux', paulNumber, leoNumber]) expect(text).toContain(expected);

  // After a reload (the app locks), everything is still there and found by the search.
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto('/#/membres');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('leo rou');
  await expect(table.getByRole('row').filter({ hasText: 'ROUX Léo' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'ROUX Paul' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(paulNumber);
  await expect(table.getByRole('row').filter({ hasText: 'ROUX Paul' })).toBeVisible();
});
