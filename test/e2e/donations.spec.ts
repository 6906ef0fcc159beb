import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { recordGift, typeOver } from './donation-form';
import { fillOrganisation, firstRun, saveDownload } from './helpers';
import { readCsvTable } from '@shared/import/table';
import { pdfText } from '../support/pdf-text';

const shots = 'test-results/donations';
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
const downloads = mkdtempSync(join(tmpdir(), 'tilleul-receipts-'));

const download = (page: Page, button: Locator) => saveDownload(page, downloads, () => button.click());

test('a donor’s year: three gifts, the annual receipt, a cancellation and its replacement, the register', async ({
  page,
}) => {
  // Five PDFs rendered in the browser, on a loaded 2-core machine.
  test.setTimeout(300_000);
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Mid-January 2027: the treasurer issues the receipts of 2026.
  await page.clock.install({ time: new Date('2027-01-15T10:00:00+01:00') });
  await firstRun(page);
  await fillOrganisation(page);

  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Hélène');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Dupré');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hélène Dupré' })).toBeVisible();
  const heleneFile = new URL(page.url()).hash;

  // From her page: « Dons », then a gift by cheque, the amount typed the French way.
  await page.getByRole('tab', { name: 'Dons' }).click();
  await expect(page.getByText('Aucun don.')).toBeVisible();
  await page.getByRole('link', { name: 'Enregistrer un don d’Hélène Dupré' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un don' })).toBeVisible();
  await expect(page.getByTestId('donor-name')).toHaveText('Hélène Dupré');
  await recordGift(page, {
    amount: '1 250,50',
    date: '14/02/2026',
    method: 'Chèque',
    cheque: ['0012345', 'Crédit Agricole'],
    campaign: 'Rénovation du lavoir',
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Hélène Dupré' })).toBeVisible();

  // Échap with something typed asks before discarding; « Continuer la saisie » keeps it.
  await page.goto('/#/dons');
  await expect(page.getByRole('heading', { level: 1, name: 'Dons & reçus' })).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un don' })).toBeVisible();
  await typeOver(page.getByRole('textbox', { name: 'Montant' }), '80');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Abandonner les modifications ?' })).toBeVisible();
  await shot(page, '1-escape-asks');
  await page.getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(page.getByRole('textbox', { name: 'Montant' })).toHaveValue(/^80,00\s€$/);

  // The donor found with the door's search, Entrée picks her; the campaign is suggested.
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Choisissez le donateur : tapez son nom puis Entrée.')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Donateur (personne ou organisme)' });
  await search.pressSequentially('dupre', { delay: 10 });
  await search.press('Enter');
  await expect(page.getByTestId('donor-name')).toHaveText('Hélène Dupré');
  await page.getByRole('textbox', { name: 'Montant' }).clear();
  const campaign = page.getByRole('combobox', { name: 'Campagne' });
  await campaign.pressSequentially('Réno', { delay: 10 });
  await page.getByRole('option', { name: 'Rénovation du lavoir' }).click();
  await expect(campaign).toHaveValue('Rénovation du lavoir');
  await recordGift(page, { amount: '80', date: '20/06/2026', method: 'Virement' });
  await expect(page.getByRole('heading', { level: 1, name: 'Dons & reçus' })).toBeVisible();

  await page.getByRole('link', { name: 'Enregistrer un don' }).click();
  await page.getByRole('searchbox', { name: 'Donateur (personne ou organisme)' }).pressSequentially('helene');
  await page.getByRole('searchbox', { name: 'Donateur (personne ou organisme)' }).press('Enter');
  await recordGift(page, { amount: '5,50', date: '24/12/2026', method: 'Espèces' });

  // The list with its total, filtered by campaign, and the totals by campaign.
  const list = page.getByRole('table', { name: 'Dons' });
  await expect(list.getByRole('row')).toHaveCount(5);
  await expect(list.getByText(/^3 dons$/)).toBeVisible();
  await expect(list.getByText(/^1\s336,00\s€$/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Campagne' }).click();
  await page.getByRole('option', { name: 'Rénovation du lavoir' }).click();
  await expect(list.getByText(/^2 dons$/)).toBeVisible();
  await expect(list.getByText(/^1\s330,50\s€$/)).toBeVisible();
  // The segmented control's radio is hidden under its label, which is what a hand clicks.
  const byCampaign = await page.getByRole('radio', { name: 'Campagne' }).getAttribute('id');
  await page.locator(`label[for="${byCampaign}"]`).click();
  const totals = page.getByRole('table', { name: 'Totaux' });
  await expect(totals.getByRole('row', { name: /Rénovation du lavoir\s+2\s+1\s330,50\s€/ })).toBeVisible();
  await shot(page, '2-donations-list');
  // The totals as a file, grouped as shown.
  await page.getByRole('button', { name: 'Exporter la liste « Totaux »' }).click();
  const totalsFile = await download(page, page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }));
  expect(totalsFile.name).toMatch(/^totaux-des-dons-campagne-\d{4}-\d{2}-\d{2}\.csv$/);
  const totalsCsv = readCsvTable(readFileSync(totalsFile.path, 'utf8'));
  expect(totalsCsv.header).toEqual(['Campagne', 'Dons', 'Total']);
  expect(totalsCsv.rows.map((row) => row.cells)).toEqual([['Rénovation du lavoir', '2', '1330,50']]);

  // January: the annual receipts of 2026, with a progress bar, one PDF to print.
  await page.getByRole('tab', { name: 'Reçus fiscaux' }).click();
  await expect(page.getByRole('combobox', { name: 'Dons de' })).toHaveValue('2026');
  // Laid out in the app's PDF workers (pdf-worker.ts under the one policy), not in the page.
  const pdfWorkers: string[] = [];
  const warnings: string[] = [];
  page.on('worker', (worker) => pdfWorkers.push(worker.url()));
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Her file has no address, which a Cerfa must carry: nothing is numbered, and the notice says
  // what to do. Her address typed on her file, the batch can go.
  await page.getByRole('button', { name: 'Émettre les reçus 2026' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Il manque l’adresse de Hélène Dupré :' }),
  ).toContainText('un reçu fiscal porte l’adresse du donateur (rue et commune). Complétez sa fiche');
  await expect(page.getByRole('dialog', { name: 'Émettre les reçus annuels 2026 ?' })).toHaveCount(0);
  await page.goto(`/${heleneFile}`);
  await page.getByRole('link', { name: 'Modifier', exact: true }).click();
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('4 rue des Écoles');
  await page.getByRole('textbox', { name: 'Code postal' }).fill('21200');
  await page.getByRole('textbox', { name: 'Commune' }).fill('Beaune');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hélène Dupré' })).toBeVisible();
  await page.goto('/#/dons');
  await page.getByRole('tab', { name: 'Reçus fiscaux' }).click();
  await expect(page.getByRole('combobox', { name: 'Dons de' })).toHaveValue('2026');

  // A legal, gapless number is not given on one click: the batch is said first. Échap leaves it.
  await page.getByRole('button', { name: 'Émettre les reçus 2026' }).click();
  const ask = page.getByRole('dialog', { name: 'Émettre les reçus annuels 2026 ?' });
  await expect(ask).toContainText(
    'Un reçu par donateur, pour ses dons de 2026 qui n’en ont pas encore : 1 reçu, n° 2027-A-0001, 1 336,00 €.',
  );
  await expect(ask).toContainText('Un reçu émis ne se supprime pas');
  await expect(ask.getByRole('button', { name: 'Émettre le reçu' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('declaration-222bis')).toHaveText(/Reçus émis en 2027\s:\s0 reçu/);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // Asked again, Entrée issues them.
  await page.getByRole('button', { name: 'Émettre les reçus 2026' }).click();
  await expect(ask.getByRole('button', { name: 'Émettre le reçu' })).toBeFocused();
  const batch = await saveDownload(page, downloads, () => page.keyboard.press('Enter'));
  expect(batch.name).toBe('recus-2026.pdf');
  expect(pdfWorkers.filter((url) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(url)).length).toBeGreaterThan(0);
  expect(warnings.filter((text) => text.startsWith('PDF :'))).toEqual([]);
  await expect(page.getByText('1 reçu annuel 2026 émis.').first()).toBeVisible();
  const first = pdfText(batch.path);
  expect(first).toContain('2027-A-0001');
  expect(first).toContain('Dupré');
  expect(first).toContain('Hélène');
  expect(first).toMatch(/\*\*\*1\s336,00\s€\*\*\*/);
  expect(first).toContain('mille trois cent trente-six euros');
  expect(first).not.toContain('Duplicata');
  // And one PDF per receipt, in one ZIP archive.
  const archive = await download(page, page.getByRole('button', { name: 'Un PDF par reçu (archive ZIP)' }));
  expect(archive.name).toBe('recus-2026.zip');
  const files = unzipSync(readFileSync(archive.path));
  expect(Object.keys(files)).toEqual(['recu-2027-A-0001.pdf']);
  const own = join(downloads, 'recu-2027-A-0001.pdf');
  writeFileSync(own, files['recu-2027-A-0001.pdf'] as Uint8Array);
  expect(pdfText(own)).toContain('2027-A-0001');
  expect(pdfText(own)).toMatch(/\*\*\*1\s336,00\s€\*\*\*/);
  await shot(page, '3-annual-issued');

  // The gifts are now locked: the form says why and offers to cancel the receipt.
  await page.getByRole('tab', { name: 'Dons' }).click();
  await page.getByRole('link', { name: 'Voir' }).first().click();
  await expect(page.getByText('Ce don figure sur le reçu fiscal 2027-A-0001')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Montant' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Annuler le reçu 2027-A-0001' })).toBeVisible();
  await shot(page, '4-locked');
  // Échap: the cancellation dialog closes first and the form stays; Échap again leaves the
  // locked form (it has no field to hold the key).
  await page.getByRole('button', { name: 'Annuler le reçu 2027-A-0001' }).click();
  await expect(page.getByRole('dialog', { name: 'Annuler le reçu 2027-A-0001' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Ce don figure sur le reçu fiscal 2027-A-0001')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Dons & reçus' })).toBeVisible();

  // A wrong receipt: cancelled with its reason (required), and reissued with a new number.
  await page.getByRole('tab', { name: 'Reçus fiscaux' }).click();
  await page.getByRole('button', { name: 'Annuler le reçu 2027-A-0001' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler le reçu 2027-A-0001' });
  await dialog.getByRole('button', { name: 'Annuler et réémettre' }).click();
  await expect(dialog.getByText('Indiquez le motif de l’annulation.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Motif de l’annulation' }).pressSequentially('Adresse erronée');
  await shot(page, '5-cancel-reason');
  const replacement = await download(page, dialog.getByRole('button', { name: 'Annuler et réémettre' }));
  expect(replacement.name).toBe('recu-2027-A-0002.pdf');
  const second = pdfText(replacement.path);
  expect(second).toContain('2027-A-0002');
  expect(second).toContain('remplace un reçu annulé');
  expect(second).toMatch(/\*\*\*1\s336,00\s€\*\*\*/);
  await expect(dialog).toBeHidden();

  // The register: the old number stays, annulé with its reason; the 222 bis figures count one.
  const register = page.getByRole('table', { name: 'Registre des reçus' });
  await expect(
    register.getByRole('row', { name: /2027-A-0001.*Hélène Dupré.*annulé.*Adresse erronée/ }),
  ).toBeVisible();
  await expect(
    register.getByRole('row', { name: /2027-A-0002.*Hélène Dupré.*1\s336,00\s€.*émis/ }),
  ).toBeVisible();
  await expect(page.getByTestId('declaration-222bis')).toHaveText(
    /Reçus émis en 2027\s:\s1 reçu, pour un total de 1\s336,00\s€\./,
  );
  await shot(page, '6-register');

  // A reprint says « Duplicata ».
  const duplicate = await download(
    page,
    page.getByRole('button', { name: 'Réimprimer le reçu 2027-A-0002 (duplicata)' }),
  );
  expect(duplicate.name).toBe('recu-2027-A-0002-duplicata.pdf');
  expect(pdfText(duplicate.path)).toContain('DUPLICATA');

  // The register as Excel opens it on a French PC.
  const csv = await download(page, page.getByRole('button', { name: 'Exporter le registre (CSV)' }));
  expect(csv.name).toBe('registre-recus-2027.csv');
  const content = readFileSync(csv.path, 'utf8');
  expect(content.startsWith('\ufeff')).toBe(true);
  expect(content.slice(1).split('\r\n')).toEqual([
    'Numéro;Date;Donateur;Montant;Statut;Motif d’annulation',
    '2027-A-0001;15/01/2027;Hélène Dupré;1336,00;annulé;Adresse erronée',
    '2027-A-0002;15/01/2027;Hélène Dupré;1336,00;émis;',
    '',
  ]);

  // « Annuler seulement » frees the gifts; one of them then gets a receipt of its own.
  await page.getByRole('button', { name: 'Annuler le reçu 2027-A-0002' }).click();
  const again = page.getByRole('dialog', { name: 'Annuler le reçu 2027-A-0002' });
  await again.getByRole('textbox', { name: 'Motif de l’annulation' }).pressSequentially('Reçus séparés');
  await again.getByRole('button', { name: 'Annuler seulement' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByTestId('declaration-222bis')).toHaveText(/Reçus émis en 2027\s:\s0 reçu/);
  await page.getByRole('tab', { name: 'Dons' }).click();
  await page.getByRole('button', { name: 'Émettre le reçu du don d’Hélène Dupré du 24/12/2026' }).click();
  const one = page.getByRole('dialog', { name: 'Émettre le reçu n° 2027-A-0003 ?' });
  await expect(one).toContainText('Don d’Hélène Dupré du 24/12/2026 : 5,50 €.');
  await expect(one).toContainText('Son PDF est enregistré aussitôt.');
  const single = await download(page, one.getByRole('button', { name: 'Émettre le reçu n° 2027-A-0003' }));
  expect(single.name).toBe('recu-2027-A-0003.pdf');
  const text = pdfText(single.path);
  expect(text).toMatch(/\*\*\*5,50\s€\*\*\*/);
  expect(text).toContain('cinq euros et cinquante centimes');
  expect(text).toContain('24/12/2026');
  const receipted = page
    .getByRole('table', { name: 'Dons' })
    .getByRole('row', { name: /24\/12\/2026.*2027-A-0003/ });
  await expect(receipted).toBeVisible();
  // Its button gone, the keyboard is on the row's « Voir », not lost on the page.
  await expect(receipted.getByRole('link', { name: 'Voir' })).toBeFocused();

  // The journal says the treasurer's year in words: the receipts by their numbers, the donor and
  // the association as printed part by part, a cancellation's reason; no id, no « Autre
  // information ».
  await page.goto('/#/parametres/journal');
  const journal = page.getByRole('table', { name: 'Journal' });
  await expect(journal).toContainText('Reçu fiscal : (vide) → 2027-A-0003');
  await expect(journal).toContainText('Dons · Hélène Dupré, 24 décembre 2026');
  await expect(journal).toContainText('Reçus fiscaux · 2027-A-0002');
  // The first row: a change of a gift this device holds (not a creation naming its donor).
  await expect(journal.getByRole('row').nth(1)).toContainText('Dons · Hélène Dupré, 24 décembre 2026');
  await expect(journal).toContainText('Reçu fiscal : 2027-A-0001 → (vide)');
  await expect(journal).toContainText('Remplace le reçu : 2027-A-0001');
  await expect(journal).toContainText(/Donateur \(sur le reçu\) · Nom\s:\s«\s?Dupré\s?»/);
  await expect(journal).toContainText(/Association \(sur le reçu\) · Adresse · Ville\s:\s«/);
  await expect(journal).toContainText(/Annulation · Motif\s:\s\(vide\) → «\s?Reçus séparés\s?»/);
  await expect(journal).not.toContainText('Autre information');
  await shot(page, '7-journal');
});
