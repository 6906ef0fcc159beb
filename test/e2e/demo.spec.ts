import { expect, test } from '@playwright/test';
import { firstRun } from './helpers';
import { addTariff } from './seasons';

test('a newcomer loads the demo association, sees the dashboard, and removes it', async ({ page }) => {
  test.setTimeout(90_000);
  await firstRun(page);
  await expect(page.getByText(/Aucune saison n’est définie/)).toBeVisible();

  await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
  await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
    timeout: 60_000,
  });

  // Figures computed from the data, and the chart.
  const upToDate = page.getByTestId('figure-up-to-date');
  await expect(upToDate).toContainText('À jour cette saison');
  const count = Number((await upToDate.locator('p').nth(1).textContent())?.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(50);
  await expect(page.getByTestId('figure-renewals')).not.toContainText(/^Renouvellements attendus0/);
  await expect(page.getByRole('heading', { name: 'Membres à jour par saison' })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();

  // The demo's seasons and tariffs, with the tax-receipt rule in the tariff form.
  await page.goto('/#/parametres/saisons');
  const seasons = page.locator('[data-testid^="season-"]');
  await expect(seasons).toHaveCount(3);
  const newest = (await seasons.first().getByRole('heading').textContent()) ?? '';
  await expect(page.getByRole('cell', { name: 'Membre bienfaiteur' }).first()).toBeVisible();
  // An amount typed the French way is stored in cents and shown back formatted.
  await addTariff(page, newest, { label: 'Soutien', amount: '15,5 €', noCounterpart: true });
  await expect(seasons.first().getByRole('row').filter({ hasText: 'Soutien' })).toContainText('15,50');
  // A season that overlaps another one is refused in French.
  await seasons
    .first()
    .getByRole('button', { name: `Modifier la saison ${newest}` })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Premier jour' }).fill('01/01/2020');
  await dialog.getByRole('textbox', { name: 'Nom de la saison' }).click();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText(/chevauche une autre saison/).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  // The demo's custom fields.
  await page.goto('/#/parametres/champs');
  await expect(page.getByRole('cell', { name: 'Taille de tee-shirt', exact: true })).toBeVisible();

  // Removed in one action: back to an empty association.
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Retirer les données de démonstration' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirer' }).click();
  await expect(page.getByText('Données de démonstration retirées.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Aucune saison n’est définie/)).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Essayer avec une association de démonstration' }),
  ).toBeVisible();
});
