import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';
import { unzipSync } from 'fflate';
import { firstRun } from './helpers';
import { createSeason2025 } from './seasons';

const shots = join('test-results', 'import-mapping');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const notice = (page: Page, text: string | RegExp) => page.getByText(text).last();

/**
 * An association's own list, as Excel saves « CSV (séparateur : point-virgule) » on a French PC:
 * Windows-1252, no BOM, CRLF, a trailing separator. « Adr. électronique » is a column no proposal
 * recognises: the secretary maps it to E-mail with the keyboard.
 */
const MEMBERS = [
  'Civilité;Nom de famille;Prénom;Adr. électronique;CP;Ville;Date de naissance;Tarif;Cotisation;Date de paiement;Mode de paiement;Remarques;',
  'Mme;Lefèvre;Élodie;elodie.lefevre@example.org;69003;Lyon;14/07/1985;Adulte;15,00;05/09/2025;Espèces;Bénévole;',
  'M.;Lefèvre;Noé;;69003;Lyon;02/07/2015;Enfant;8;05/09/2025;Espèces;;',
  'M.;N\'Diaye;Mamadou;mamadou@example.org;;;3/4/80;Adulte;12,5;06/09/2025;Virement;"=HYPERLINK(""http://evil.example/"";""clic"")";',
  'Mme;Dupont;Marie;;;;31/02/1990;Adulte;15,00;07/09/2025;Virement;;',
].join('\r\n');

