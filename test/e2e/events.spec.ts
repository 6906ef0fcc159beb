import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { firstRun } from './helpers';

const shots = 'test-results/events';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

/** Typed key by key, as a secretary would, then Tab to the next field. */
async function type(field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text, { delay: 10 });
  await field.press('Tab');
}

test('the autumn season of a village club: a loto, a weekly class, a registration, a cancelled session', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Early October 2026, whatever day the test runs: the loto of 14 November is still to come.
  await page.clock.install({ time: new Date('2026-10-01T10:00:00+02:00') });
  await firstRun(page);

  // Someone to register.
  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Jeanne');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Dupont');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jeanne Dupont' })).toBeVisible();
  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Paul');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Dupuis');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paul Dupuis' })).toBeVisible();

  // « Événements »: nothing yet; Alt+N opens the form, as in the member list.
  await page.goto('/#/evenements');
  await expect(page.getByRole('heading', { level: 1, name: 'Événements' })).toBeVisible();
  await expect(page.getByText('Aucun événement à venir.')).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel événement' })).toBeVisible();

  // The loto, typed key by key: the date day first, the time and the prices the French way.
  await page.getByRole('combobox', { name: 'Genre d’événement' }).click();
  await page.getByRole('option', { name: 'Fête, loto, repas' }).click();
  await type(page.getByRole('textbox', { name: 'Titre' }), 'Grand loto d’automne');
  await type(page.getByRole('textbox', { name: 'Lieu' }), 'Salle des fêtes');
  await type(page.getByRole('textbox', { name: 'Date', exact: true }), '14/11/2026');
  await type(page.getByRole('textbox', { name: 'Heure de début' }), '20h');
  await expect(page.getByRole('textbox', { name: 'Heure de début' })).toHaveValue('20:00');
  await type(page.getByRole('textbox', { name: 'Prix pour les adhérents' }), '5,555');
  await type(page.getByRole('textbox', { name: 'Prix pour les autres' }), '7');
  await expect(page.getByRole('textbox', { name: 'Prix pour les autres' })).toHaveValue(/^7,00\s€$/);
  await type(page.getByRole('textbox', { name: 'Nombre de places' }), '200');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Un montant a au plus deux chiffres après la virgule')).toBeVisible();
  await shot(page, '1-loto-form-error');
  // The keyboard is taken to the field to correct.
  const memberPrice = page.getByRole('textbox', { name: 'Prix pour les adhérents' });
  await expect(memberPrice).toBeFocused();
  await memberPrice.clear();
  await type(memberPrice, '5,50');
  await expect(memberPrice).toHaveValue(/^5,50\s€$/);
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  // Its page says when, where and for how much.
  await expect(page.getByRole('heading', { level: 1, name: 'Grand loto d’automne' })).toBeVisible();
  await expect(page.getByText('Événement créé.')).toBeVisible();
  await expect(page.getByText('samedi 14 novembre 2026 à 20 h')).toBeVisible();
  await expect(page.getByText(/^5,50\s€$/)).toBeVisible();
  await expect(page.getByText(/^7,00\s€$/)).toBeVisible();
  // Its capacity once, in the facts; the counters say what is left of it.
  await expect(page.getByText('Capacité', { exact: true })).toHaveCount(1);
  await expect(
    page.getByText('Places restantes', { exact: true }).locator('xpath=following-sibling::*[1]'),
  ).toHaveText('200');
  await expect(page.getByRole('link', { name: 'Ouvrir l’entrée' })).toHaveAttribute(
    'href',
    /#\/entree\?evenement=[0-9a-f-]{36}$/,
  );

  // Paul first, by keyboard: « dup » finds Jeanne then Paul; ↓ moves to Paul, Entrée registers
  // him — not the first result (↓ then Entrée used to register Jeanne).
  await page.getByRole('button', { name: 'Inscrire une personne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inscrire à « Grand loto d’automne »' });
  const search = dialog.getByRole('searchbox', { name: 'Rechercher une personne' });
  await expect(search).toBeFocused();
  await search.pressSequentially('dup');
  const results = dialog.getByRole('button', { name: /^Inscrire / });
  await expect(results).toHaveText(['Inscrire', 'Inscrire']);
  await expect(results.nth(0)).toHaveAccessibleName('Inscrire Jeanne Dupont');
  await expect(results.nth(1)).toHaveAccessibleName('Inscrire Paul Dupuis');
  await search.press('ArrowDown');
  await expect(dialog.locator('[data-selected]')).toContainText('Paul Dupuis');
  await shot(page, '2a-register-arrow');
  await search.press('Enter');
  await expect(page.getByText('Inscription de Paul Dupuis enregistrée')).toBeVisible();
  await expect(search).toHaveValue('');

  // Jeanne registers: found by part of her name, accents and case aside.
  await dialog.getByRole('searchbox', { name: 'Rechercher une personne' }).pressSequentially('dupo');
  await dialog.getByRole('button', { name: 'Inscrire Jeanne Dupont' }).click();
  await expect(page.getByText('Inscription de Jeanne Dupont enregistrée')).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Rechercher une personne' }).pressSequentially('JEANNE');
  await expect(
    dialog.getByRole('button', { name: 'Inscription de Jeanne Dupont déjà enregistrée' }),
  ).toBeDisabled();
  await shot(page, '2-register');
  // Someone the file does not know yet, by keyboard: no match, « Créer sa fiche » (Tab, Entrée)
  // with the name searched, Échap back to the search, again, Entrée creates and registers.
  await search.fill('');
  await search.pressSequentially('Lucie Fabre');
  await expect(dialog.getByText('Personne ne correspond à cette recherche.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Créer sa fiche' })).toBeFocused();
  await page.keyboard.press('Enter');
  const newPerson = dialog.getByTestId('register-new-person');
  await expect(newPerson.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await expect(newPerson.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Lucie');
  await expect(newPerson.getByRole('textbox', { name: /^Nom/ })).toHaveValue('Fabre');
  await page.keyboard.press('Escape');
  await expect(newPerson).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(search).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(newPerson.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Inscription de Lucie Fabre enregistrée')).toBeVisible();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  // « Fermer » at the foot of the dialog (its cross at the top is named « Fermer » too).
  await dialog.getByRole('button', { name: 'Fermer' }).last().click();
  const attendance = page.getByRole('table', { name: 'Inscriptions et présences' });
  await expect(attendance.getByRole('row', { name: /Jeanne Dupont/ })).toContainText('Oui');
  await expect(attendance.getByRole('row', { name: /Lucie Fabre/ })).toContainText('Oui');
  await shot(page, '3-loto-page');

  // Edited later: the form opens with the saved values, prices written as they are shown.
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier l’événement' })).toBeVisible();
  await expect(memberPrice).toHaveValue(/^5,50\s€$/);
  await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('14/11/2026');
  const place = page.getByRole('textbox', { name: 'Lieu' });
  await place.fill('Salle polyvalente');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Événement enregistré.')).toBeVisible();
  await expect(page.getByText('Salle polyvalente')).toBeVisible();

  // A weekly yoga class on Tuesdays in October: one form, four sessions.
  await page.goto('/#/evenements/nouveau');
  await page.getByRole('combobox', { name: 'Genre d’événement' }).click();
  await page.getByRole('option', { name: 'Activité ou cours' }).click();
  await type(page.getByRole('textbox', { name: 'Titre' }), 'Yoga doux');
  // Échap with changes asks first.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Abandonner les modifications ?' })).toBeVisible();
  await page.getByRole('button', { name: 'Continuer la saisie' }).click();
  await type(page.getByRole('textbox', { name: 'Date', exact: true }), '6/10/26');
  await type(page.getByRole('textbox', { name: 'Heure de début' }), '18 h 30');
  await type(page.getByRole('textbox', { name: 'Heure de fin' }), '1945');
  await page.getByRole('checkbox', { name: 'Séance régulière' }).check();
  await type(page.getByRole('textbox', { name: 'Dernière séance au plus tard le' }), '31/10/2026');
  await expect(page.getByText('4 séances, du mardi 6 octobre 2026 au mardi 27 octobre 2026.')).toBeVisible();
  await shot(page, '4-series-form');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('4 séances créées.')).toBeVisible();
  await expect(page.getByText('mardi 6 octobre 2026 à 18 h 30 jusqu’à 19 h 45')).toBeVisible();

  // The list, à venir: the four sessions, then the loto with its registration.
  await page.getByRole('link', { name: 'Événements', exact: true }).first().click();
  const upcoming = page.getByRole('table', { name: 'Événements à venir' });
  await expect(upcoming.getByRole('row')).toHaveCount(6);
  await expect(upcoming.getByRole('row').nth(1)).toContainText('mardi 6 octobre 2026 à 18 h 30');
  const loto = upcoming.getByRole('row', { name: /Grand loto/ });
  await expect(loto).toContainText('samedi 14 novembre 2026 à 20 h');
  await expect(loto).toContainText('Fête, loto, repas');
  await expect(loto).toContainText('Salle polyvalente');
  await expect(loto.getByRole('cell').nth(4)).toHaveText('3');

  // The session of 20 October is cancelled: it stays in the list, marked so.
  await upcoming
    .getByRole('row', { name: /mardi 20 octobre/ })
    .getByRole('link', { name: 'Yoga doux' })
    .click();
  await page.getByRole('button', { name: 'Annuler l’événement' }).click();
  const confirm = page.getByRole('dialog', { name: 'Annuler l’événement ?' });
  await expect(confirm).toContainText('mardi 20 octobre 2026 à 18 h 30');
  await confirm.getByRole('button', { name: 'Annuler l’événement' }).click();
  await expect(page.getByText('Événement annulé.')).toBeVisible();
  await expect(page.getByText('Événement annulé le 1er octobre 2026.')).toBeVisible();
  await page.getByRole('link', { name: '← Tous les événements' }).click();
  await expect(upcoming.getByRole('row', { name: /mardi 20 octobre/ })).toContainText('Annulé');
  await expect(upcoming.getByRole('row', { name: /mardi 13 octobre/ })).not.toContainText('Annulé');
  await shot(page, '5-list');

  // From the 13th on, the class moves to the dojo at 19 h: one edit, « cette séance et les
  // suivantes »; the 6th keeps its place, the cancelled 20th stays as it was.
  await upcoming
    .getByRole('row', { name: /mardi 13 octobre/ })
    .getByRole('link', { name: 'Yoga doux' })
    .click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByRole('radio', { name: 'Cette séance et les suivantes' }).check();
  await page.getByRole('textbox', { name: 'Lieu' }).fill('Dojo');
  const start = page.getByRole('textbox', { name: 'Heure de début' });
  await start.fill('');
  await type(start, '19 h');
  await page.keyboard.press('Enter');
  await expect(page.getByText('2 séances modifiées.')).toBeVisible();
  await page.getByRole('link', { name: '← Tous les événements' }).click();
  await expect(upcoming.getByRole('row', { name: /mardi 6 octobre/ })).not.toContainText('Dojo');
  await expect(upcoming.getByRole('row', { name: /mardi 13 octobre 2026 à 19 h/ })).toContainText('Dojo');
  await expect(upcoming.getByRole('row', { name: /mardi 20 octobre 2026 à 18 h 30/ })).not.toContainText(
    'Dojo',
  );
  await expect(upcoming.getByRole('row', { name: /mardi 27 octobre 2026 à 19 h/ })).toContainText('Dojo');
  await shot(page, '6-series-changed');
  await page.getByText(/^Passés/).click();
  await expect(page.getByText('Aucun événement passé.')).toBeVisible();
});
