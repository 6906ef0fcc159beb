import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readCsvTable } from '@shared/import/table';
import { pdfText } from '../support/pdf-text';
import { newPerson, todayTyped } from './door';
import { fillOrganisation, firstRun, openOnlyPastEvent } from './helpers';
import { overlap } from './layout';
import { deName } from '@shared/format/french-elision';

const shots = 'test-results/sheets';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

test('the sheet of a loto: printed, then presence ticked from the paper with the keyboard', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page);
  await fillOrganisation(page, 'Foyer rural de Saint-Léger');
  for (const [first, last] of [
    ['Élodie', 'Durand'],
    ['Jean', 'Dupont'],
    ['Léa', 'Martin'],
  ] as const) {
    await newPerson(page, first, last);
  }

  await page.goto('/#/evenements/nouveau');
  await page.getByRole('textbox', { name: 'Titre' }).fill('Loto de printemps');
  await page.getByRole('textbox', { name: 'Lieu' }).fill('Salle des fêtes');
  await page.getByRole('textbox', { name: 'Date', exact: true }).pressSequentially(todayTyped());
  await page.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Loto de printemps' })).toBeVisible();
  await page.getByRole('button', { name: 'Inscrire une personne' }).click();
  const register = page.getByRole('dialog', { name: /Inscrire à/ });
  for (const [query, name] of [
    ['martin', 'Léa Martin'],
    ['elodie', 'Élodie Durand'],
    ['dupont', 'Jean Dupont'],
  ] as const) {
    await register.getByRole('searchbox', { name: 'Rechercher une personne' }).fill(query);
    await register.getByRole('button', { name: `Inscrire ${name}` }).click();
    const notice = page
      .locator('.mantine-Notification-root')
      .filter({ hasText: `Inscription ${deName(name)} enregistrée` });
    await expect(notice).toBeVisible();
    // The notice stays clear of the dialog: the next « Inscrire » is never under it. (Still
    // sliding in, it is further right than where it stops: no need to wait for it.)
    expect(await overlap(notice, register)).toBe(false);
  }
  await page.keyboard.press('Escape');
  await expect(register).toBeHidden();

  // The sheet, with the keyboard shortcut: a real PDF read back with pdftotext.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Alt+P');
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-sheet-')), 'emargement.pdf');
  await (await download).saveAs(file);
  await expect(page.getByText('Feuille d’émargement enregistrée.')).toBeVisible({ timeout: 30_000 });
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(file);
  expect(text).toContain('Foyer rural de Saint-Léger');
  expect(text).toContain('Feuille d’émargement');
  expect(text).toContain('Loto de printemps');
  expect(text).toContain('Salle des fêtes');
  expect(text).toMatch(/N°\s+Nom\s+Prénom\s+Statut\s+Signature/);
  // Sorted by name: Dupont, Durand, Martin, then blank numbered lines for walk-ins.
  expect(text).toMatch(/1\s+DUPONT\s+Jean[\s\S]*2\s+DURAND\s+Élodie[\s\S]*3\s+MARTIN\s+Léa[\s\S]*\b4\b/);
  expect(text).toMatch(/Personnes listées\s:\s3/);
  expect(text).toMatch(/Page 1 \/ 1/);

  // Back from the hall: the secretary ticks who signed. Line 2 (Élodie), Entrée.
  const field = page.getByRole('textbox', { name: 'Nom ou numéro de ligne' });
  await field.click();
  await page.keyboard.type('2', { delay: 30 });
  await expect(page.getByRole('option', { name: /ligne 2\s+Élodie Durand/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Présence d’Élodie Durand cochée.')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  // Part of a name, no accent, then Entrée: the field is ready for the next.
  await page.keyboard.type('mart', { delay: 30 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Présence de Léa Martin cochée.')).toBeVisible();
  await expect(page.getByText(/Présents\s:\s2 sur 3 personnes listées/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Inscriptions et présences' });
  await expect(table.getByRole('row').filter({ hasText: 'Léa Martin' })).toContainText(/à \d\d:\d\d/);
  await shot(page, 'ticked');

  // A wrong tick: undone from the button that stays on screen.
  await page.getByRole('button', { name: 'Annuler (Léa Martin)' }).click();
  await expect(page.getByText('Présence de Léa Martin décochée.')).toBeVisible();
  await expect(page.getByText(/Présents\s:\s1 sur 3 personnes listées/)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Léa Martin' })).not.toContainText(/à \d\d:\d\d/);

  // Nobody on the sheet by that name: said so, nothing ticked.
  await field.click();
  await page.keyboard.type('zorro', { delay: 30 });
  await expect(page.getByText(/Personne sur la feuille ne correspond à «\szorro\s»/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');

  // Élodie's page, « Présences »: the loto, registered, in at the time ticked; as a file too.
  await page.goto('/#/membres');
  await page.getByRole('link', { name: 'DURAND Élodie' }).click();
  await page.getByRole('tab', { name: 'Présences' }).click();
  const presence = page.getByRole('table', { name: 'Présences' });
  await expect(presence.getByRole('row').filter({ hasText: 'Loto de printemps' })).toContainText(
    /Oui\s*à \d\d:\d\d/,
  );
  const shown = await presence.getByRole('columnheader').allTextContents();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la liste « Présences »' }).click();
  await page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }).click();
  const presenceFile = await exported;
  expect(presenceFile.suggestedFilename()).toMatch(/^presences-Élodie-Durand-\d{4}-\d{2}-\d{2}\.csv$/);
  const presencePath = join(mkdtempSync(join(tmpdir(), 'tilleul-presences-')), 'presences.csv');
  await presenceFile.saveAs(presencePath);
  const csv = readCsvTable(readFileSync(presencePath, 'utf8'));
  expect(csv.header).toEqual(shown);
  expect(csv.rows.map((row) => row.cells)).toEqual([
    [todayTyped(), 'Loto de printemps', 'Oui', expect.stringMatching(/^à \d\d:\d\d$/)],
  ]);
  await shot(page, 'presence-tab');
});

test('a loto of 240 people: the long sheet drawn in the PDF worker, page for page', async ({ page }) => {
  // A ticketing export of 240 people imported (each write journalled), then a 19-page PDF.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page);
  await fillOrganisation(page, 'Foyer rural de Saint-Léger');

  // HelloAsso's ticketing export, as the fixture, with 240 participants.
  const fixture = readFileSync(
    fileURLToPath(new URL('../fixtures/helloasso/billetterie-loto-2025.csv', import.meta.url)),
    'utf8',
  ).replace(/^\uFEFF/, '');
  const [header, sample] = fixture.split(/\r\n/);
  const cells = (sample ?? '').split(';');
  const lines = Array.from({ length: 240 }, (_, i) => {
    const row = [...cells];
    row[0] = String(230_000_000 + i);
    row[3] = `Famille${String(i + 1).padStart(3, '0')}`;
    row[4] = `Invité${i + 1}`;
    row[5] = row[3];
    row[6] = row[4];
    row[7] = `invite${i + 1}@example.org`;
    row[11] = String(240_000_000 + i);
    row[16] = row[7];
    return row.join(';');
  });
  const csv = join(mkdtempSync(join(tmpdir(), 'tilleul-loto-')), 'billetterie-loto-2025.csv');
  writeFileSync(csv, `\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
  await page.goto('/#/membres/importer');
  await expect(page.getByRole('heading', { level: 1, name: 'Importer un fichier' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(csv);
  await expect(page.getByText('240 nouvelles personnes')).toBeVisible();
  await page.getByRole('button', { name: 'Importer 481 documents' }).click();
  await expect(
    page.getByText(/^Import terminé — ajouts\s:\s240 personnes, 1 événement, 240 inscriptions\.$/).last(),
  ).toBeVisible({ timeout: 120_000 });

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openOnlyPastEvent(page, /Loto 2025/);
  await expect(page.getByRole('heading', { level: 1, name: /Loto 2025/ })).toBeVisible();
  // The page gets printing ready a second after it shows: one PDF worker started from its own file.
  await expect
    .poll(() => workers.filter((url) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(url)).length)
    .toBe(1);
  await page.waitForTimeout(2000);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Alt+P');
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-sheet-')), 'emargement.pdf');
  await (await download).saveAs(file);
  await expect(page.getByText('Feuille d’émargement enregistrée.')).toBeVisible({ timeout: 30_000 });
  // Drawn by the worker, with no fallback to the page.
  expect(warnings.filter((text) => text.startsWith('PDF :'))).toEqual([]);
  const pages = pdfText(file)
    .split('\f')
    .filter((text) => text.trim() !== '');
  expect(pages.length).toBeGreaterThan(10);
  const numbered = pages.flatMap((text) =>
    [...text.matchAll(/^ *(\d+)(?: {2,}| *$)/gm)].map(([, n]) => Number(n)),
  );
  // 240 names then 24 blank lines, each once and in order, over every page.
  expect(numbered).toEqual(Array.from({ length: 264 }, (_, i) => i + 1));
  pages.forEach((text, index) => {
    expect(text).toMatch(/N°\s+Nom\s+Prénom\s+Statut\s+Signature/);
    expect(text).toContain(`Page ${index + 1} / ${pages.length}`);
  });
  expect(pages[0]).toMatch(/\b1\s+FAMILLE001\s+Invité1\b/);
  expect(pages.at(-1)).toMatch(/Personnes listées\s:\s240/);
  await shot(page, 'long-sheet');
});
