import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Adds one tariff to the season shown first (the newest) in Paramètres → Saisons et tarifs. */
export async function addTariff(
  page: Page,
  season: string,
  tariff: { label: string; amount: string; household?: boolean; noCounterpart?: boolean },
) {
  await page.getByRole('button', { name: `Ajouter un tarif à la saison ${season}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau tarif' });
  await dialog.getByRole('textbox', { name: 'Nom du tarif' }).fill(tariff.label);
  await dialog.getByRole('textbox', { name: 'Montant' }).fill(tariff.amount);
  if (tariff.household) await dialog.getByRole('radio', { name: 'Un foyer (tarif famille)' }).check();
  if (tariff.noCounterpart) {
    await dialog.getByRole('checkbox', { name: 'Cette cotisation donne une contrepartie' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Un reçu fiscal peut être délivré' }).check();
  }
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The current season (1 Sept–31 Aug, prefilled) with an « Adulte » tariff at 20 € and a
 * « Famille » tariff at 45 € covering a household. Returns the season's label. `base`: the app's
 * address when it is not the test's (the association's server).
 */
export async function createSeasonWithFamilyTariff(page: Page, base = ''): Promise<string> {
  await page.goto(`${base}/#/parametres/saisons`);
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  const label = await dialog.getByRole('textbox', { name: 'Nom de la saison' }).inputValue();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await addTariff(page, label, { label: 'Adulte', amount: '20' });
  await addTariff(page, label, { label: 'Famille', amount: '45,00 €', household: true });
  await expect(page.getByRole('cell', { name: 'Famille', exact: true })).toBeVisible();
  return label;
}
