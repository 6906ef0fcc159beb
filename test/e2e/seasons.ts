import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

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

async function typeOver(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/**
 * The HelloAsso fixtures' season, 2025-2026, typed the French way, with « Adulte » (15 €) and
 * « Enfant » (8 €) — and « Bienfaiteur » (50 €, no counterpart) when `benefactor`. `base`: the
 * app's address when it is not the test's (the association's server).
 */
export async function createSeason2025(page: Page, options: { benefactor?: boolean; base?: string } = {}) {
  await page.goto(`${options.base ?? ''}/#/parametres/saisons`);
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  await typeOver(dialog.getByRole('textbox', { name: 'Nom de la saison' }), '2025-2026');
  await typeOver(dialog.getByRole('textbox', { name: 'Premier jour' }), '01/09/2025');
  await typeOver(dialog.getByRole('textbox', { name: 'Dernier jour' }), '31/08/2026');
  await dialog.getByRole('textbox', { name: 'Nom de la saison' }).click();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await addTariff(page, '2025-2026', { label: 'Adulte', amount: '15' });
  await addTariff(page, '2025-2026', { label: 'Enfant', amount: '8' });
  if (options.benefactor)
    await addTariff(page, '2025-2026', { label: 'Bienfaiteur', amount: '50', noCounterpart: true });
}