test.describe('Import of an ordinary file with a column mapping', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.setTimeout(180_000);

  test('maps the columns (one by keyboard), sees the dry run, imports; again: nothing doubles, the mapping remembered', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('adherents-2025.csv');
    writeFileSync(file, Buffer.from(MEMBERS, 'latin1'));
    await firstRun(page);
    await createSeason2025(page);

    await page.goto('/#/membres/importer');
    await page.locator('input[type="file"]').setInputFiles(file);
    const detected = page.getByLabel('Fichier reconnu');
    await expect(detected.getByText('Tableau (colonnes choisies)')).toBeVisible();
    await expect(detected.getByText('Windows-1252 (Excel)')).toBeVisible();
    await expect(detected.getByText('point-virgule')).toBeVisible();

    const mapping = page.getByRole('region', { name: 'Correspondance des colonnes' });
    await expect(
      mapping.getByText('Correspondance proposée d’après les noms des colonnes : vérifiez-la.'),
    ).toBeVisible();
    const field = (header: string) => mapping.getByLabel(`Champ de Tilleul pour la colonne « ${header} »`);
    await expect(field('Nom de famille')).toHaveValue('Nom');
    await expect(field('CP')).toHaveValue('Code postal');
    await expect(field('Cotisation')).toHaveValue(/^Cotisation\s:\smontant$/);
    await expect(field('Adr. électronique')).toHaveValue('Ignorer cette colonne');
    // Three sample values of each column, to recognise it.
    await expect(mapping.getByRole('row', { name: /^Prénom Élodie · Noé · Mamadou/ })).toBeVisible();
    await shot(page, '1-mapping');

    // By keyboard: Tab into the column's field, type, Entrée. As on a busy machine, where the
    // browser runs the keys before the page's pending timers: a list that set the option Entrée
    // takes in a timer (Mantine's Select did, on focus) took nothing, with « E-mail » highlighted.
    await page.evaluate(() => {
      const real = window.setTimeout;
      const late = ((run: () => void, delay?: number, ...rest: unknown[]) =>
        real(run, delay ? delay : 300, ...rest)) as typeof setTimeout;
      Object.assign(window, { setTimeout: late, realSetTimeout: real });
    });
    await field('Date de naissance').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(field('Adr. électronique')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('e-mail');
    // The first match highlighted; the timers of the focus have all run when Entrée is pressed.
    await expect(page.getByRole('option', { name: 'E-mail', exact: true })).toHaveAttribute(
      'data-combobox-selected',
    );
    await page.waitForTimeout(600);
    await shot(page, '1b-typed');
    await page.keyboard.press('Enter');
    await expect(field('Adr. électronique')).toHaveValue('E-mail');
    await page.evaluate(() => {
      const { realSetTimeout } = window as Window & { realSetTimeout?: typeof setTimeout };
      if (realSetTimeout) window.setTimeout = realSetTimeout;
    });
    // Typed then Échap: the field keeps its value. The arrows open the list on the current
    // choice and go on from it.
    await page.keyboard.type('zzz');
    await page.keyboard.press('Escape');
    await expect(field('Adr. électronique')).toHaveValue('E-mail');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { name: 'E-mail', exact: true })).toHaveAttribute(
      'data-combobox-selected',
    );
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { name: 'Téléphone', exact: true })).toHaveAttribute(
      'data-combobox-selected',
    );
    await shot(page, '1c-arrows');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(field('Adr. électronique')).toHaveValue('E-mail');
    await page.keyboard.press('Tab');
    await expect(field('CP')).toBeFocused();

    await mapping.getByRole('button', { name: 'Voir ce que l’import ferait' }).click();
    await expect(page.getByText('3 nouvelles personnes')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('1 ligne en erreur')).toBeVisible();
    const errors = page.getByRole('region', { name: 'Lignes à corriger' });
    await expect(
      errors.getByRole('row', { name: /^5 Marie Dupont : Date de naissance « 31\/02\/1990 » impossible/ }),
    ).toBeVisible();
    await shot(page, '2-dry-run');

    await page.getByRole('button', { name: 'Importer 6 documents' }).click();
    await expect(notice(page, /^Import terminé — ajouts\s:\s3 personnes, 3 cotisations\.$/)).toBeVisible({
      timeout: 30_000,
    });

    await page.goto('/#/membres');
    await expect(page.getByText('3 sur 3 personnes')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('row', { name: /^LEFÈVRE Élodie A-0001/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /^N'DIAYE Mamadou A-0003/ })).toBeVisible();
    await shot(page, '3-members');
    await page.getByRole('link', { name: "N'DIAYE Mamadou" }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Mamadou N'Diaye" })).toBeVisible();
    // The formula is text in the notes, never a link nor a result.
    await expect(page.getByText('=HYPERLINK("http://evil.example/";"clic")')).toBeVisible();
    await expect(page.getByRole('link', { name: 'clic' })).toHaveCount(0);
    await shot(page, '4-person');

    // The same file again: the mapping is remembered, nothing doubles.
    await page.goto('/#/membres/importer');
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(
      mapping.getByText('Correspondance reprise du dernier import d’un fichier aux mêmes colonnes.'),
    ).toBeVisible({ timeout: 30_000 });
    await expect(field('Adr. électronique')).toHaveValue('E-mail');
    await mapping.getByRole('button', { name: 'Voir ce que l’import ferait' }).click();
    await expect(page.getByText('3 lignes déjà importées')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Rien à importer : tout est déjà dans Tilleul.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Importer \d/ })).toHaveCount(0);
    await shot(page, '5-again');
    await page.goto('/#/membres');
    await expect(page.getByText('3 sur 3 personnes')).toBeVisible({ timeout: 30_000 });

    // Later, the phone numbers collected at the forum: they complete the records that lack one,
    // and only those; undone, the records are as they were.
    const phones = testInfo.outputPath('telephones.csv');
    writeFileSync(
      phones,
      'N° adhérent;Nom;Prénom;Téléphone\r\nA-0001;Lefèvre;Élodie;06 12 34 56 78\r\nA-0002;Lefèvre;Noé;06 98 76 54 32\r\n',
    );
    await page.goto('/#/membres/importer');
    await page.locator('input[type="file"]').setInputFiles(phones);
    await mapping.getByRole('button', { name: 'Voir ce que l’import ferait' }).click();
    await expect(page.getByText(/^2 personnes déjà connues \(champs vides complétés/)).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText(/2 fiches complétées/)).toBeVisible();
    await shot(page, '6-fill-dry-run');
    await page.getByRole('button', { name: 'Importer 2 documents' }).click();
    await expect(notice(page, /^Import terminé — ajouts\s:\s0 personne, 2 fiches complétées\.$/)).toBeVisible(
      {
        timeout: 30_000,
      },
    );
    const recent = page.getByRole('region', { name: 'Imports récents' });
    await page.goto('/#/membres');
    await page.getByRole('link', { name: 'LEFÈVRE Élodie' }).click();
    await expect(page.getByText('06 12 34 56 78')).toBeVisible();
    await page.getByRole('tab', { name: 'Historique' }).click();
    await expect(page.getByRole('table', { name: 'Historique' })).toContainText(
      'Champs vides complétés par un import',
    );
    await page.goto('/#/membres/importer');
    await recent.getByRole('button', { name: 'Annuler cet import' }).first().click();
    await recent.getByRole('button', { name: 'Annuler cet import' }).first().click();
    await expect(
      notice(page, /^Import annulé — suppressions\s:\s0 personne, 2 fiches remises comme avant\.$/),
    ).toBeVisible({ timeout: 30_000 });
    await page.goto('/#/membres');
    await page.getByRole('link', { name: 'LEFÈVRE Élodie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Élodie Lefèvre' })).toBeVisible();
    await expect(page.getByText('06 12 34 56 78')).toHaveCount(0);
  });

  test('an empty file, a file with no header and a binary file are refused in French', async ({
    page,
  }, testInfo) => {
    await firstRun(page);
    await page.goto('/#/membres/importer');
    // The refusal under the file picker, not the welcome notice that may still be showing.
    const choose = async (name: string, content: Buffer) => {
      const path = testInfo.outputPath(name);
      writeFileSync(path, content);
      await page.locator('input[type="file"]').setInputFiles(path);
    };
    await choose('vide.csv', Buffer.from(''));
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Le fichier est vide/);
    await choose('sans-entete.csv', Buffer.from('Dupont;Marie;12/03/1980\nMartin;Paul;01/02/1990\n'));
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/n’a pas de ligne d’en-tête/);
    await choose('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/n’est pas un tableau en texte/);
    await shot(page, '6-binary');
  });

  test('a large Excel workbook is read (it used to wait forever on a worker the policy refused)', async ({
    page,
  }, testInfo) => {
    // 6,000 members: a sheet well past fflate's 512 KB, where read-excel-file's unzip started a
    // blob: Web Worker that the app's Content-Security-Policy refuses.
    const rows = Array.from({ length: 6_000 }, (_, index) => [
      { value: `Nom${index}` },
      { value: `Prénom${index}` },
      { value: `personne${index}@example.org` },
      { value: 'Lyon' },
    ]);
    const header = ['Nom', 'Prénom', 'E-mail', 'Ville'].map((value) => ({ value }));
    const file = testInfo.outputPath('grand-fichier.xlsx');
    writeFileSync(file, await writeXlsxFile([header, ...rows]).toBuffer());
    const sheet = unzipSync(readFileSync(file))['xl/worksheets/sheet1.xml'];
    expect(sheet?.byteLength ?? 0).toBeGreaterThan(512 * 1024);

    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await firstRun(page);
    await page.goto('/#/membres/importer');
    await page.locator('input[type="file"]').setInputFiles(file);
    const detected = page.getByLabel('Fichier reconnu');
    await expect(detected.getByText('Tableau (colonnes choisies)')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Correspondance des colonnes' })).toBeVisible();
    expect(violations).toEqual([]);
    await shot(page, '7-large-xlsx');
  });
});
