import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fillOrganisation, firstRun, saveDownload } from './helpers';
import { addTariff } from './seasons';
import { pdfText } from '../support/pdf-text';

// A receipt is rendered in the browser: on a loaded 2-core machine, a step may take seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
const shots = 'test-results/fee-receipts';
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
const downloads = mkdtempSync(join(tmpdir(), 'tilleul-fee-receipts-'));

async function takeFee(page: Page, tariff: RegExp) {
  await page.getByRole('combobox', { name: 'Tarif' }).click();
  await page.getByRole('option', { name: tariff }).click();
  await page.getByRole('combobox', { name: 'Moyen de paiement' }).click();
  await page.getByRole('option', { name: 'Espèces' }).click();
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Adhésion enregistrée.').last()).toBeVisible();
}

test('a fee without counterpart: its tax receipt from the person page, the fee locked, freed by cancelling', async ({
  page,
}) => {
  test.setTimeout(180_000);
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.install({ time: new Date('2027-01-15T10:00:00+01:00') });
  await firstRun(page);
  await fillOrganisation(page);

  await page.goto('/#/parametres/saisons');
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  const seasonDialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  const season = await seasonDialog.getByRole('textbox', { name: 'Nom de la saison' }).inputValue();
  await seasonDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(seasonDialog).toBeHidden();
  await addTariff(page, season, { label: 'Adulte', amount: '20' });
  await addTariff(page, season, { label: 'Membre bienfaiteur', amount: '100', noCounterpart: true });

  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Hélène');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Dupré');
  // A tax receipt carries the donor's address.
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('4 rue des Écoles');
  await page.getByRole('textbox', { name: 'Code postal' }).fill('21200');
  await page.getByRole('textbox', { name: 'Commune' }).fill('Beaune');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hélène Dupré' })).toBeVisible();
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await takeFee(page, /^Adulte/);
  await takeFee(page, /^Membre bienfaiteur/);

  // The fee with a counterpart says why it opens no receipt; the other offers one.
  const table = page.getByRole('table', { name: 'Adhésions' });
  const adult = table.getByRole('row').filter({ hasText: 'Adulte' });
  const patron = table.getByRole('row').filter({ hasText: 'Membre bienfaiteur' });
  await expect(adult).toContainText('Non : son tarif donne une contrepartie');
  await expect(adult.getByRole('button', { name: /Émettre/ })).toHaveCount(0);
  await shot(page, '1-offered');
  const issue = patron.getByRole('button', {
    name: `Émettre le reçu fiscal de la cotisation Membre bienfaiteur ${season}`,
  });
  // Asked first, with the number it will take; « Retour » leaves the fee as it was.
  await issue.click();
  const ask = page.getByRole('dialog', { name: 'Émettre le reçu n° 2027-A-0001 ?' });
  await expect(ask).toContainText('Cotisation « Membre bienfaiteur » d’Hélène Dupré : 100,00 €.');
  await ask.getByRole('button', { name: 'Retour' }).click();
  await expect(ask).toBeHidden();
  await expect(issue).toBeFocused();
  await expect(patron.getByRole('button', { name: /^Corriger la cotisation/ })).toBeVisible();
  // From the keyboard: Entrée on the button asks, Entrée again issues.
  await page.keyboard.press('Enter');
  await expect(ask.getByRole('button', { name: 'Émettre le reçu n° 2027-A-0001' })).toBeFocused();
  await shot(page, '1-asked');
  const pdf = await saveDownload(page, downloads, () => page.keyboard.press('Enter'));
  expect(pdf.name).toBe('recu-2027-A-0001.pdf');
  const text = pdfText(pdf.path);
  expect(text).toContain('Hélène');
  expect(text).toMatch(/Dont cotisation sans contrepartie\s:\sMembre bienfaiteur du 15\/01\/2027/);
  expect(text).toMatch(/\*\*\*100,00\s€\*\*\*/);
  expect(text).toContain('cent euros');

  // Receipted, the fee is locked: no « Corriger », no « Annuler », and the reason why.
  await expect(patron).toContainText('n° 2027-A-0001');
  await expect(patron).toContainText(
    'Verrouillée par son reçu fiscal : pour la corriger, annulez d’abord le reçu.',
  );
  await expect(patron.getByRole('button', { name: /^Corriger la cotisation/ })).toHaveCount(0);
  await expect(adult.getByRole('button', { name: /^Corriger la cotisation/ })).toBeVisible();
  await shot(page, '2-locked');

  // Cancelling the receipt (its reason required) frees the fee; the number stays in the register.
  await patron.getByRole('button', { name: 'Annuler le reçu 2027-A-0001' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler le reçu 2027-A-0001' });
  await dialog.getByRole('textbox', { name: 'Motif de l’annulation' }).pressSequentially('Mauvais tarif');
  await dialog.getByRole('button', { name: 'Annuler seulement' }).click();
  await expect(dialog).toBeHidden();
  await expect(patron.getByRole('button', { name: /^Corriger la cotisation/ })).toBeVisible();
  await expect(patron.getByRole('button', { name: /^Émettre le reçu fiscal/ })).toBeVisible();
  await shot(page, '3-freed');
  await page.goto('/#/dons');
  await page.getByRole('tab', { name: 'Reçus fiscaux' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Registre des reçus' })
      .getByRole('row', { name: /2027-A-0001.*Hélène Dupré.*annulé.*Mauvais tarif/ }),
  ).toBeVisible();
});
