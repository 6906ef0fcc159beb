import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, browserToday, fillOrganisation, firstRun, noteRecoveryCode } from './helpers';
import { rawTextLeaks, visibleText } from './raw-text';
import { addTariff } from './seasons';
import { enrol, serverForSpec } from './sync-server';
import { pdfText } from '../support/pdf-text';

/**
 * The secretary's first hour, as one story (issue 8): the first run on the association's
 * server, a season typed day first, three members typed key by key, a family, two cotisations
 * (one corrected, one cancelled), the cards, Échap inside a date picker, a conflict between two
 * PCs offline whose losing value is put back from the notice, and the history read back in
 * French. The season is the one containing today: 1 September to 31 August.
 */
const today = browserToday();
const year = today.month >= 9 ? today.year : today.year - 1;
const season = `Saison ${year}-${year + 1}`;
const BRUNO = { name: 'Bruno Bureau', password: 'bureau-2026' };

const shots = join('test-results', 'first-hour');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

/** Empties a field and types into it one key at a time, as a person does. */
async function typeKeys(field: Locator, text: string) {
  await field.click();
  await field.press('Control+a');
  await field.press('Backspace');
  await field.pressSequentially(text, { delay: 15 });
}

async function pick(page: Page, combobox: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const notice = (page: Page, text: string) => page.getByText(text, { exact: true }).last();

/** A member typed key by key from the form already open; returns the record's address. */
async function typePerson(page: Page, person: { first: string; last?: string; born: string }) {
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await page.keyboard.type(person.first, { delay: 15 });
  if (person.last) await typeKeys(page.getByRole('textbox', { name: /^Nom/ }), person.last);
  await typeKeys(page.getByRole('textbox', { name: 'Date de naissance' }), person.born);
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const name = `${person.first} ${person.last ?? 'Roux'}`;
  await expect(heading(page, name)).toBeVisible();
  return page.url();
}

const spec = serverForSpec('tilleul-e2e-first-hour-');
const { contexts } = spec;

test('the secretary’s first hour, from the first run to the history read back', async ({ browser }) => {
  test.setTimeout(300_000);
  const org = spec.org();

  // The office PC opens the app from the association's server and creates its administrator.
  const office = await browser.newContext({ baseURL: spec.server.url });
  contexts.push(office);
  const page = await office.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page);
  await enrol(page, org, 'PC du bureau', ADMIN);
  await fillOrganisation(page);

  // The season, its dates typed day first, key by key.
  await page.goto('/#/parametres/saisons');
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  await typeKeys(dialog.getByRole('textbox', { name: 'Nom de la saison' }), season);
  await typeKeys(dialog.getByRole('textbox', { name: 'Premier jour' }), `01/09/${year}`);
  await typeKeys(dialog.getByRole('textbox', { name: 'Dernier jour' }), `31/08/${year + 1}`);
  await page.keyboard.press('Tab');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`season-${season}`)).toContainText(
    `Du 1er septembre ${year} au 31 août ${year + 1}`,
  );
  await addTariff(page, season, { label: 'Adulte', amount: '20' });
  await addTariff(page, season, { label: 'Famille', amount: '45', household: true });

  // Accueil no longer offers the demo beside a real season: it would mix its tariffs in.
  await page.goto('/#/');
  await expect(page.getByText('La démonstration a besoin de ses propres saisons')).toBeVisible();

  // Three members, typed key by key; Alt+N from the list lands in the first field.
  await page.goto('/#/membres');
  await expect(heading(page, 'Membres')).toBeVisible();
  await page.keyboard.press('Alt+n');
  const paulPage = await typePerson(page, { first: 'Paul', last: 'Roux', born: '14/07/1985' });
  await expect(page.getByText('Né(e) le 14 juillet 1985')).toBeVisible();

  // His family: a household, and his son added from it (the name comes along).
  await page.getByRole('tab', { name: 'Foyer' }).click();
  await page.getByRole('button', { name: 'Créer un foyer avec cette personne' }).click();
  await expect(notice(page, 'Foyer créé.')).toBeVisible();
  await page.getByRole('link', { name: 'Ajouter une personne au foyer' }).click();
  await expect(page.getByRole('textbox', { name: /^Nom/ })).toHaveValue('Roux');
  await page.getByRole('textbox', { name: 'Prénom' }).focus();
  const leoPage = await typePerson(page, { first: 'Léo', born: '3/4/12' });
  await expect(page.getByText('Né(e) le 3 avril 2012')).toBeVisible();

  await page.goto('/#/membres');
  await page.keyboard.press('Alt+n');
  const marcPage = await typePerson(page, { first: 'Marc', last: 'Dupont', born: '02111960' });

  // The family cotisation, on Léo's page: 45 € by cheque, the date typed day first.
  await page.goto(leoPage);
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await pick(page, 'Tarif', /^Famille/);
  await pick(page, 'Moyen de paiement', 'Chèque');
  await typeKeys(page.getByRole('textbox', { name: 'Numéro du chèque' }), '0001234');
  const paidOn = page.getByRole('textbox', { name: 'Payé le' });
  await typeKeys(paidOn, `05/09/${year}`);
  await paidOn.press('Enter');
  await expect(notice(page, 'Adhésion enregistrée.')).toBeVisible();

  // It was 40 €: corrected. Échap in the calendar closes the calendar, not the correction.
  await page
    .getByRole('button', { name: `Corriger la cotisation Famille ${season} payée le 5 septembre ${year}` })
    .click();
  const correction = page.getByRole('dialog', { name: 'Corriger la cotisation' });
  await typeKeys(correction.getByRole('textbox', { name: 'Montant' }), '40');
  await correction.getByRole('button', { name: 'Choisir la date dans un calendrier' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(correction.getByRole('textbox', { name: 'Montant' })).toHaveValue(/^40/);
  await shot(page, '01-correction-after-escape');
  await correction.getByRole('textbox', { name: 'Montant' }).press('Enter');
  await expect(notice(page, 'Cotisation corrigée.')).toBeVisible();
  const memberships = page.getByRole('table', { name: 'Adhésions' });
  await expect(memberships.getByRole('row').filter({ hasText: `5 septembre ${year}` })).toContainText(
    '40,00',
  );

  // Paul is covered by the family fee: a personal one on his page is asked about first (a
  // secretary could charge him twice); Échap records nothing, Échap again abandons the form.
  await page.goto(paulPage);
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  const paulFees = page.getByRole('table', { name: 'Adhésions' }).getByRole('row');
  const paulRows = await paulFees.count();
  await pick(page, 'Tarif', /^Adulte/);
  await pick(page, 'Moyen de paiement', 'Espèces');
  await typeKeys(paidOn, `06/09/${year}`);
  await paidOn.press('Enter');
  const covered = page.getByRole('alertdialog', { name: 'Deuxième cotisation ?' });
  await expect(covered).toContainText(`a déjà une cotisation « Famille » pour la saison ${season}`);
  await expect(covered).toContainText(
    'Paul Roux est déjà à jour pour cette saison. Enregistrer quand même cette cotisation ?',
  );
  await expect(page.getByRole('button', { name: 'Ne pas enregistrer' })).toBeFocused();
  await shot(page, '01b-covered-by-family');
  await page.keyboard.press('Escape');
  await expect(covered).toBeHidden();
  await expect(paulFees).toHaveCount(paulRows);
  await paidOn.press('Escape');
  await page.getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(page.getByRole('textbox', { name: 'Montant' })).toHaveValue('');

  // Marc pays 20 € in cash, recorded by mistake: cancelled with the reason.
  await page.goto(marcPage);
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await pick(page, 'Tarif', /^Adulte/);
  await pick(page, 'Moyen de paiement', 'Espèces');
  await typeKeys(paidOn, `06/09/${year}`);
  await paidOn.press('Enter');
  await expect(notice(page, 'Adhésion enregistrée.')).toBeVisible();
  await page
    .getByRole('button', { name: `Annuler la cotisation Adulte ${season} payée le 6 septembre ${year}` })
    .click();
  const cancel = page.getByRole('dialog', { name: 'Annuler la cotisation' });
  await cancel.getByRole('textbox', { name: 'Motif de l’annulation' }).pressSequentially('Saisie par erreur');
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Cotisation annulée.')).toBeVisible();

  // Marc is not à jour: his card is refused, with the reason.
  await page.getByRole('button', { name: 'Imprimer la carte' }).click();
  await expect(page.getByText(/^Pas de carte pour Marc Dupont/)).toBeVisible();

  // The cards of those à jour: Paul and Léo, read back from the PDF.
  await page.goto('/#/membres');
  const list = page.getByRole('table', { name: 'Membres' });
  await expect(list.getByRole('row').filter({ hasText: 'ROUX Paul' }).getByText('À jour')).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: 'ROUX Léo' }).getByText('À jour')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Imprimer les cartes' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-first-hour-')), 'cartes.pdf');
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const cards = pdfText(file);
  for (const name of ['Paul Roux', 'Léo Roux', season]) {
    expect(cards).toContain(name);
  }
  expect(cards).not.toContain('Marc Dupont');
  expect(cards).not.toContain('Saison Saison');

  // A second PC joins; both lose the network and change Paul's phone.
  const laptop = await browser.newContext({ baseURL: spec.server.url });
  contexts.push(laptop);
  const second = await laptop.newPage();
  await second.setViewportSize({ width: 1280, height: 800 });
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible();
  await second.getByLabel('Votre nom').fill(BRUNO.name);
  await second.getByRole('textbox', { name: 'Mot de passe' }).fill(BRUNO.password);
  await second.getByRole('textbox', { name: 'Confirmer' }).fill(BRUNO.password);
  await second.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await noteRecoveryCode(second);
  await enrol(second, org, 'Portable', BRUNO);
  await second.goto(paulPage);
  await expect(heading(second, 'Paul Roux')).toBeVisible({ timeout: 20_000 });

  const editPhone = async (on: Page, phone: string) => {
    await on.goto(`${paulPage}/modifier`);
    await typeKeys(on.getByRole('textbox', { name: 'Téléphone', exact: true }), phone);
    await on.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(on.getByText('Fiche enregistrée.')).toBeVisible();
  };
  for (const context of [office, laptop]) await context.setOffline(true);
  await editPhone(page, '05 55 55 55 01');
  await editPhone(second, '05 55 55 55 02');
  for (const on of [page, second]) {
    await expect(on.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 10_000 });
  }
  await office.setOffline(false);
  await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  await laptop.setOffline(false);

  // The laptop sent second and met the office's number: Bruno's stands. The journal entry of
  // the conflict reaches the office PC, where Anne typed the number that lost: she sees it there
  // and puts it back; the laptop, whose value stands, shows nothing.
  const replaced = page.getByTestId('replaced-values');
  await expect(replaced).toContainText('1 modification remplacée', { timeout: 30_000 });
  await expect(second.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  await expect(second.getByTestId('replaced-values')).toHaveCount(0);
  await shot(page, '02-replaced-value-notice');
  await replaced.click();
  const card = page.getByTestId('replaced-value');
  await expect(card).toContainText('Remplacée : « 05 55 55 55 01 »');
  await expect(card).toContainText('par Anne Admin');
  await card.getByRole('button', { name: 'Remettre cette valeur' }).click();
  await expect(page.getByText(/La valeur «\s05 55 55 55 01\s» est remise/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(replaced).toHaveCount(0);
  await second.goto(paulPage);
  await expect(second.getByText('05 55 55 55 01', { exact: true })).toBeVisible({ timeout: 20_000 });
  await page.goto(paulPage);
  await expect(page.getByText('05 55 55 55 01', { exact: true })).toBeVisible();

  // The history, read back in French: who, what, before and after, no raw key or id.
  await page.getByRole('tab', { name: 'Historique' }).click();
  const history = page.getByRole('table', { name: 'Historique' });
  await expect(history).toContainText(/Téléphone\s: (\(vide\)|«\s05 55 55 55 02\s») → «\s05 55 55 55 01\s»/);
  await expect(history).toContainText('Anne Admin');
  await shot(page, '03-history-in-french');
  expect(rawTextLeaks(await visibleText(page))).toEqual([]);
  await page.goto(leoPage);
  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(page.getByRole('table', { name: 'Historique' })).toContainText(
    /Montant\s: 45,00\s€ → 40,00\s€/,
  );
  expect(rawTextLeaks(await visibleText(page))).toEqual([]);
});
