import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, noteRecoveryCode } from './helpers';

// Generous: the suite shares a small build machine with other runs.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** Screenshots of each step, to look at (not compared): test-results/keyboard-forms/. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/keyboard-forms/${name}.png` });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const unsavedQuestion = (page: Page) => page.getByRole('dialog', { name: 'Abandonner les modifications ?' });
const mainArea = (page: Page) => page.locator('main#contenu');

/** Keys one at a time, as a hand types them, into whatever has the focus. */
const keys = (page: Page, text: string) => page.keyboard.type(text, { delay: 20 });

test('the secretary’s event and the treasurer’s gift, typed with the keyboard alone: the focus always where the next key goes', async ({
  page,
}) => {
  // The first run by keyboard: the name has the focus; Tab, the password, Tab, again, Entrée.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('textbox', { name: 'Votre nom' })).toBeFocused();
  await keys(page, ADMIN.name);
  await page.keyboard.press('Tab');
  await keys(page, ADMIN.password);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Confirmer' })).toBeFocused();
  await keys(page, ADMIN.password);
  await page.keyboard.press('Enter');
  await noteRecoveryCode(page);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });

  // « Entrée » with nothing to host: whoever may create the evening's event is offered it there.
  await page.keyboard.press('Alt+4');
  await expect(page.getByText('Aucun événement à venir : créez celui que vous accueillez.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouvel événement' })).toBeVisible();

  // A section opened by its shortcut: the focus goes into the page, so Tab goes on from there
  // (not from the window's header).
  await page.keyboard.press('Alt+3');
  await expect(heading(page, 'Événements')).toBeVisible();
  await expect(mainArea(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Nouvel événement' })).toBeFocused();

  // Alt+N: the event form opens in its first field.
  await page.keyboard.press('Alt+n');
  await expect(heading(page, 'Nouvel événement')).toBeVisible();
  const title = page.getByRole('textbox', { name: 'Titre' });
  await expect(title).toBeFocused();
  await keys(page, 'Loto de Noël');
  await page.keyboard.press('Tab');
  await keys(page, 'Salle des fêtes');
  await page.keyboard.press('Tab'); // Description
  await page.keyboard.press('Tab');
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await expect(date).toBeFocused();
  await keys(page, '19/12/2026');
  // Tab from the date goes to the time: the calendar's button is not on the way (a time typed
  // there was lost).
  await page.keyboard.press('Tab');
  const start = page.getByRole('textbox', { name: 'Heure de début' });
  await expect(start).toBeFocused();
  await keys(page, '2000');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Heure de fin' })).toBeFocused();
  await expect(date).toHaveValue('19/12/2026');
  await expect(start).toHaveValue('20:00');

  // The calendar from the keyboard: Alt+↓ in the date opens it on the typed day; → then Entrée
  // picks the next day and gives the focus back to the field; Échap closes the calendar only.
  await date.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const typedDay = page.getByRole('button', { name: '19 décembre 2026', exact: true });
  await expect(typedDay).toBeFocused();
  await shot(page, '01-calendar-from-the-keyboard');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(typedDay).toBeHidden();
  await expect(date).toBeFocused();
  await expect(date).toHaveValue('20/12/2026');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('button', { name: '20 décembre 2026', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '20 décembre 2026', exact: true })).toBeHidden();
  await expect(date).toBeFocused();
  await expect(unsavedQuestion(page)).toHaveCount(0);
  // Entrée saves.
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Loto de Noël')).toBeVisible();
  await expect(page.getByText('dimanche 20 décembre 2026 à 20 h')).toBeVisible();

  // A member to give: the member form by keyboard (Alt+2, Alt+N, Entrée).
  await page.keyboard.press('Alt+2');
  await expect(heading(page, 'Membres')).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await keys(page, 'Hélène');
  await page.keyboard.press('Tab');
  await keys(page, 'Dupré');
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Hélène Dupré')).toBeVisible();
  // Her file says what is missing, not « — » twice.
  await expect(page.getByText('Pas d’e-mail', { exact: true })).toBeVisible();
  await expect(page.getByText('Pas de téléphone', { exact: true })).toBeVisible();

  // Alt+5, Alt+N: the donor's search has the focus; Entrée picks her and the amount takes the
  // focus. Typed key by key the French way, its space does not reach « Changer » (it did: the
  // focus fell on the page, Tab led to « Changer », and the space unpicked the donor).
  await page.keyboard.press('Alt+5');
  await expect(heading(page, 'Dons & reçus')).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(heading(page, 'Enregistrer un don')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Donateur (personne ou organisme)' })).toBeFocused();
  await keys(page, 'dupre hel');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('donor-name')).toHaveText('Hélène Dupré');
  const amount = page.getByRole('textbox', { name: 'Montant' });
  await expect(amount).toBeFocused();
  await keys(page, '1 250,50');
  await page.keyboard.press('Tab');
  await expect(amount).toHaveValue(/^1\s250,50\s€$/);
  await expect(page.getByTestId('donor-name')).toHaveText('Hélène Dupré');
  const paidOn = page.getByRole('textbox', { name: 'Date du versement' });
  await expect(paidOn).toBeFocused();
  await page.keyboard.press('Control+a');
  await keys(page, '3/12/26');
  await page.keyboard.press('Tab');
  await expect(paidOn).toHaveValue('03/12/2026');
  // The list of methods opens with ↓ on its first (Espèces); ↓ ↓ reach Virement; Entrée takes it.
  const method = page.getByRole('combobox', { name: 'Mode de versement' });
  await expect(method).toBeFocused();
  // Empty, Entrée opens it (nothing to save yet); Échap closes the list only.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: 'Virement' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option', { name: 'Virement' })).toBeHidden();
  await expect(unsavedQuestion(page)).toBeHidden();
  await expect(method).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Virement' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(method).toHaveValue('Virement');
  await expect(page.getByRole('option', { name: 'Virement' })).toBeHidden();
  await shot(page, '02-gift-typed');
  // « Changer » still gives the search back, with the focus.
  await page.getByRole('button', { name: 'Changer' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('searchbox', { name: 'Donateur (personne ou organisme)' })).toBeFocused();
  await keys(page, 'helene');
  await page.keyboard.press('Enter');
  await expect(amount).toBeFocused();
  // Entrée saves from the list of methods too, its choice made: it does not open it again.
  await method.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Don enregistré.')).toBeVisible();
  await expect(heading(page, 'Dons & reçus')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Dons' })).toContainText(/1\s250,50\s€/);

  // From her page, the form opens with its donor: the amount has the focus.
  await page.keyboard.press('Alt+2');
  await page.getByRole('link', { name: /DUPRÉ Hélène/ }).click();
  await page.getByRole('tab', { name: 'Dons' }).click();
  await page.getByRole('link', { name: 'Enregistrer un don d’Hélène Dupré' }).click();
  await expect(heading(page, 'Enregistrer un don')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Montant' })).toBeFocused();
  await keys(page, '20');
  await page.keyboard.press('Escape');
  await expect(unsavedQuestion(page)).toBeVisible();
  await shot(page, '03-escape-asks');
});
