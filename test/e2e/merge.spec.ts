import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { firstRun } from './helpers';
import { createSeasonWithFamilyTariff } from './seasons';

async function fillPerson(page: Page, firstName: string, lastName: string, email: string) {
  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
}

async function shownNumber(page: Page): Promise<string> {
  const number = (
    await page
      .getByText(/^A-\d{4}$/)
      .first()
      .textContent()
  )?.trim();
  expect(number).toMatch(/^A-\d{4}$/);
  return number ?? '';
}

test('the same person registered twice: merged into one record that keeps the membership and the history', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await firstRun(page, '/#/parametres/saisons');
  await createSeasonWithFamilyTariff(page);

  // Registered last year with her e-mail…
  await fillPerson(page, 'Élodie', 'Lefèvre', 'elodie.lefevre@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Élodie Lefèvre' })).toBeVisible();
  const olderNumber = await shownNumber(page);

  // …and again this September, without the accent, despite the warning.
  await fillPerson(page, 'Elodie', 'Lefèvre', 'elodie.lefevre@example.org');
  await expect(page.getByText('Cette personne existe peut-être déjà')).toBeVisible();
  await page.getByRole('button', { name: 'Créer quand même' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Elodie Lefèvre' })).toBeVisible();
  const newerNumber = await shownNumber(page);
  const newerUrl = page.url();

  // She pays her membership on the second record.
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await page.getByRole('combobox', { name: 'Tarif' }).click();
  await page.getByRole('option', { name: /^Adulte/ }).click();
  await page.getByRole('combobox', { name: 'Moyen de paiement' }).click();
  await page.getByRole('option', { name: 'Espèces' }).click();
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Adhésion enregistrée.')).toBeVisible();

  // The secretary notices and merges, from the second record.
  await page.getByRole('link', { name: 'Fusionner avec une autre fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fusionner deux fiches' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Chercher l’autre fiche' }).fill('lefevre');
  await page
    .getByRole('table', { name: 'Résultats' })
    .getByRole('button', { name: `Choisir Élodie Lefèvre (${olderNumber})` })
    .click();

  // The older number is kept by default; the first name differs: she wants the accent.
  await expect(page.getByRole('radio', { name: 'Conserver cette fiche' }).first()).toBeVisible();
  const older = page.getByRole('region', { name: `Élodie Lefèvre (${olderNumber})` });
  await expect(older.getByText('Fiche conservée')).toBeVisible();
  await expect(older.getByRole('radio', { name: 'Conserver cette fiche' })).toBeChecked();
  const firstName = page.getByRole('radiogroup', { name: 'Prénom' });
  await expect(firstName.getByRole('radio', { name: 'Élodie' })).toBeChecked();
  await firstName.getByRole('radio', { name: 'Elodie' }).check();
  await firstName.getByRole('radio', { name: 'Élodie' }).check();
  await expect(page.getByText('1 adhésion passe sur la fiche conservée :')).toBeVisible();
  await expect(
    page.getByText(`Le numéro ${newerNumber} restera associé à la fiche conservée.`),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Fusionner', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Fusionner ces deux fiches ?' });
  await expect(dialog).toContainText(`La fiche « Elodie Lefèvre (${newerNumber}) » disparaîtra de la liste`);
  await dialog.getByRole('button', { name: 'Fusionner' }).click();

  // On the survivor: the membership came along.
  await expect(page.getByText(`Fiches fusionnées : « Élodie Lefèvre (${olderNumber}) ».`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Élodie Lefèvre' })).toBeVisible();
  await expect(page.getByText(olderNumber, { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await expect(page.getByRole('table', { name: 'Adhésions' }).getByText('Adulte')).toBeVisible();

  // The history says it, and keeps the absorbed record's own history.
  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(
    page.getByText(/a fusionné la fiche «\sElodie Lefèvre \(A-\d{4}\)\s» dans celle-ci/),
  ).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique' });
  await expect(history.getByText(`Fusion de la fiche « Elodie Lefèvre (${newerNumber}) »`)).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Suppression' })).toHaveCount(1);

  // One record left in the list; the old card's number still finds her.
  await page.goto('/#/membres');
  const table = page.getByRole('table', { name: 'Membres' });
  await expect(table.getByRole('row').filter({ hasText: 'LEFÈVRE' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'LEFÈVRE Élodie' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(newerNumber);
  await expect(table.getByRole('row').filter({ hasText: 'LEFÈVRE Élodie' })).toBeVisible();

  // An old link to the absorbed record leads to the survivor.
  await page.goto(newerUrl);
  await expect(page.getByText('Cette fiche a été fusionnée dans une autre')).toBeVisible();
  await page.getByRole('link', { name: 'Ouvrir la fiche conservée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Élodie Lefèvre' })).toBeVisible();
});
