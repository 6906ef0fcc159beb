import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { chequeGift, typeOver } from './donation-form';
import { newPerson } from './door';
import { ADMIN, fillOrganisation, firstRun, signIn, saveDownload } from './helpers';
import { addTariff } from './seasons';
import { pdfText } from '../support/pdf-text';

// The database and a PDF rendered in the browser, on a loaded 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const shots = 'test-results/deposits';
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
const downloads = mkdtempSync(join(tmpdir(), 'tilleul-deposits-'));
/** pdftotext keeps Intl's narrow and plain no-break spaces: read as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const download = (page: Page, start: () => Promise<unknown>) => saveDownload(page, downloads, start);

test('two gifts and a cotisation by cheque, ticked with the keyboard into a slip, printed, undone, deposited', async ({
  page,
}) => {
  // Four PDFs and a dozen forms on a 2-core machine shared with other runs (load above 20).
  test.setTimeout(600_000);
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.install({ time: new Date('2026-03-10T10:00:00+01:00') });
  // The first start creates the database: on a loaded machine, longer than firstRun waits.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 60_000,
  });
  await firstRun(page);
  await fillOrganisation(page);
  await page.goto('/#/parametres/saisons');
  await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
  const seasonDialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
  const season = await seasonDialog.getByRole('textbox', { name: 'Nom de la saison' }).inputValue();
  await seasonDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(seasonDialog).toBeHidden();
  await addTariff(page, season, { label: 'Adulte', amount: '20' });

  await newPerson(page, 'Hélène', 'Dupré');
  await chequeGift(page, 'Hélène Dupré', '1 250,50', '02/03/2026', ['0012345', 'Crédit Agricole']);
  await newPerson(page, 'Paul', 'Roux');
  await chequeGift(page, 'Paul Roux', '80', '05/03/2026', ['0098765', 'La Banque Postale']);
  // Back on Paul's page after the gift: his cotisation, by cheque.
  await expect(page.getByRole('heading', { level: 1, name: 'Paul Roux' })).toBeVisible();
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await page.getByRole('combobox', { name: 'Tarif' }).click();
  await page.getByRole('option', { name: /^Adulte/ }).click();
  await page.getByRole('combobox', { name: 'Moyen de paiement' }).click();
  await page.getByRole('option', { name: 'Chèque' }).click();
  await typeOver(page.getByRole('textbox', { name: 'Numéro du chèque' }), '0004567');
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Adhésion enregistrée.').last()).toBeVisible();

  // Dons & reçus → Remises de chèques: the three cheques, oldest first.
  await page.goto('/#/dons');
  await page.getByRole('tab', { name: 'Remises de chèques' }).click();
  const toDeposit = page.getByTestId('cheques-to-deposit');
  await expect(toDeposit.getByRole('row')).toHaveCount(4);
  await expect(toDeposit.getByRole('row').nth(1)).toContainText(
    /Hélène Dupré\s*Crédit Agricole\s*0012345\s*1\s250,50\s€/,
  );
  await expect(toDeposit.getByRole('row').nth(2)).toContainText(/Paul Roux\s*La Banque Postale\s*0098765/);
  await expect(toDeposit.getByRole('row').nth(3)).toContainText(
    /Paul Roux\s*0004567\s*20,00\s€.*Cotisation — Adulte/,
  );
  await shot(page, '1-to-deposit');

  // Keyboard only: the first cheque's box, Espace, Tab to the next, Espace, and so on.
  await page.getByRole('checkbox', { name: 'Remettre le chèque 0012345 d’Hélène Dupré' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByText(/^3 chèques cochés · 1\s350,50\s€$/)).toBeVisible();
  // The cotisation's cheque was recorded without its bank: Tab reaches its field, typed in hand.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Banque du chèque 0004567 de Paul Roux' })).toBeFocused();
  await page.keyboard.type('CIC Ouest');
  // The slip's date is today's; the account is typed, Entrée prepares the slip.
  await expect(page.getByRole('textbox', { name: 'Date du bordereau' })).toHaveValue('10/03/2026');
  // The slip's form stays in sight at the window's bottom however long the list (a low window
  // here, three cheques being short), with the count and total ticked.
  await page.setViewportSize({ width: 1280, height: 460 });
  const slipForm = page.getByRole('form', { name: 'Préparer le bordereau (Alt+B)' });
  await expect(slipForm).toContainText(/3 chèques cochés · 1\s350,50\s€/);
  await expect
    .poll(async () => {
      const box = await slipForm.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 460;
    })
    .toBe(true);
  await shot(page, '2-low-window');
  await page.setViewportSize({ width: 1280, height: 800 });
  // Alt+B from the list: the slip's first field (its date), then Tab to the account.
  await page.keyboard.press('Alt+b');
  await expect(page.getByRole('textbox', { name: 'Date du bordereau' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Compte crédité' })).toBeFocused();
  await page.keyboard.type('Crédit Mutuel FR76 1027 8021');
  await shot(page, '2-ticked');
  const first = await download(page, () => page.keyboard.press('Enter'));
  expect(first.name).toBe('bordereau-2026-A-0001.pdf');
  await expect(page.getByText(/^Bordereau 2026-A-0001 préparé\s:\s3 chèques, 1\s350,50\s€\.$/)).toBeVisible();
  await expect(page.getByText('Aucun chèque à remettre.')).toBeVisible();
  const text = plain(pdfText(first.path));
  expect(text).toContain('Foyer rural de Saint-Léger');
  expect(text).toContain('Bordereau de remise de chèques n° 2026-A-0001');
  expect(text).toContain('Compte crédité : Crédit Mutuel FR76 1027 8021');
  expect(text).toContain('Préparé par : Anne Admin');
  expect(text).toMatch(/1\s+Hélène Dupré\s+Crédit Agricole\s+0012345\s+02\/03\/2026\s+1 250,50 €/);
  expect(text).toMatch(/2\s+Paul Roux\s+La Banque Postale\s+0098765\s+05\/03\/2026\s+80,00 €/);
  expect(text).toMatch(/3\s+Paul Roux\s+CIC Ouest\s+0004567\s+\d\d\/\d\d\/2026\s+20,00 €/);
  expect(text).toMatch(/Nombre de chèques : 3\s+Total des chèques\s+1 350,50 €/);
  expect(text).toMatch(/Total remis\s+1 350,50 €/);
  await shot(page, '3-prepared');

  // Undone before reaching the bank: the cheques come back; ticked again (all at once), same number.
  const slips = page.getByTestId('deposit-slips');
  await page.getByRole('button', { name: 'Défaire le bordereau 2026-A-0001' }).click();
  await expect(page.getByText(/^Bordereau 2026-A-0001 défait/)).toBeVisible();
  await expect(toDeposit.getByRole('row')).toHaveCount(4);
  await expect(page.getByText('Aucun bordereau.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Tout cocher' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^3 chèques cochés · 1\s350,50\s€$/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Compte crédité' })).toHaveValue(
    'Crédit Mutuel FR76 1027 8021',
  );
  const again = await download(page, () =>
    page.getByRole('button', { name: 'Préparer le bordereau' }).click(),
  );
  expect(again.name).toBe('bordereau-2026-A-0001.pdf');
  await expect(page.getByText('Aucun chèque à remettre.')).toBeVisible();

  // Handed to the bank: marked, it neither undoes nor lists its cheques again.
  await page.getByRole('button', { name: 'Marquer le bordereau 2026-A-0001 remis à la banque' }).click();
  await expect(slips.getByRole('row').nth(1)).toContainText(
    /2026-A-0001.*3\s*1\s350,50\s€\s*Remis le 10 mars 2026/,
  );
  await expect(page.getByRole('button', { name: 'Défaire le bordereau 2026-A-0001' })).toHaveCount(0);
  await expect(page.getByText('Aucun chèque à remettre.')).toBeVisible();
  await shot(page, '4-deposited');
  const reprint = await download(page, () =>
    page.getByRole('button', { name: 'Imprimer le bordereau 2026-A-0001' }).click(),
  );
  expect(plain(pdfText(reprint.path))).toContain('Remis à la banque le 10 mars 2026');

  // A new cheque after the deposit is the only one to deposit.
  await page.goto('/#/membres');
  await page.getByRole('link', { name: 'DUPRÉ Hélène' }).click();
  await chequeGift(page, 'Hélène Dupré', '15', '09/03/2026', ['0012399', 'Crédit Agricole']);
  await page.goto('/#/dons');
  await page.getByRole('tab', { name: 'Remises de chèques' }).click();
  await expect(toDeposit.getByRole('row')).toHaveCount(2);
  await expect(toDeposit).toContainText('0012399');
});

test('a gift half typed when the PC locks comes back to the same user only', async ({ page }) => {
  test.setTimeout(180_000);
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, '/#/parametres/comptes');
  await page.goto('/#/parametres/comptes');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Jeanne Trésorière');
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Trésorier' }).click();
  await page.getByRole('textbox', { name: /^Mot de passe/ }).fill('tresor-2026');
  await page.getByRole('textbox', { name: 'Confirmer' }).fill('tresor-2026');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Compte « Jeanne Trésorière » créé.')).toBeVisible();

  await page.goto('/#/dons/nouveau');
  const amount = page.getByRole('textbox', { name: 'Montant' });
  await amount.click();
  await page.keyboard.type('12,50', { delay: 60 });
  // The draft is written 400 ms after the last key (useFormDraft): a hand reaching for the
  // shortcut takes about that long.
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();

  // The treasurer signs in on the same PC: an empty form, no draft of someone else.
  await signIn(page, 'Jeanne Trésorière', 'tresor-2026');
  await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un don' })).toBeVisible();
  await expect(amount).toHaveValue('');
  await expect(page.getByText(/qui n’avait pas été enregistrée/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Verrouiller' }).click();

  // The one who typed it finds it.
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un don' })).toBeVisible();
  await expect(amount).toHaveValue('12,50');
  await expect(
    page.getByText(/^Votre saisie du .*, qui n’avait pas été enregistrée, est revenue\.$/),
  ).toBeVisible();
  await shot(page, '5-draft-restored');

  // « Repartir d’un formulaire vide » drops it, for good.
  await page.getByRole('button', { name: 'Repartir d’un formulaire vide' }).click();
  await expect(amount).toHaveValue('');
  // The notice and its button are gone: the keys go on in the form's first field, not lost on the page.
  await expect(page.getByRole('searchbox', { name: /^Donateur/ })).toBeFocused();
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Enregistrer un don' })).toBeVisible();
  await expect(amount).toHaveValue('');
  await expect(page.getByText(/qui n’avait pas été enregistrée/)).toHaveCount(0);
});
