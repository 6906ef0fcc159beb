import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, browserToday, fillOrganisation, firstRun, signIn } from './helpers';
import { addTariff } from './seasons';
import { readCsvTable } from '@shared/import/table';
import { pdfText } from '../support/pdf-text';

/** The season containing today for a 1 Sept–31 Aug association, and the one before it. */
function seasonsAroundToday() {
  const today = browserToday();
  const year = today.month >= 9 ? today.year : today.year - 1;
  return { year, previous: `${year - 1}-${year}`, current: `${year}-${year + 1}` };
}
const { year, previous, current } = seasonsAroundToday();
const SECRETARY = { name: 'Sophie Secrétaire', password: 'registre-2026' };

const shots = join('test-results', 'cotisations');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

/** Types as a person does, key by key (a date « 05/09/2026 », an amount « 21,50 »). */
async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/** The last notice saying `text` (an earlier one may still be on screen). */
const notice = (page: Page, text: string) => page.getByText(text, { exact: true }).last();

async function pick(page: Page, combobox: string, option: string | RegExp, scope: Page | Locator = page) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

async function createPerson(page: Page, firstName: string, lastName: string): Promise<string> {
  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` })).toBeVisible();
  return page.url();
}

/** Last season (1 Sept–31 Aug) with « Adulte » at 21,50 €, then this season, tariffs copied. */
async function createTwoSeasons(page: Page) {
  await page.goto('/#/parametres/saisons');
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  let dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  await dialog.getByRole('textbox', { name: 'Nom de la saison' }).fill(previous);
  await dialog.getByRole('textbox', { name: 'Premier jour' }).fill(`01/09/${year - 1}`);
  await dialog.getByRole('textbox', { name: 'Dernier jour' }).fill(`31/08/${year}`);
  await dialog.getByRole('textbox', { name: 'Nom de la saison' }).click();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await addTariff(page, previous, { label: 'Adulte', amount: '21,50' });
  await page.getByRole('button', { name: 'Ajouter la saison suivante' }).click();
  dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  await expect(dialog.getByRole('textbox', { name: 'Nom de la saison' })).toHaveValue(current);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: current, exact: true })).toBeVisible();
}

test('a secretary records, corrects and cancels cotisations, prints a card, finds people in the list', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await firstRun(page, '/#/parametres/association');
  await fillOrganisation(page);
  await createTwoSeasons(page);

  // The administrator opens an account for the secretary, who takes the PC.
  await page.goto('/#/parametres/comptes');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(SECRETARY.name);
  await pick(page, 'Rôle', 'Secrétaire');
  await page.getByRole('textbox', { name: /^Mot de passe/ }).fill(SECRETARY.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(SECRETARY.password);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText(`Compte « ${SECRETARY.name} » créé.`)).toBeVisible();
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, SECRETARY.name, SECRETARY.password);
  await expect(page.getByText(`${SECRETARY.name} · Secrétaire`)).toBeVisible();

  const paulPage = await createPerson(page, 'Paul', 'Roux');
  const leaPage = await createPerson(page, 'Léa', 'Martin');
  const annePage = await createPerson(page, 'Anne', 'Dupont');

  // Anne paid last season: she is due for renewal.
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await pick(page, 'Saison', previous);
  await pick(page, 'Tarif', /^Adulte/);
  await pick(page, 'Moyen de paiement', 'Espèces');
  await typeInto(page.getByRole('textbox', { name: 'Payé le' }), `10/09/${year - 1}`);
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Adhésion enregistrée.')).toBeVisible();

  // Paul pays 21,50 € in cash on 5 September. 0 € first: refused, the tariff is not free.
  await page.goto(paulPage);
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await pick(page, 'Tarif', /^Adulte/);
  const amount = page.getByRole('textbox', { name: 'Montant' });
  await expect(amount).toHaveValue(/21,50/);
  await typeInto(amount, '0');
  await pick(page, 'Moyen de paiement', 'Espèces');
  const paidOn = page.getByRole('textbox', { name: 'Payé le' });
  await typeInto(paidOn, `05/09/${year}`);
  await paidOn.press('Enter');
  await expect(page.getByText('Ce tarif n’est pas gratuit')).toBeVisible();
  await shot(page, '01-zero-refused');
  await typeInto(amount, '21,50');
  await amount.press('Enter');
  await expect(notice(page, 'Adhésion enregistrée.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Adhésions' });
  await expect(table.getByRole('row').filter({ hasText: `5 septembre ${year}` })).toContainText('21,50');

  // Échap with something typed asks before throwing it away.
  await pick(page, 'Tarif', /^Adulte/);
  await amount.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'Abandonner les modifications ?' })).toBeVisible();
  await shot(page, '02-escape-asks');
  await page.getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(amount).toHaveValue('');

  // A second Adulte fee for Paul, by cheque: asked, then recorded on purpose.
  await pick(page, 'Tarif', /^Adulte/);
  await pick(page, 'Moyen de paiement', 'Chèque');
  await typeInto(page.getByRole('textbox', { name: 'Numéro du chèque' }), '0001234');
  await typeInto(paidOn, `06/09/${year}`);
  await paidOn.press('Enter');
  const second = page.getByRole('alertdialog', { name: 'Deuxième cotisation ?' });
  await expect(second).toContainText(`Paul Roux a déjà une cotisation « Adulte » pour la saison ${current}`);
  await expect(page.getByRole('button', { name: 'Ne pas enregistrer' })).toBeFocused();
  await shot(page, '03-second-cotisation');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Enregistrer quand même' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Adhésion enregistrée.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);

  // The cash one was 20 €, paid on the 4th: corrected. Échap in the calendar closes only the calendar.
  await page
    .getByRole('button', { name: `Corriger la cotisation Adulte ${current} payée le 5 septembre ${year}` })
    .click();
  const correction = page.getByRole('dialog', { name: 'Corriger la cotisation' });
  await typeInto(correction.getByRole('textbox', { name: 'Montant' }), '20');
  await correction.getByRole('button', { name: 'Choisir la date dans un calendrier' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(correction).toBeVisible();
  await expect(correction.getByRole('alertdialog')).toHaveCount(0);
  const correctedOn = correction.getByRole('textbox', { name: 'Payé le' });
  await typeInto(correctedOn, `04/09/${year}`);
  await shot(page, '04-correction');
  await correctedOn.press('Enter');
  await expect(notice(page, 'Cotisation corrigée.')).toBeVisible();
  await expect(correction).toBeHidden();
  await expect(table.getByRole('row').filter({ hasText: `4 septembre ${year}` })).toContainText('20,00');

  // The cheque was the same fee recorded twice: cancelled, with the reason.
  await page
    .getByRole('button', { name: `Annuler la cotisation Adulte ${current} payée le 6 septembre ${year}` })
    .click();
  const cancel = page.getByRole('dialog', { name: 'Annuler la cotisation' });
  await cancel.getByRole('button', { name: 'Annuler la cotisation' }).click();
  await expect(cancel.getByText('Indiquez le motif de l’annulation')).toBeVisible();
  await cancel.getByRole('textbox', { name: 'Motif de l’annulation' }).pressSequentially('Saisie en double');
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Cotisation annulée.')).toBeVisible();
  const cancelled = table.getByRole('row').filter({ hasText: `6 septembre ${year}` });
  await expect(cancelled).toContainText(/Annulée le \d{1,2}(er)? \p{L}+ \d{4}\s: Saisie en double/u);
  await expect(cancelled.getByRole('button')).toHaveCount(0);
  await shot(page, '05-corrected-and-cancelled');

  // Paul's cotisations as a file, with the columns shown (the secretary has no « Reçu fiscal »
  // column, nor any button in the file), the cancelled one saying why.
  const shown = (await table.getByRole('columnheader').allTextContents()).filter(
    (name) => name !== 'Actions',
  );
  const feesDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la liste « Adhésions »' }).click();
  await page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }).click();
  const feesFile = await feesDownload;
  expect(feesFile.suggestedFilename()).toMatch(/^adhesions-Paul-Roux-\d{4}-\d{2}-\d{2}\.csv$/);
  const feesPath = join(mkdtempSync(join(tmpdir(), 'tilleul-adhesions-')), 'adhesions.csv');
  await feesFile.saveAs(feesPath);
  const fees = readCsvTable(readFileSync(feesPath, 'utf8'));
  expect(fees.header).toEqual(shown);
  expect(fees.header).toEqual(['Saison', 'Tarif', 'Montant', 'Paiement', 'Payé le', 'Remarques']);
  expect(fees.rows).toHaveLength(2);
  const line = (paidOn: string) => fees.rows.find((row) => row.cells[4] === paidOn)?.cells ?? [];
  expect(line(`04/09/${year}`)).toEqual([current, 'Adulte', '20,00', 'Espèces', `04/09/${year}`, '']);
  expect(line(`06/09/${year}`)[3]).toMatch(/^Chèque n° \d+$/);
  expect(line(`06/09/${year}`)[5]).toMatch(/^Annulée le \d{2}\/\d{2}\/\d{4}\s:\sSaisie en double$/);
  await expect(page.getByText('À jour', { exact: true })).toBeVisible();

  // The history says what was corrected, and why the cheque was cancelled.
  await page.getByRole('tab', { name: 'Historique' }).click();
  const history = page.getByRole('table', { name: 'Historique' });
  await expect(history).toContainText(/Montant\s: 21,50\s€ → 20,00\s€/);
  await expect(history).toContainText('Saisie en double');

  // Paul's card: one PDF, named after him, read back.
  const number = (
    (await page
      .getByText(/^A-\d{4}$/)
      .first()
      .textContent()) ?? ''
  ).trim();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Imprimer la carte' }).click();
  const card = await download;
  expect(card.suggestedFilename()).toBe(`carte-${number}-Paul-Roux.pdf`);
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-carte-')), card.suggestedFilename());
  await card.saveAs(file);
  const text = pdfText(file);
  for (const expected of ['Paul Roux', number, `Saison ${current}`, 'Foyer rural de Saint-Léger']) {
    expect(text).toContain(expected);
  }

  // Léa never paid: no card, and the reason, in French.
  await page.goto(leaPage);
  await page.getByRole('button', { name: 'Imprimer la carte' }).click();
  await expect(
    page.getByText(
      `Pas de carte pour Léa Martin : « Jamais adhérent », sans cotisation pour la saison ${current}.`,
    ),
  ).toBeVisible();
  await shot(page, '06-card-refused');

  // The list: sorted by clicking the headers.
  await page.goto('/#/membres');
  const list = page.getByRole('table', { name: 'Membres' });
  const names = () =>
    list
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .getByRole('link')
      .allTextContents();
  await expect.poll(names).toEqual(['DUPONT Anne', 'MARTIN Léa', 'ROUX Paul']);
  await list.getByRole('button', { name: 'N°' }).click();
  await expect.poll(names).toEqual(['ROUX Paul', 'MARTIN Léa', 'DUPONT Anne']);
  await list.getByRole('button', { name: 'N°' }).click();
  await expect(list.getByRole('columnheader', { name: 'N°' })).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(names).toEqual(['DUPONT Anne', 'MARTIN Léa', 'ROUX Paul']);
  await list.getByRole('button', { name: 'Statut' }).click();
  await expect.poll(names).toEqual(['ROUX Paul', 'DUPONT Anne', 'MARTIN Léa']);
  await list.getByRole('button', { name: 'Nom' }).click();
  await list.getByRole('button', { name: 'Nom' }).click();
  await expect.poll(names).toEqual(['ROUX Paul', 'MARTIN Léa', 'DUPONT Anne']);
  await shot(page, '07-list-sorted');

  // A search: « Trier par » offers the best match, not « Rechercher »; Entrée opens the first.
  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await search.pressSequentially('rou');
  await page.getByRole('combobox', { name: 'Trier par' }).click();
  await expect(page.getByRole('option', { name: 'Pertinence' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Rechercher' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await pick(page, 'Statut', 'À jour');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Paul Roux' })).toBeVisible();
  expect(page.url()).toBe(paulPage);

  // Back to the list: the search, the filter and the order are still there.
  await page.getByRole('link', { name: 'Retour à la liste' }).click();
  await expect(search).toHaveValue('rou');
  await expect(page.getByRole('combobox', { name: 'Statut' })).toHaveValue('À jour');
  await expect.poll(names).toEqual(['ROUX Paul']);
  await shot(page, '08-list-kept');

  // The renewal campaign opens on last season → this season; Anne is due; the list for Excel.
  await page.goto('/#/membres/renouvellement');
  await expect(page.getByRole('combobox', { name: 'Saison précédente' })).toHaveValue(previous);
  await expect(page.getByRole('combobox', { name: 'Nouvelle saison' })).toHaveValue(current);
  await expect(page.getByRole('table', { name: 'Campagne de renouvellement' })).toContainText('Anne Dupont');
  // The box that ticks every row says so in its column header, not only to a screen reader.
  const tickAll = page
    .getByRole('table', { name: 'Campagne de renouvellement' })
    .getByRole('columnheader')
    .first();
  await expect(tickAll).toHaveText('Tout cocher');
  await expect(tickAll.getByRole('checkbox', { name: 'Tout cocher' })).toBeVisible();
  await page.getByRole('button', { name: 'Exporter la liste « Campagne de renouvellement »' }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }).click();
  const csv = readFileSync(await (await exported).path(), 'utf8');
  expect(csv.split('\r\n')).toEqual([
    '\ufeffAdhérent;Numéro;E-mail;Téléphone;Dernier tarif;Montant payé;Payé le;Nouveau montant',
    `Anne Dupont;A-0003;;;Adulte;21,50;10/09/${year - 1};21,50`,
    '',
  ]);
  // Renewing: the date is typed day first; a date that does not exist is refused, in French.
  await page.getByRole('checkbox', { name: 'Anne Dupont' }).check();
  await page.getByRole('button', { name: 'Renouveler la sélection (1)' }).click();
  const renew = page.getByRole('dialog', { name: 'Renouveler 1 adhésion' });
  await typeInto(renew.getByRole('textbox', { name: 'Payé le' }), `31/09/${year}`);
  await renew.getByRole('textbox', { name: 'Payé le' }).press('Tab');
  await expect(renew.getByRole('button', { name: 'Renouveler la sélection (1)' })).toBeDisabled();
  await shot(page, '09-renew-date');
  await typeInto(renew.getByRole('textbox', { name: 'Payé le' }), `01/10/${year}`);
  await renew.getByRole('textbox', { name: 'Payé le' }).press('Tab');
  await renew.getByRole('button', { name: 'Renouveler la sélection (1)' }).click();
  await expect(notice(page, '1 adhésion renouvelée.')).toBeVisible();
  await page.goto(annePage);
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await expect(table.getByRole('row').filter({ hasText: current })).toContainText(`1er octobre ${year}`);

  // The administrator reads in the journal who cancelled the cheque, and why.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto('/#/parametres/journal');
  const cancellation = page
    .getByRole('table', { name: 'Journal' })
    .getByRole('row')
    .filter({ hasText: SECRETARY.name })
    .filter({ hasText: 'Saisie en double' });
  await expect(cancellation).toContainText('Motif d’annulation');
  await shot(page, '10-journal');
});
