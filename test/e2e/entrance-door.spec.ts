import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, firstRun, signIn } from './helpers';
import { adultCotisationInCash, createDoorAccount, newPerson, todayTyped } from './door';
import { addTariff, createSeasonWithFamilyTariff } from './seasons';

const shots = 'test-results/entrance-door';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

const DOOR = { name: 'Porte 2', pin: '135790' };

const type = async (field: Locator, text: string) => {
  await field.click();
  await field.pressSequentially(text, { delay: 20 });
};

async function newEvent(
  page: Page,
  title: string,
  prices: { member: string; other: string },
  membersOnly = false,
) {
  await page.goto('/#/evenements/nouveau');
  await type(page.getByRole('textbox', { name: 'Titre' }), title);
  await type(page.getByRole('textbox', { name: 'Date', exact: true }), todayTyped());
  await type(page.getByRole('textbox', { name: 'Prix pour les adhérents' }), prices.member);
  await type(page.getByRole('textbox', { name: 'Prix pour les autres' }), prices.other);
  if (membersOnly) await page.getByRole('checkbox', { name: 'Réservé aux adhérents à jour' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('money at the door: a scanned card, fees in cash and by cheque, a cotisation, a members-only outing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, '/#/parametres/comptes');

  // The office: a door account, the season (Adulte 20 €, Réduit 10 €), Paul à jour, three others who are not.
  await createDoorAccount(page, DOOR);
  const season = await createSeasonWithFamilyTariff(page);
  await addTariff(page, season, { label: 'Réduit (moins de 18 ans)', amount: '10' });
  const paulNumber = await newPerson(page, 'Paul', 'Roux');
  await adultCotisationInCash(page);
  await newPerson(page, 'Léa', 'Martin');
  await newPerson(page, 'Marc', 'Petit');
  await newPerson(page, 'Zoé', 'Bernard');
  await newEvent(page, 'Loto du club', { member: '0', other: '5,50' });
  await newEvent(page, 'Sortie des adhérents', { member: '0', other: '0' }, true);

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  await expect(page).toHaveURL(/#\/entree$/);
  await page.getByRole('button', { name: /Loto du club/ }).click();
  const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
  await expect(search).toBeFocused();
  const results = page.getByRole('list', { name: 'Personnes trouvées' });

  // A USB scanner reads Paul's card: his number typed fast, then Entrée. A member: free, in.
  await page.keyboard.type(paulNumber, { delay: 5 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Paul Roux enregistrée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('1');

  // Léa is not a member: her card says the price; Entrée asks how she pays. A discount, typed
  // the French way, then Espèces: two taps, she is in, and the door's till says so.
  await page.keyboard.type('lea');
  await expect(results.getByRole('listitem').first()).toContainText(/Entrée 5,50\s€/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'À l’entrée : Léa Martin' });
  const amount = dialog.getByRole('textbox', { name: 'Montant (Entrée)' });
  await expect(amount).toHaveValue('5,50');
  // On the door's PC the keyboard goes on: the dialog opens in the amount, its price selected, so
  // « 4,50 » typed replaces it; Entrée (or Tab) reaches Espèces — it does not pay yet —, Entrée pays.
  await expect(amount).toBeFocused();
  await expect(dialog).toContainText('Entrée ou Tab : le moyen de paiement, puis Entrée.');
  await page.keyboard.type('4,50');
  await expect(amount).toHaveValue('4,50');
  await shot(page, '01-fee');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: /Entrée\s:\sEspèces/ })).toBeFocused();
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Léa Martin enregistrée.')).toBeVisible();
  await expect(page.getByTestId('takings-especes')).toHaveText(/Espèces\s:\s4,50\s€/);

  // Marc pays by cheque: without its number, the door is told what to do; with it, he is in.
  await page.keyboard.type('petit');
  await results.getByRole('listitem').first().click();
  const marc = page.getByRole('dialog', { name: 'À l’entrée : Marc Petit' });
  await marc.getByRole('button', { name: /Entrée\s:\sChèque/ }).click();
  await marc.getByRole('button', { name: 'Valider le chèque' }).click();
  await expect(marc.getByText('Indiquez le numéro du chèque (il figure en bas du chèque).')).toBeVisible();
  await type(marc.getByRole('textbox', { name: 'Numéro du chèque' }), '0012345');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Marc Petit enregistrée.')).toBeVisible();
  await expect(page.getByTestId('takings-cheque')).toHaveText(/Chèques\s:\s5,50\s€/);
  await expect(page.getByTestId('takings-cheques')).toHaveText(/Chèques reçus\s:\sn°\s0012345\s\(5,50\s€\)/);

  // Zoé joins at the door: the cotisation by card, and she comes in (members' price: free).
  await page.keyboard.type('zoe');
  await page.keyboard.press('Enter');
  const zoe = page.getByRole('dialog', { name: 'À l’entrée : Zoé Bernard' });
  await expect(zoe.getByText(`Adhésion ${season}`)).toBeVisible();
  await expect(zoe.getByRole('textbox', { name: 'Montant (Adhésion Adulte)' })).toHaveValue('20,00');
  // The tariffs one a line (side by side, a long one took five lines on a phone), big enough to tap.
  const [adult, reduced] = await Promise.all(
    [/^Adulte\s·/, /^Réduit \(moins de 18 ans\)\s·/].map((label) =>
      zoe.locator('label', { hasText: label }).boundingBox(),
    ),
  );
  expect(adult && reduced && reduced.y >= adult.y + adult.height - 1).toBe(true);
  expect(adult && reduced && Math.min(adult.height, reduced.height)).toBeGreaterThanOrEqual(44);
  await zoe.getByRole('button', { name: /Adhésion Adulte\s:\sCarte/ }).click();
  await expect(page.getByText('Entrée de Zoé Bernard enregistrée.')).toBeVisible();
  await expect(page.getByTestId('takings-carte')).toHaveText(/Carte\s:\s20,00\s€/);
  await expect(page.getByTestId('takings-total')).toHaveText(/Total\s:\s30,00\s€/);
  await expect(page.getByTestId('count-present')).toHaveText('4');
  await shot(page, '02-takings');

  // The members' outing: Léa is not à jour; the card says so, Entrée does not let her in.
  await page.getByRole('button', { name: 'Changer d’événement' }).click();
  await page.getByRole('button', { name: /Sortie des adhérents/ }).click();
  await expect(search).toBeFocused();
  await page.keyboard.type('lea');
  await expect(results.getByRole('listitem').first()).toContainText(/Pas à jour\s:\sréservé aux membres/);
  await page.keyboard.press('Enter');
  const outing = page.getByRole('dialog', { name: 'À l’entrée : Léa Martin' });
  await expect(outing.getByText(/Léa Martin n’est pas à jour de cotisation/)).toBeVisible();
  await expect(outing.getByRole('button', { name: /Adhésion Adulte\s:\sEspèces/ })).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await shot(page, '03-members-only');
  await outing.getByRole('button', { name: 'Faire entrer quand même (exception notée)' }).click();
  await expect(page.getByText('Entrée de Léa Martin enregistrée.')).toBeVisible();
  // Zoé, à jour since tonight's cotisation: one tap.
  await page.keyboard.type('zoe');
  await expect(results.getByRole('listitem').first()).toContainText('À jour');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Zoé Bernard enregistrée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('2');

  // The office sees the cotisation taken at the door on Zoé's record.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto('/#/membres');
  await page.getByRole('table', { name: 'Membres' }).getByRole('link', { name: 'BERNARD Zoé' }).click();
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await expect(page.getByText(/20,00\s€/).first()).toBeVisible();
  await expect(page.getByText('Carte').first()).toBeVisible();

  // The journal names that cotisation, on Zoé's check-in, by its season and tariff, never its id.
  await page.goto('/#/parametres/journal');
  const journal = page.getByRole('table', { name: 'Journal' });
  const zoeCheckIn = journal
    .getByRole('row')
    .filter({ hasText: /Zoé Bernard/ })
    .filter({ hasText: /Carte/ });
  await expect(zoeCheckIn.first()).toContainText(
    new RegExp(`Adhésion\\s:\\s(?:\\(vide\\)\\s→\\s)?${season}\\s·\\sAdulte`),
  );
  await expect(journal).not.toContainText(/Adhésion\s:\s(?:\(vide\)\s→\s)?«/);
  // The cotisation itself: whose, which season and tariff.
  await expect(journal.getByRole('row').filter({ hasText: 'Saisie : À l’entrée' }).first()).toContainText(
    `Cotisations · Zoé Bernard, ${season} · Adulte`,
  );
  // A check-in with nothing paid at the door says no « Montant : 0,00 € ».
  await expect(journal).not.toContainText(/Montant\s:\s0,00\s€/);
  await zoeCheckIn.first().scrollIntoViewIfNeeded();
  await shot(page, '04-journal');

  // And, on the outing's page, that Léa was let in as an exception.
  await page.goto('/#/evenements');
  await page.getByRole('link', { name: 'Sortie des adhérents' }).click();
  const sheet = page.getByRole('table', { name: 'Inscriptions et présences' });
  await expect(sheet.getByRole('row', { name: /Léa Martin/ })).toContainText('Entré sans être à jour');
  await expect(sheet.getByRole('row', { name: /Zoé Bernard/ })).not.toContainText('Entré sans être à jour');
});
