import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, fillOrganisation, firstRun, saveDownload, signIn } from './helpers';
import { adultCotisationInCash, createDoorAccount, DOOR, newPerson, todayTyped } from './door';
import { createSeasonWithFamilyTariff } from './seasons';
import { pdfText } from '../support/pdf-text';

/**
 * Issue 16, the general assembly end to end: the office sets the quorum and the proxies, the door
 * lets the members in and sees the quorum reached live, the office prints the sheet with the
 * proxies held and the quorum on it.
 */
const shots = 'test-results/assembly';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const downloads = mkdtempSync(join(tmpdir(), 'tilleul-assembly-'));

const type = async (field: Locator, text: string) => {
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially(text, { delay: 20 });
};

/** A searchable select of the proxies section: a few letters typed, the first match taken with Entrée. */
async function pick(page: Page, label: string, letters: string, option: string) {
  const select = page.getByRole('combobox', { name: label });
  await type(select, letters);
  await expect(page.getByRole('option', { name: option })).toHaveAttribute('data-combobox-selected');
  await page.keyboard.press('Enter');
  await expect(select).toHaveValue(option);
}

const figure = (page: Page, id: string) => page.getByTestId(`quorum-${id}`);

test('a general assembly: quorum and proxies set at the office, reached live at the door, on the printed sheet', async ({
  page,
}) => {
  test.setTimeout(240_000);
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page);
  // The association's name heads the printed sheet.
  await fillOrganisation(page);
  await page.goto('/#/parametres/comptes');

  // Four members à jour (the voters), and a door account.
  await createDoorAccount(page);
  await createSeasonWithFamilyTariff(page);
  for (const [first, last] of [
    ['Paul', 'Roux'],
    ['Léa', 'Martin'],
    ['Marc', 'Petit'],
    ['Zoé', 'Bernard'],
  ] as const) {
    await newPerson(page, first, last);
    await adultCotisationInCash(page);
  }

  // The AG tonight: half the voters present or represented, one proxy per member present.
  await page.goto('/#/evenements/nouveau');
  await page.getByRole('combobox', { name: 'Genre d’événement' }).click();
  await page.getByRole('option', { name: 'Assemblée générale' }).click();
  await type(page.getByRole('textbox', { name: 'Titre' }), 'Assemblée générale 2026');
  await type(page.getByRole('textbox', { name: 'Date', exact: true }), todayTyped());
  await type(page.getByRole('textbox', { name: /^Quorum/ }), '50');
  await type(page.getByRole('textbox', { name: /^Pouvoirs par membre présent/ }), '1');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assemblée générale 2026' })).toBeVisible();
  await expect(figure(page, 'voters')).toContainText('4');
  await expect(figure(page, 'required')).toContainText('2');

  // Zoé cannot come: her proxy goes to Paul. Marc's too would be one too many for Paul.
  await pick(page, 'Membre absent qui donne son pouvoir', 'zoe', 'Zoé Bernard');
  await pick(page, 'Membre qui le détient', 'roux', 'Paul Roux');
  await page.getByRole('button', { name: 'Enregistrer le pouvoir' }).click();
  await expect(page.getByText('Pouvoir de Zoé Bernard enregistré, détenu par Paul Roux.')).toBeVisible();
  await expect(page.getByText(/ne compte pas pour l’instant/)).toBeVisible();
  await pick(page, 'Membre absent qui donne son pouvoir', 'marc', 'Marc Petit');
  await pick(page, 'Membre qui le détient', 'roux', 'Paul Roux');
  await page.getByRole('button', { name: 'Enregistrer le pouvoir' }).click();
  await expect(
    page.getByText(/^Ce membre détient déjà le nombre maximal de pouvoirs\s:\schoisissez un autre membre\.$/),
  ).toBeVisible();
  await shot(page, '01-office-proxies');

  // The door: the quorum panel beside the search, nobody in yet.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  await expect(page).toHaveURL(/#\/entree$/);
  await expect(page.getByText('Assemblée générale 2026', { exact: true })).toBeVisible();
  await expect(figure(page, 'present')).toContainText('0');
  await expect(page.getByText(/Quorum non atteint\s:\sil manque 2 membres/)).toBeVisible();
  const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
  await expect(search).toBeFocused();

  // Paul comes in holding Zoé's proxy: two votes, and the quorum is reached.
  await page.keyboard.type('roux', { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Paul Roux enregistrée.')).toBeVisible();
  await expect(figure(page, 'present')).toContainText('1');
  await expect(figure(page, 'represented')).toContainText('1');
  await expect(figure(page, 'votes')).toContainText('2');
  await expect(page.getByText(/^Quorum atteint\s:\sl’assemblée peut délibérer\.$/)).toBeVisible();
  await page.keyboard.type('lea', { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Léa Martin enregistrée.')).toBeVisible();
  await expect(figure(page, 'votes')).toContainText('3');
  await shot(page, '02-door-quorum');

  // Léa came with Marc's signed pouvoir: recorded at the door, Léa (let in last) already chosen.
  await page.getByRole('button', { name: 'Pouvoir remis à l’entrée' }).click();
  const proxyDialog = page.getByRole('dialog', { name: 'Pouvoir remis à l’entrée' });
  await expect(proxyDialog.getByRole('combobox', { name: 'Membre qui le détient' })).toHaveValue(
    'Léa Martin',
  );
  await expect(
    proxyDialog.getByRole('combobox', { name: 'Membre absent qui donne son pouvoir' }),
  ).toBeFocused();
  // Paul is here: he votes himself, no pouvoir — refused in the AG's words, nothing written.
  await pick(page, 'Membre absent qui donne son pouvoir', 'roux', 'Paul Roux');
  await proxyDialog.getByRole('button', { name: 'Enregistrer le pouvoir' }).click();
  await expect(page.getByText(/^Ce membre est présent\s:\sil vote lui-même, sans pouvoir\.$/)).toBeVisible();
  await pick(page, 'Membre absent qui donne son pouvoir', 'marc', 'Marc Petit');
  await shot(page, '03-door-proxy');
  await proxyDialog.getByRole('button', { name: 'Enregistrer le pouvoir' }).click();
  await expect(page.getByText('Pouvoir de Marc Petit enregistré, détenu par Léa Martin.')).toBeVisible();
  await expect(proxyDialog).toBeHidden();
  await expect(search).toBeFocused();
  await expect(figure(page, 'represented')).toContainText('2');
  await expect(figure(page, 'votes')).toContainText('4');

  // The office prints the sheet: the proxy held, the quorum and its outcome.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto('/#/evenements');
  await page
    .getByRole('link', { name: /Assemblée générale 2026/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assemblée générale 2026' })).toBeVisible();
  await expect(figure(page, 'votes')).toContainText('4');
  await expect(page.getByText(/ne compte pas pour l’instant/)).toHaveCount(0);
  const sheet = await saveDownload(page, downloads, () => page.keyboard.press('Alt+P'));
  const text = pdfText(sheet.path).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toContain('Assemblée générale 2026');
  expect(text).toContain('Feuille de présence de l’assemblée générale');
  // Zoé represented by Paul; Paul holds one proxy and has two votes; Léa one.
  expect(text).toMatch(/BERNARD\s+Zoé\s+À jour\s+Paul Roux\s+0/);
  expect(text).toMatch(/ROUX\s+Paul\s+À jour\s+1\s+2/);
  expect(text).toMatch(/MARTIN\s+Léa\s+À jour\s+1\s+2/);
  expect(text).toMatch(/PETIT\s+Marc\s+À jour\s+Léa Martin\s+0/);
  expect(text).toMatch(/Voix\s:\s4/);
  expect(text).toMatch(/Quorum requis\s:\s2/);
  expect(text).toMatch(/Quorum atteint\./);
});
