import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readCsvTable } from '@shared/import/table';
import type { Page } from '@playwright/test';
import { createAccount, firstRun, openOnlyPastEvent, signIn } from './helpers';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { createSeason2025 } from './seasons';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/helloasso/${name}`, import.meta.url));
const ADHESIONS = fixture('adhesions-2025-2026.csv');
const PAIEMENTS = fixture('paiements-2025.csv');
const BILLETTERIE = fixture('billetterie-loto-2025.csv');

const shots = join('test-results', 'import');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
const notice = (page: Page, text: string | RegExp) => page.getByText(text).last();

async function chooseFile(page: Page, path: string) {
  await page.locator('input[type="file"]').setInputFiles(path);
}

test.describe('Import HelloAsso', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  // First run (PBKDF2) and a season with three tariffs, typed, on a shared 2-core machine.
  test.setTimeout(180_000);

  test('the secretary imports the adhésions, sees members and cotisations, imports again: nothing doubles', async ({
    page,
  }) => {
    await firstRun(page);
    await createSeason2025(page, { benefactor: true });

    await page.goto('/#/membres');
    await page.getByRole('link', { name: 'Importer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importer un fichier' })).toBeVisible();
    await chooseFile(page, ADHESIONS);

    const detected = page.getByLabel('Fichier reconnu');
    await expect(detected.getByText('Export HelloAsso des adhésions')).toBeVisible();
    await expect(detected.getByText('UTF-8 (avec BOM)')).toBeVisible();
    await expect(detected.getByText('point-virgule')).toBeVisible();
    await expect(page.getByText('6 nouvelles personnes')).toBeVisible();
    await shot(page, '1-dry-run');

    await page.getByRole('button', { name: 'Importer 12 documents' }).click();
    await expect(notice(page, /^Import terminé — ajouts\s:\s6 personnes, 6 cotisations\.$/)).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      page.getByRole('region', { name: 'Imports récents' }).getByText(/adhesions-2025-2026\.csv/),
    ).toBeVisible();
    // The file and its dry run gone, the keyboard is back on the file, for the next one.
    await expect(page.getByLabel('Fichier à importer')).toBeFocused();

    await page.goto('/#/membres');
    await expect(page.getByText('6 sur 6 personnes')).toBeVisible();
    await expect(page.getByRole('row', { name: /^LEFÈVRE Élodie A-0001/ })).toBeVisible();
    // The refunded order is recorded cancelled: Lucas was never a member.
    await expect(page.getByRole('row', { name: /^MARTIN Lucas A-0005 Jamais adhérent/ })).toBeVisible();
    await shot(page, '2-members');
    await page.getByRole('link', { name: 'LEFÈVRE Noé' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Noé Lefèvre' })).toBeVisible();
    await expect(page.getByText(/Droit à l’image\s:\sAccordé le 5 septembre 2025/)).toBeVisible();
    await page.getByRole('tab', { name: 'Adhésions' }).click();
    await expect(
      page
        .getByRole('tabpanel', { name: 'Adhésions' })
        .getByText(/Enfant/)
        .first(),
    ).toBeVisible();
    await shot(page, '3-person');

    // The same file again: everything already there, nothing to import.
    await page.goto('/#/membres/importer');
    await chooseFile(page, ADHESIONS);
    await expect(page.getByText('6 lignes déjà importées')).toBeVisible();
    await expect(page.getByText('Rien à importer : tout est déjà dans Tilleul.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Importer \d/ })).toHaveCount(0);
    await shot(page, '4-again');

    // The payments: the « Adhésion » payment is never a second cotisation.
    await chooseFile(page, PAIEMENTS);
    await expect(
      page.getByLabel('Fichier reconnu').getByText('Export HelloAsso des paiements'),
    ).toBeVisible();
    const skipped = page.getByRole('region', { name: 'Lignes ignorées' });
    await expect(
      skipped.getByRole('row', {
        name: /^2 Élodie Lefèvre : paiement d’adhésion .*jamais une seconde cotisation/,
      }),
    ).toBeVisible();
    await shot(page, '5-payments');

    // Undone as a whole.
    const recent = page.getByRole('region', { name: 'Imports récents' });
    await recent.getByRole('button', { name: 'Annuler cet import' }).click();
    await expect(recent.getByText(/sera supprimé/)).toBeVisible();
    await recent.getByRole('button', { name: 'Annuler cet import' }).click();
    await expect(notice(page, /^Import annulé — suppressions\s:\s6 personnes, 6 cotisations\.$/)).toBeVisible(
      { timeout: 30_000 },
    );
    await expect(recent.getByText('Annulé', { exact: true })).toBeVisible();
    // Its buttons gone, the keyboard stays on the line.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /adhesions-2025-2026\.csv/,
    );
    // The imports as a file: when, which file and what it added, by whom, undone or not.
    const importsDownload = page.waitForEvent('download');
    await recent.getByRole('button', { name: 'Exporter la liste « Imports »' }).click();
    await page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }).click();
    const importsFile = await importsDownload;
    expect(importsFile.suggestedFilename()).toMatch(/^imports-\d{4}-\d{2}-\d{2}\.csv$/);
    const importsPath = join(shots, 'imports.csv');
    await importsFile.saveAs(importsPath);
    const imports = readCsvTable(readFileSync(importsPath, 'utf8'));
    expect(imports.header).toEqual(['Date', 'Heure', 'Fichier et ajouts', 'Par', 'État']);
    expect(imports.rows).toHaveLength(1);
    expect(imports.rows[0]?.cells[0]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(imports.rows[0]?.cells[2]).toMatch(/adhesions-2025-2026\.csv/);
    expect(imports.rows[0]?.cells.slice(3)).toEqual(['Anne Admin', 'Annulé']);
    // The journal names the import a record came from by when it was applied, never by its id.
    await page.goto('/#/parametres/journal');
    const journal = page.getByRole('table', { name: 'Journal' });
    await expect(journal).toContainText(/Import\s:\sImport du \d+ \S+ \d{4} à \d\d:\d\d/);
    await expect(journal).not.toContainText(/Import\s:\s(«|Un import)/);
    // The import and its undo in words; the people it created named, though deleted since.
    await expect(journal).toContainText(/adhesions-2025-2026\.csv .*: 6 personnes, 6 cotisations/);
    await expect(journal).toContainText('Import annulé — 6 personnes, 6 cotisations supprimés');
    await expect(journal).toContainText('Personnes · Élodie Lefèvre');
    // Their cotisations' holder, deleted with the import: said so, not as an id.
    await expect(journal).toContainText('Adhérent : (introuvable sur cet appareil)');
    await expect(journal).not.toContainText('Autre détail');
    await page.goto('/#/membres');
    await expect(page.getByText('0 sur 0 personnes')).toBeVisible();

    // Imported again: the removed people's numbers, maybe on cards already, are never given again.
    await page.goto('/#/membres/importer');
    await chooseFile(page, ADHESIONS);
    await page.getByRole('button', { name: 'Importer 12 documents' }).click();
    await expect(notice(page, /^Import terminé — ajouts\s:\s6 personnes, 6 cotisations\.$/)).toBeVisible({
      timeout: 30_000,
    });
    await page.goto('/#/membres');
    await expect(page.getByRole('row', { name: /^LEFÈVRE Élodie A-0007/ })).toBeVisible();
  });

  test('a file in error shows each row’s line and reason before anything is written', async ({ page }) => {
    await firstRun(page);
    await createSeason2025(page, { benefactor: true });
    await page.goto('/#/membres/importer');
    const bad = join(shots, 'adhesions-erreurs.csv');
    writeFileSync(
      bad,
      [
        'Référence commande;Date de la commande;Statut de la commande;Nom adhérent;Prénom adhérent;Nom payeur;Prénom payeur;Email payeur;Tarif;Montant tarif',
        '1;05/09/2025 10:00;Validé;Roy;Léa;Roy;Léa;lea@example.org;Adhésion adulte;15,00',
        '2;31/02/2025 10:00;Validé;Roy;Paul;Roy;Léa;;Adhésion adulte;15,00',
        '3;05/09/2025 10:00;Validé;Roy;Zoé;Roy;Léa;;Adhésion judo;15,00',
      ].join('\r\n'),
    );
    await chooseFile(page, bad);
    const errors = page.getByRole('region', { name: 'Lignes à corriger' });
    await expect(errors.getByRole('row', { name: /^3 date « 31\/02\/2025 10:00 » illisible/ })).toBeVisible();
    await expect(
      errors.getByRole('row', { name: /^4 .*le tarif « Adhésion judo » n’existe pas/ }),
    ).toBeVisible();
    await expect(page.getByText('1 nouvelle personne')).toBeVisible();
    await expect(page.getByText('2 lignes en erreur')).toBeVisible();
    // The administrator adds seasons and tariffs: nobody to ask.
    await expect(page.getByText(/^Seul un administrateur peut ajouter/)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'HelloAsso' })).toContainText(
      'ou reliez cet appareil au serveur',
    );
    await shot(page, '6-errors');

    // The same adhésions saved as an Excel workbook: read into the same rows.
    const rows = Papa.parse<string[]>(readFileSync(ADHESIONS, 'utf8').replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    const workbook = join(shots, 'adhesions.xlsx');
    writeFileSync(
      workbook,
      await writeXlsxFile(rows.map((row) => row.map((value) => ({ value })))).toBuffer(),
    );
    await chooseFile(page, workbook);
    await expect(page.getByLabel('Fichier reconnu').getByText('Classeur Excel (.xlsx)')).toBeVisible();
    await expect(page.getByText('6 nouvelles personnes')).toBeVisible();
    await shot(page, '7-xlsx');

    // The secretary may import but not add a tariff (Paramètres is read-only to her): the rows
    // that need one say so, and she is told whom to ask.
    await createAccount(page, { name: 'Sophie Secrétaire', role: 'Secrétaire', password: 'secretaire-2026' });
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await signIn(page, 'Sophie Secrétaire', 'secretaire-2026');
    await expect(page.getByText('Sophie Secrétaire · Secrétaire')).toBeVisible({ timeout: 20_000 });
    await page.goto('/#/membres/importer');
    await chooseFile(page, bad);
    await expect(page.getByText('2 lignes en erreur')).toBeVisible();
    await expect(page.getByRole('note')).toHaveText(
      'Seul un administrateur peut ajouter une saison ou un tarif (Paramètres → Saisons et tarifs) : montrez-lui les lignes ci-dessous. Une fois fait, importez de nouveau ce fichier : ce qui est déjà importé ne sera pas repris en double.',
    );
    await shot(page, '8-secretary-asks');
    // Enrolling the device is not hers either: both the HelloAsso panel and the sync popover say who may.
    await expect(page.getByRole('region', { name: 'HelloAsso' })).toContainText(
      'demandez à un administrateur de relier cet appareil au serveur',
    );
    await page.getByTestId('sync-status').click();
    await expect(
      page.getByText(/un administrateur peut l’inscrire \(Paramètres → Synchronisation\)/),
    ).toBeVisible();
  });

  test('the treasurer’s HelloAsso ticketing and payments: registrations and donations, imported again, nothing doubles', async ({
    page,
  }) => {
    // Two imports and two re-imports, each journalled, on a shared 2-core machine.
    test.setTimeout(300_000);
    await firstRun(page);
    await page.goto('/#/membres/importer');

    // Ticketing: the event is named after the file; Tilleul has none, so the import creates it.
    await chooseFile(page, BILLETTERIE);
    await expect(
      page.getByLabel('Fichier reconnu').getByText('Export HelloAsso de la billetterie'),
    ).toBeVisible();
    await expect(page.getByText('3 nouvelles personnes')).toBeVisible();
    // The pending order is one of the lines ignored: under them, not beside as a second line.
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: /^1 ligne ignorée/ })
        .getByRole('listitem')
        .filter({ hasText: '1 commande en attente (non importée)' }),
    ).toBeVisible();
    await expect(page.getByTestId('import-event')).toHaveText(
      /^Événement\s«\sLoto 2025\s»\scréé au 13 novembre 2025 \(jour de la dernière commande\)/,
    );
    await expect(page.getByText(/^À ajouter\s:\s3 personnes, 1 événement, 3 inscriptions\.$/)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Lignes ignorées' })
        .getByRole('row', { name: /^5 Hugo Petit : commande en attente/ }),
    ).toBeVisible();
    await shot(page, '8-ticketing-dry-run');
    await page.getByRole('button', { name: 'Importer 7 documents' }).click();
    // Seven writes, each journalled, on a shared 2-core machine.
    await expect(
      notice(page, /^Import terminé — ajouts\s:\s3 personnes, 1 événement, 3 inscriptions\.$/),
    ).toBeVisible({ timeout: 30_000 });
    // The journal's line names only what was added; the event created is one click away.
    const recent = page.getByRole('region', { name: 'Imports récents' });
    await expect(recent).toContainText(
      'billetterie-loto-2025.csv (Export HelloAsso de la billetterie) : 3 personnes, 3 inscriptions, 1 événement',
    );
    await recent.getByRole('link', { name: 'Ouvrir l’événement « Loto 2025 » du 13 novembre 2025' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Loto 2025' })).toBeVisible();
    await page.goBack();

    // Payments: the donations (a « Don » campaign, one paid by cheque « Hors Ligne »), the
    // refunded payment counted and left out, the « Adhésion » payment never a cotisation.
    await chooseFile(page, PAIEMENTS);
    await expect(page.getByText('2 nouvelles personnes')).toBeVisible();
    await expect(page.getByText('1 commande remboursée (non importée)')).toBeVisible();
    await expect(page.getByText(/^À ajouter\s:\s2 personnes, 2 dons\.$/)).toBeVisible();
    await shot(page, '9-payments-dry-run');
    await page.getByRole('button', { name: 'Importer 4 documents' }).click();
    await expect(notice(page, /^Import terminé — ajouts\s:\s2 personnes, 2 dons\.$/)).toBeVisible({
      timeout: 30_000,
    });

    // Both again: everything already there.
    await chooseFile(page, BILLETTERIE);
    await expect(page.getByText('3 lignes déjà importées')).toBeVisible();
    await expect(page.getByTestId('import-event')).toHaveText(/^Inscriptions à l’événement\s«\sLoto 2025\s»/);
    await expect(page.getByText('Rien à importer : tout est déjà dans Tilleul.')).toBeVisible();
    await chooseFile(page, PAIEMENTS);
    await expect(page.getByText('2 lignes déjà importées')).toBeVisible();
    await expect(page.getByText('Rien à importer : tout est déjà dans Tilleul.')).toBeVisible();
    await shot(page, '10-again');

    // The registrations on the event's page, once each.
    await openOnlyPastEvent(page, /Loto 2025/);
    const attendance = page.getByRole('table', { name: 'Inscriptions et présences' });
    for (const name of [/Élodie Lefèvre/, /Noé Lefèvre/, /Chloé Bernard/])
      await expect(attendance.getByRole('row', { name })).toHaveCount(1);
    await expect(attendance.getByRole('row', { name: /Hugo Petit/ })).toHaveCount(0);
    await shot(page, '11-event');

    // The donations, once each.
    await page.goto('/#/dons');
    const list = page.getByRole('table', { name: 'Dons' });
    await expect(list.getByText(/^2 dons$/)).toBeVisible();
    await expect(list.getByText(/^170,00\s€$/)).toBeVisible();
    await expect(list.getByRole('row', { name: /Bernadette Rousseau.*120,00\s€/ })).toHaveCount(1);
    await expect(list.getByRole('row', { name: /Jean-Pierre Faure.*50,00\s€/ })).toHaveCount(1);
    await shot(page, '12-donations');
  });
});
