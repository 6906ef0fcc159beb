import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { recordGift } from './donation-form';
import { createDoorAccount, DOOR, newPerson } from './door';
import { fillOrganisation, firstRun, signIn } from './helpers';
import { pdfText } from '../support/pdf-text';

const shots = 'test-results/reports';
const downloads = mkdtempSync(join(tmpdir(), 'tilleul-reports-'));

/** A Mantine select chosen with the keyboard only: focus, ↓ opens, type-ahead is not used, Entrée. */
async function chooseByKeyboard(page: Page, select: Locator, option: string) {
  await select.focus();
  await page.keyboard.press('ArrowDown');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  for (let step = 0; step < 10; step++) {
    const active = listbox.locator('[data-combobox-selected]');
    if ((await active.count()) > 0 && (await active.textContent()) === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(select).toHaveValue(option);
}

const row = (table: Locator, first: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('cell', { name: first, exact: true }) });

test('the reports: members, donations year over year, attendance, their PDF; not for the door', async ({
  page,
}) => {
  test.setTimeout(570_000);
  page.setDefaultTimeout(30_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Mid-January 2027: last year's gifts are all in, this year's first one too.
  await page.clock.install({ time: new Date('2027-01-15T10:00:00+01:00') });
  // The first start creates the database: on a shared machine under load it may take a while.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 90_000,
  });
  await firstRun(page);
  await fillOrganisation(page);

  // The demo association: its seasons, tariffs, members and their fees.
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
  await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
    timeout: 240_000, // 300 people into IndexedDB on a shared, loaded machine
  });
  const upToDateText = (await page.getByTestId('figure-up-to-date').locator('p').nth(1).textContent()) ?? '';
  const upToDate = upToDateText.replace(/\D/g, '');
  expect(Number(upToDate)).toBeGreaterThan(50);

  // Two gifts either side of New Year's Eve, and an event tonight she registered to.
  await newPerson(page, 'Hélène', 'Dupré');
  await page.getByRole('tab', { name: 'Dons' }).click();
  await page.getByRole('link', { name: 'Enregistrer un don d’Hélène Dupré' }).click();
  await recordGift(page, {
    amount: '100',
    date: '31/12/2026',
    method: 'Espèces',
    campaign: 'Rénovation du lavoir',
  });
  await page.getByRole('tab', { name: 'Dons' }).click();
  await page.getByRole('link', { name: 'Enregistrer un don d’Hélène Dupré' }).click();
  await recordGift(page, {
    amount: '25,50',
    date: '01/01/2027',
    method: 'Espèces',
    campaign: 'Rénovation du lavoir',
  });

  await page.goto('/#/evenements/nouveau');
  await page.getByRole('textbox', { name: 'Titre' }).fill('Galette des rois');
  await page.getByRole('textbox', { name: 'Date', exact: true }).pressSequentially('15/01/2027');
  await page.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Galette des rois' })).toBeVisible();
  await page.getByRole('button', { name: 'Inscrire une personne' }).click();
  const register = page.getByRole('dialog', { name: 'Inscrire à « Galette des rois »' });
  await register.getByRole('searchbox', { name: 'Rechercher une personne' }).pressSequentially('dupre');
  await register.getByRole('button', { name: 'Inscrire Hélène Dupré' }).click();
  await expect(page.getByText(/Inscription d’Hélène Dupré enregistrée/)).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('/#/parametres/comptes');
  await createDoorAccount(page);

  // Rapports by the keyboard: Alt+6 for an administrator (after Dons & reçus).
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();

  // Members: the people covered this season are the dashboard's « à jour » (no later season).
  const members = page.getByRole('table', { name: /^Tableau des chiffres\s?: Membres par tarif/ });
  await expect(members.getByRole('row').last()).toContainText(/Total/);
  const totals = members.locator('tfoot th');
  await expect(totals.nth(2)).toHaveText(upToDate.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'));
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();

  // Donations of 2027 beside 2026: 1 January in January 2027, 31 December in December 2026.
  const months = page.getByRole('table', { name: /Dons par mois — 2027 comparé à 2026/ });
  await expect(row(months, 'janvier')).toContainText(/1\s*25,50\s€\s*0\s*0,00\s€/);
  await expect(row(months, 'décembre')).toContainText(/0\s*0,00\s€\s*1\s*100,00\s€/);
  const campaigns = page.getByRole('table', { name: /Dons par campagne/ });
  await expect(row(campaigns, 'Rénovation du lavoir')).toContainText(/1\s*25,50\s€\s*1\s*100,00\s€/);

  // The year switched by the keyboard: 2026 beside 2025.
  await chooseByKeyboard(page, page.getByRole('combobox', { name: 'Année des dons' }), '2026');
  const months2026 = page.getByRole('table', { name: /Dons par mois — 2026 comparé à 2025/ });
  await expect(row(months2026, 'décembre')).toContainText(/1\s*100,00\s€\s*0\s*0,00\s€/);
  await expect(months2026.locator('tfoot')).toContainText(/Total\s*1\s*100,00\s€\s*0\s*0,00\s€/);

  // Attendance: tonight's event, one registered, nobody in yet.
  const attendance = page.getByRole('table', { name: /Fréquentation par événement/ });
  await expect(row(attendance, 'Galette des rois')).toContainText(/15\/01\/2027\s*1\s*0\s*0\s*en cours/);

  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, '1-reports.png') });

  // The PDF, from the keyboard too, read back.
  const waiting = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Imprimer en PDF' }).focus();
  await page.keyboard.press('Enter');
  const file = await waiting;
  // The button, disabled while the PDF is made, has the keyboard again (it fell to the page's body).
  await expect(page.getByRole('button', { name: 'Imprimer en PDF' })).toBeFocused();
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  const text = pdfText(path).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toContain('Foyer rural de Saint-Léger');
  expect(text).toMatch(/Dons par mois — 2026 comparé à 2025/);
  expect(text).toMatch(/décembre\s+1\s+100,00 €\s+0\s+0,00 €/);
  expect(text).toMatch(/Galette des rois\s+15\/01\/2027\s+1\s+0\s+0\s+en cours/);
  expect(text).toMatch(
    new RegExp(
      `Total\\s+[\\d ]+\\s+${upToDateText.replace(/\D/g, '').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}\\s+[\\d ]+,\\d\\d €`,
    ),
  );

  // The season switched by the keyboard: the previous one's members.
  const season = page.getByRole('combobox', { name: 'Saison', exact: true });
  const current = await season.inputValue();
  await chooseByKeyboard(page, season, `${Number(current.slice(0, 4)) - 1}-${current.slice(0, 4)}`);
  await expect(page.getByRole('heading', { name: /^Membres par tarif — saison/ })).toContainText(
    `${Number(current.slice(0, 4)) - 1}-${current.slice(0, 4)}`,
  );

  // The door volunteer: no Rapports in the menu, and the address refuses.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  await expect(page).toHaveURL(/#\/entree$/);
  await expect(page.getByRole('link', { name: /Rapports/ })).toHaveCount(0);
  await page.goto('/#/rapports');
  await expect(page.getByText(/consulter les rapports/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  writeFileSync(join(shots, 'pdf.txt'), text);
});
