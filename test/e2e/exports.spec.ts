import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { readCsvTable } from '@shared/import/table';
import { personDataSchema } from '@shared/rgpd/person-data';
import { pdfText } from '../support/pdf-text';
import { firstRun } from './helpers';

const downloads = mkdtempSync(join(tmpdir(), 'tilleul-exports-'));
const shots = join('test-results', 'exports');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

/** Opens an « Exporter » menu, picks a format, and keeps the file the browser downloads. */
async function exportList(page: Page, menu: Locator, format: 'CSV (Excel)' | 'XLSX') {
  await menu.click();
  const waiting = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('menuitem', { name: `Exporter en ${format}` }).click();
  const file = await waiting;
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function typeKeys(field: Locator, text: string) {
  await field.focus();
  await field.pressSequentially(text, { delay: 10 });
}

test.describe('Exports', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.setTimeout(180_000);

  test('the secretary exports the member list and the mailing list, and opens both', async ({ page }) => {
    await firstRun(page);
    await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
    await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
      timeout: 60_000,
    });

    // A name that a spreadsheet would run as a formula.
    await page.getByRole('link', { name: 'Membres' }).click();
    await page.getByRole('link', { name: 'Nouveau membre' }).click();
    await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused({ timeout: 20_000 });
    await page.keyboard.type('Injection', { delay: 10 });
    await typeKeys(page.getByRole('textbox', { name: /^Nom/ }), '=HYPERLINK("http://evil.example";"x")');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Injection/ })).toBeVisible();

    // The list filtered on the newsletter consent, with the consent columns shown.
    await page.getByRole('link', { name: 'Membres' }).click();
    await page.getByRole('button', { name: 'Colonnes' }).click();
    await page.getByRole('checkbox', { name: 'Lettre d’information' }).check();
    await page.getByRole('checkbox', { name: 'Droit à l’image' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Consentement' }).click();
    await page.getByRole('option', { name: 'Lettre d’information acceptée' }).click();
    const count = page.getByText(/\d+ sur 301 personnes/);
    await expect(count).toBeVisible();
    const shown = Number(/^(\d+)/.exec((await count.textContent()) ?? '')?.[1]);
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(301);
    const headers = await page
      .getByRole('table', { name: 'Membres' })
      .getByRole('columnheader')
      .allTextContents();
    await shot(page, '1-members-filtered');

    const members = await exportList(
      page,
      page.getByRole('button', { name: 'Exporter la liste « Membres »' }),
      'CSV (Excel)',
    );
    await expect(page.getByText(`${shown} lignes exportées (CSV).`)).toBeVisible();
    expect(members.name).toMatch(/^membres-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(members.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readCsvTable(bytes.toString('utf8'));
    expect(csv.separator).toBe(';');
    expect(csv.errors).toEqual([]);
    // The columns shown on screen, in their order (the sort arrow aside), the name in two (« Nom »
    // as typed, « Prénom »), so that the file imports back.
    const shownHeaders = headers.map((header) => header.replace(/[▲▼]/g, '').trim());
    expect(shownHeaders[0]).toBe('Nom');
    expect(csv.header).toEqual(['Nom', 'Prénom', ...shownHeaders.slice(1)]);
    expect(csv.rows).toHaveLength(shown);
    const newsletter = csv.header.indexOf('Lettre d’information');
    expect(new Set(csv.rows.map((row) => row.cells[newsletter]))).toEqual(new Set(['Accordé']));

    // The whole list, searched for the formula: it comes out as text.
    await page.getByRole('combobox', { name: 'Consentement' }).click();
    await page.getByRole('option', { name: 'Lettre d’information non acceptée' }).click();
    await typeKeys(page.getByRole('searchbox', { name: 'Rechercher' }), 'Injection');
    await expect(page.getByText('1 sur 301 personnes')).toBeVisible();
    const one = await exportList(
      page,
      page.getByRole('button', { name: 'Exporter la liste « Membres »' }),
      'CSV (Excel)',
    );
    const injected = readCsvTable(readFileSync(one.path, 'utf8'));
    expect(injected.rows[0]?.cells.slice(0, 2)).toEqual([
      '\'=HYPERLINK("http://evil.example";"x")',
      'Injection',
    ]);

    // The mailing list of the whole file: only who accepted the newsletter, with an e-mail.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
    await page.getByRole('combobox', { name: 'Consentement' }).click();
    await page.getByRole('option', { name: 'Lettre d’information non acceptée' }).click();
    await expect(page.getByText('301 sur 301 personnes')).toBeVisible();
    await page.getByRole('button', { name: 'Exporter la liste « Liste de diffusion »' }).click();
    const hint = page.getByText(/ont accepté la lettre d’information et ont un e-mail\s:\s(\d+)/);
    await expect(hint).toBeVisible();
    const recipients = Number(/:\s(\d+)/.exec((await hint.textContent()) ?? '')?.[1]);
    await shot(page, '2-mailing-menu');
    await page.keyboard.press('Escape');
    const mailing = await exportList(
      page,
      page.getByRole('button', { name: 'Exporter la liste « Liste de diffusion »' }),
      'XLSX',
    );
    expect(mailing.name).toMatch(/^liste-de-diffusion-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [workbook] = await readXlsxFile(mailing.path);
    expect(workbook?.sheet).toBe('Liste de diffusion');
    const sheet = workbook?.data ?? [];
    expect(sheet[0]).toEqual(['E-mail', 'Nom', 'Prénom', 'Lettre acceptée le']);
    expect(sheet).toHaveLength(recipients + 1);
    const emails = sheet.slice(1).map((row) => String(row[0]).toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const row of sheet.slice(1)) expect(row[3]).toBeInstanceOf(Date);
    // Everybody in it is among those the list shows as having accepted, none of the others.
    const emailColumn = csv.header.indexOf('E-mail');
    const accepted = new Set(
      csv.rows.map((row) => (row.cells[emailColumn] ?? '').toLowerCase()).filter(Boolean),
    );
    for (const email of emails) expect(accepted.has(email), email).toBe(true);
    expect(emails.length).toBe(accepted.size);
  });

  test('the renewals and the journal come out as XLSX and as CSV, with the columns shown', async ({
    page,
  }) => {
    await firstRun(page);
    await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
    await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
      timeout: 60_000,
    });

    // The renewal campaign, last season → this one: as a workbook, then as a CSV.
    await page.goto('/#/membres/renouvellement');
    const dueText = page.getByText(/^\d+ adhésions à renouveler$/);
    await expect(dueText).toBeVisible({ timeout: 20_000 });
    const due = Number(/^(\d+)/.exec((await dueText.textContent()) ?? '')?.[1]);
    expect(due).toBeGreaterThan(0);
    const renewalsMenu = page.getByRole('button', {
      name: 'Exporter la liste « Campagne de renouvellement »',
    });
    const renewals = await exportList(page, renewalsMenu, 'XLSX');
    expect(renewals.name).toMatch(/^renouvellements-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [book] = await readXlsxFile(renewals.path);
    const sheet = book?.data ?? [];
    const header = [
      'Adhérent',
      'Numéro',
      'E-mail',
      'Téléphone',
      'Dernier tarif',
      'Montant payé',
      'Payé le',
      'Nouveau montant',
    ];
    expect(sheet[0]).toEqual(header);
    expect(sheet).toHaveLength(due + 1);
    // The holders the table shows, in its order; amounts are numbers, days are dates.
    const holders = await page
      .getByRole('table', { name: 'Campagne de renouvellement' })
      .getByRole('row')
      .locator('td:nth-child(2)')
      .allTextContents();
    expect(sheet.slice(1, holders.length + 1).map((row) => row[0])).toEqual(holders);
    for (const row of sheet.slice(1)) {
      expect(typeof row[5]).toBe('number');
      expect(row[6]).toBeInstanceOf(Date);
    }

    const csvFile = await exportList(page, renewalsMenu, 'CSV (Excel)');
    const bytes = readFileSync(csvFile.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = readCsvTable(bytes.toString('utf8'));
    expect(csv.separator).toBe(';');
    expect(csv.errors).toEqual([]);
    expect(csv.header).toEqual(header);
    expect(csv.rows).toHaveLength(due);
    const first = csv.rows[0]?.cells ?? [];
    expect(first[5]).toMatch(/^\d+,\d{2}$/);
    expect(first[6]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await shot(page, '4-renewals');

    // The seasons and their tariffs, for the treasurer's budget: one line a tariff.
    await page.goto('/#/parametres/saisons');
    const tariffsFile = await exportList(
      page,
      page.getByRole('button', { name: 'Exporter la liste « Saisons et tarifs »' }),
      'CSV (Excel)',
    );
    expect(tariffsFile.name).toMatch(/^tarifs-\d{4}-\d{2}-\d{2}\.csv$/);
    const tariffs = readCsvTable(readFileSync(tariffsFile.path, 'utf8'));
    expect(tariffs.header).toEqual([
      'Saison',
      'Premier jour',
      'Dernier jour',
      'Tarif',
      'Montant',
      'Pour',
      'Contrepartie',
      'Reçu fiscal',
      'Archivé',
    ]);
    const shownTariffs = await page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Modifier le tarif/ }) })
      .count();
    expect(tariffs.rows).toHaveLength(shownTariffs);
    const adult = tariffs.rows[0]?.cells ?? [];
    expect(adult[1]).toMatch(/^01\/09\/\d{4}$/);
    expect(adult[4]).toMatch(/^\d+,\d{2}$/);

    // The journal, where both exports are written, as a workbook.
    await page.goto('/#/parametres/journal');
    const journal = page.getByRole('table', { name: 'Journal' });
    await expect(journal).toContainText(/Fichier renouvellements-.+\.csv/, { timeout: 30_000 });
    await expect(journal).toContainText(/Fichier tarifs\.csv \(\d+ lignes\)/);
    // The whole journal comes out too, and nothing of the export trips the policy.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const whole = await exportList(
      page,
      page.getByRole('button', { name: 'Exporter la liste « Journal »' }),
      'XLSX',
    );
    const [wholeBook] = await readXlsxFile(whole.path);
    expect((wholeBook?.data ?? []).length).toBeGreaterThan(300);
    expect(violations).toEqual([]);
    // Then filtered on the exports.
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Export', exact: true }).click();
    // The two renewal files, the tariffs and the whole journal just exported.
    await expect(journal.locator('tbody tr')).toHaveCount(4);
    const onScreen = await journal.getByRole('columnheader').allTextContents();
    const entries = await journal.locator('tbody tr').count();
    const file = await exportList(
      page,
      page.getByRole('button', { name: 'Exporter la liste « Journal »' }),
      'XLSX',
    );
    expect(file.name).toMatch(/^journal-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [journalBook] = await readXlsxFile(file.path);
    const rows = journalBook?.data ?? [];
    // The screen's columns, the time beside the date.
    expect(rows[0]).toEqual([onScreen[0], 'Heure', ...onScreen.slice(1)]);
    expect(rows).toHaveLength(entries + 1);
    expect(rows.slice(1).map((row) => row[4])).toEqual(['Export', 'Export', 'Export', 'Export']);
    expect(rows.slice(1).map((row) => String(row[6]))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Fichier renouvellements-.+\.xlsx \(\d+ lignes\)$/),
        expect.stringMatching(/^Fichier renouvellements-.+\.csv \(\d+ lignes\)$/),
        expect.stringMatching(/^Fichier tarifs\.csv \(\d+ lignes\)$/),
      ]),
    );
    for (const row of rows.slice(1)) {
      expect(row[0]).toBeInstanceOf(Date);
      expect(String(row[1])).toMatch(/^\d{2}:\d{2}$/);
    }
    await shot(page, '5-journal');
  });

  test('the administrator hands a person everything Tilleul holds about them, as JSON and PDF', async ({
    page,
  }) => {
    await firstRun(page);
    await page.getByRole('link', { name: 'Membres' }).click();
    await page.getByRole('link', { name: 'Nouveau membre' }).click();
    await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused({ timeout: 20_000 });
    await page.keyboard.type('Hélène', { delay: 10 });
    await typeKeys(page.getByRole('textbox', { name: /^Nom/ }), 'Dupré');
    await typeKeys(page.getByRole('textbox', { name: 'E-mail' }), 'helene.dupre@example.org');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hélène Dupré' })).toBeVisible();

    const menu = page.getByRole('button', { name: 'Exporter ses données (RGPD)' });
    await menu.click();
    await shot(page, '3-person-data-menu');
    let waiting = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Fichier complet (JSON)' }).click();
    let file = await waiting;
    expect(file.suggestedFilename()).toMatch(/^donnees-dupre-helene-\d{4}-\d{2}-\d{2}\.json$/);
    const jsonPath = join(downloads, file.suggestedFilename());
    await file.saveAs(jsonPath);
    const data = personDataSchema.parse(JSON.parse(readFileSync(jsonPath, 'utf8')));
    expect(data.person).toMatchObject({
      firstName: 'Hélène',
      lastName: 'Dupré',
      email: 'helene.dupre@example.org',
    });
    // Its creation is in the journal, and so it is in the file.
    expect(data.audit.map((entry) => entry.action)).toContain('create');

    await menu.click();
    waiting = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Document lisible (PDF)' }).click();
    file = await waiting;
    const pdfPath = join(downloads, file.suggestedFilename());
    await file.saveAs(pdfPath);
    const text = pdfText(pdfPath);
    expect(text).toContain('Données personnelles d’Hélène Dupré');
    expect(text).toContain('helene.dupre@example.org');
    expect(text).toContain('Historique des modifications');
    expect(text).toContain('Création');
    await expect(page.getByText('Données d’Hélène Dupré enregistrées (PDF).')).toBeVisible();
  });
});
