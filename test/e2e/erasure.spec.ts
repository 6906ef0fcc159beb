import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { firstRun, saveDownload } from './helpers';
import { readCsvTable } from '@shared/import/table';
import { addTariff } from './seasons';

const ADHESIONS = fileURLToPath(new URL('../fixtures/helloasso/adhesions-2025-2026.csv', import.meta.url));

const shots = join('test-results', 'erasure');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const downloads = mkdtempSync(join(tmpdir(), 'tilleul-erasure-'));
const notice = (page: Page, text: string | RegExp) => page.getByText(text).last();

async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
}

/** Six people with their 2025 cotisations, from the HelloAsso fixture (import.spec does the same). */
async function sixMembersOf2025(page: Page) {
  await page.goto('/#/parametres/saisons');
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  await typeInto(dialog.getByRole('textbox', { name: 'Nom de la saison' }), '2025-2026');
  await typeInto(dialog.getByRole('textbox', { name: 'Premier jour' }), '01/09/2025');
  await typeInto(dialog.getByRole('textbox', { name: 'Dernier jour' }), '31/08/2026');
  await dialog.getByRole('textbox', { name: 'Nom de la saison' }).click();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await addTariff(page, '2025-2026', { label: 'Adulte', amount: '15' });
  await addTariff(page, '2025-2026', { label: 'Enfant', amount: '8' });
  await addTariff(page, '2025-2026', { label: 'Bienfaiteur', amount: '50', noCounterpart: true });
  await page.goto('/#/membres/importer');
  await page.locator('input[type="file"]').setInputFiles(ADHESIONS);
  await page.getByRole('button', { name: 'Importer 12 documents' }).click();
  await expect(notice(page, /^Import terminé — ajouts\s:\s6 personnes, 6 cotisations\.$/)).toBeVisible({
    timeout: 30_000,
  });
}

test.describe('RGPD erasure', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  // First run (PBKDF2), a season typed, an import, on a shared 2-core machine.
  test.setTimeout(240_000);

  test('the administrator erases a person from their page, then former members in a batch', async ({
    page,
  }) => {
    await firstRun(page);
    await sixMembersOf2025(page);

    // From the person page: what is kept and why, what is removed, her name typed to confirm.
    await page.goto('/#/membres');
    await page.getByRole('link', { name: 'LEFÈVRE Élodie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Élodie Lefèvre' })).toBeVisible();
    await page.getByRole('link', { name: 'Effacer ses données (RGPD)' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Effacer les données de la fiche «\sÉlodie Lefèvre\s»$/ }),
    ).toBeVisible();
    const kept = page.getByRole('region', { name: 'Ce qui est gardé, et pourquoi' });
    await expect(kept.getByText('Aucun reçu fiscal à garder.')).toBeVisible();
    await expect(kept.getByText(/Ses cotisations \(1\) et présences \(0\) restent comptées/)).toBeVisible();
    const removed = page.getByRole('region', { name: 'Ce qui est effacé' });
    await expect(removed.getByText(/^Nom, prénom, date de naissance, e-mail/)).toBeVisible();
    await expect(
      removed.getByText(/Les valeurs de \d+ entrées du journal, remplacées par «\s\[effacé\]\s»/),
    ).toBeVisible();
    const confirm = page.getByRole('button', { name: 'Effacer définitivement' });
    await expect(confirm).toBeDisabled();
    const name = page.getByRole('textbox', { name: /Pour confirmer, tapez son nom/ });
    await name.pressSequentially('Élodie Lefèbvre');
    await expect(page.getByText('Le nom tapé ne correspond pas encore.')).toBeVisible();
    await expect(confirm).toBeDisabled();
    await shot(page, '1-confirm');
    await typeInto(name, 'élodie lefèvre');
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await expect(notice(page, /Les données d’Élodie Lefèvre ont été effacées/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Personne effacée' })).toBeVisible();
    await expect(page.getByText(/^Données effacées le /).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Effacer ses données (RGPD)' })).toHaveCount(0);
    await shot(page, '2-tombstone');

    // The journal keeps the facts, not the values: nothing of her is left in it.
    await page.goto('/#/parametres/journal');
    const journal = page.getByRole('table', { name: 'Journal' });
    await expect(journal.getByRole('row').filter({ hasText: 'Effacement RGPD' })).toHaveCount(1);
    await expect(journal.getByText(/\[effacé\]/).first()).toBeVisible();
    // Her own values are gone (her son Noé's cotisation still says who paid it: his record's text).
    await expect(journal.getByText(/12 mars 1984|06 12 34 56 78|«\s?Élodie\s?»|A-0001/)).toHaveCount(0);
    await shot(page, '3-journal');

    // The retention assistant: with 1 year, the other 2025 members are past the period.
    await page.goto('/#/parametres/donnees-personnelles');
    await expect(
      page.getByText(/ne garder les données des anciens membres et donateurs que 3 ans/),
    ).toBeVisible();
    await expect(page.getByText('Personne n’est sans contact depuis 3 ans : rien à effacer.')).toBeVisible();
    const years = page.getByRole('textbox', { name: /Proposer l’effacement après/ });
    await typeInto(years, '11');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Indiquez un nombre entier d’années, entre 1 et 10.')).toBeVisible();
    await typeInto(years, '1');
    await years.press('Enter');
    await expect(notice(page, 'Durée de conservation enregistrée.')).toBeVisible();
    await expect(
      page.getByText(/^5 anciens membres ou donateurs sans contact depuis 1 an ou plus\.$/),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: /N'Diaye Mamadou|Mamadou N'Diaye/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Personne effacée/ })).toHaveCount(0);
    // The list, for the board that decides, as a CSV French Excel opens: one line a person.
    await page.getByRole('button', { name: 'Exporter la liste « Personnes à effacer »' }).click();
    const file = await saveDownload(page, downloads, () =>
      page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }).click(),
    );
    expect(file.name).toMatch(/^personnes-a-effacer-\d{4}-\d{2}-\d{2}\.csv$/);
    const listed = readCsvTable(readFileSync(file.path, 'utf8'));
    expect(listed.header).toEqual(['Nom', 'Numéro d’adhérent', 'Dernier contact', 'Qualité']);
    expect(listed.rows).toHaveLength(5);
    for (const { cells } of listed.rows) {
      expect(cells[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(cells[3]).toBe('Ancien membre');
    }
    await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
    await shot(page, '4-assistant');
    await page.getByRole('button', { name: 'Effacer les 5 personnes sélectionnées' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer 5 personnes ?' });
    const erase = dialog.getByRole('button', { name: 'Effacer définitivement' });
    await expect(erase).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Tapez EFFACER' }).pressSequentially('EFFACER');
    await erase.click();
    await expect(notice(page, '5 personnes effacées.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Personne n’est sans contact depuis 1 an : rien à effacer.')).toBeVisible();
    await shot(page, '5-done');

    // Six tombstones: the cotisations still count, nobody's name is left.
    await page.goto('/#/membres');
    await expect(page.getByText('6 sur 6 personnes')).toBeVisible();
    await expect(page.getByText(/Lefèvre|N'Diaye|Ørsted/i)).toHaveCount(0);
  });
});
