import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { ADMIN, fillOrganisation, firstRun, signIn } from './helpers';
import { newPerson, todayTyped } from './door';

/**
 * Issue 16, the cash count at the end: the door volunteer counts the till, types the espèces
 * the French way key by key, sees the difference with what the door recorded and the cheques it
 * should hold, and saves it; the office (the treasurer's side) finds the count on the event's
 * page once the event is closed, and in the sheet's PDF (read back with pdftotext).
 */
const shots = 'test-results/cash-count';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

const DOOR = { name: 'Porte 3', pin: '864200' };

const type = async (field: Locator, text: string) => {
  await field.click();
  await field.pressSequentially(text, { delay: 20 });
};

test('the door counts its till; the count reaches the closed event’s page and its sheet', async ({
  page,
}) => {
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, '/#/parametres/comptes');
  // Paramètres → Comptes: the door's account (its row is the proof; the notice may be gone).
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(DOOR.name);
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Bénévole à l’entrée' }).click();
  await page.getByRole('textbox', { name: /^Code PIN/ }).fill(DOOR.pin);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(DOOR.pin);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByRole('row', { name: /^Porte 3 Bénévole à l’entrée/ })).toBeVisible({
    timeout: 20_000,
  });
  await fillOrganisation(page);
  await newPerson(page, 'Léa', 'Martin');
  await newPerson(page, 'Marc', 'Petit');
  // Tonight's loto, started at 00:01: over by the time the office closes it.
  await page.goto('/#/evenements/nouveau');
  await type(page.getByRole('textbox', { name: 'Titre' }), 'Loto de la caisse');
  await type(page.getByRole('textbox', { name: 'Date', exact: true }), todayTyped());
  await type(page.getByRole('textbox', { name: 'Heure de début' }), '00:01');
  await type(page.getByRole('textbox', { name: 'Prix pour les autres' }), '5,50');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Loto de la caisse' })).toBeVisible();
  const eventUrl = page.url();

  // The door: Léa pays in espèces, Marc by cheque.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  await expect(page).toHaveURL(/#\/entree/);
  await expect(page.getByRole('textbox', { name: 'Nom, prénom ou numéro' })).toBeFocused({ timeout: 15_000 });
  await page.keyboard.type('lea');
  await page.keyboard.press('Enter');
  const lea = page.getByRole('dialog', { name: 'À l’entrée : Léa Martin' });
  await lea.getByRole('button', { name: /Entrée\s:\sEspèces/ }).click();
  await expect(page.getByText('Entrée de Léa Martin enregistrée.')).toBeVisible();
  await page.keyboard.type('petit');
  await page.keyboard.press('Enter');
  const marc = page.getByRole('dialog', { name: 'À l’entrée : Marc Petit' });
  await marc.getByRole('button', { name: /Entrée\s:\sChèque/ }).click();
  await type(marc.getByRole('textbox', { name: 'Numéro du chèque' }), '0012345');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Marc Petit enregistrée.')).toBeVisible();

  // The count: nothing typed is refused in French; 4,50 typed key by key is 1 € short.
  await page.getByRole('button', { name: 'Compter la caisse' }).click();
  const count = page.getByRole('dialog', { name: 'Comptage de caisse : Porte 3' });
  await expect(count.getByText(/Espèces enregistrées\s:\s5,50\s€/)).toBeVisible();
  await count.getByRole('button', { name: 'Enregistrer le comptage' }).click();
  await expect(count.getByText(/Tapez le montant des espèces comptées/)).toBeVisible();
  const counted = count.getByRole('textbox', { name: 'Espèces comptées' });
  await expect(counted).toBeFocused();
  await counted.pressSequentially('4,50', { delay: 40 });
  await expect(count.getByTestId('cash-difference')).toHaveText(
    /Écart\s:\s1,00\s€ de moins que les entrées enregistrées\./,
  );
  await expect(count.getByText(/1 chèque, 5,50\s€\s:/)).toBeVisible();
  await expect(count.getByTestId('counted-cheques')).toHaveText(/n°\s0012345\s:\s5,50\s€/);
  await shot(page, '01-count');
  await counted.press('Enter');
  await expect(page.getByText(/Comptage de caisse enregistré/)).toBeVisible();
  await expect(count).toBeHidden();
  await expect(page.getByTestId('cash-count-saved')).toHaveText(
    /Caisse comptée à \d\d:\d\d\s:\s4,50\s€ en espèces \(1,00\s€ manquant\)\./,
  );
  await expect(page.getByRole('textbox', { name: 'Nom, prénom ou numéro' })).toBeFocused();
  await shot(page, '02-saved');

  // The office closes the event: the count stays beside the sheet, on the page and in the PDF.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto(eventUrl);
  const close = page.getByRole('button', { name: 'Clôturer l’événement' });
  await close.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clôturer', exact: true }).click();
  await expect(page.getByText('Événement clôturé : la feuille est enregistrée.')).toBeVisible({
    timeout: 30_000,
  });
  const counts = page.getByTestId('cash-counts');
  await expect(counts.getByRole('heading', { name: 'Comptages de caisse' })).toBeVisible();
  await expect(counts).toContainText(
    /Porte 3, \d{1,2} \p{L}+ \d{4} à \d\d:\d\d\s:\sespèces comptées 4,50\s€, enregistrées 5,50\s€ \(1,00\s€ manquant\)\s;\schèques n°\s0012345\s:\s5,50\s€\s;\scarte 0,00\s€/u,
  );
  await counts.scrollIntoViewIfNeeded();
  await shot(page, '03-closed-page');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Alt+P');
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-cash-count-')), 'emargement.pdf');
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(file).replace(/\s+/g, ' ');
  expect(text).toMatch(/Feuille clôturée le/);
  expect(text).toMatch(
    /Comptages de caisse Porte 3, \d{1,2} \p{L}+ \d{4} à \d\d:\d\d : espèces comptées 4,50 €, enregistrées 5,50 € \(1,00 € manquant\) ; chèques n° 0012345 : 5,50 € ; carte 0,00 €/u,
  );
});
