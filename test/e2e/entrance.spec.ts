import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, firstRun, signIn } from './helpers';
import { adultCotisationInCash, createDoorAccount, DOOR, newPerson, todayTyped } from './door';
import { createSeasonWithFamilyTariff } from './seasons';

const shots = 'test-results/entrance';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

test('the door on a Saturday evening: PIN, search, check in, undo, already in, a walk-in, offline', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, '/#/parametres/comptes');

  // The office: a door account, a season, Paul à jour, Léa registered for tonight's game night.
  await createDoorAccount(page);
  await createSeasonWithFamilyTariff(page);
  await newPerson(page, 'Paul', 'Roux');
  await adultCotisationInCash(page);
  await newPerson(page, 'Léa', 'Martin');

  await page.goto('/#/evenements/nouveau');
  await page.getByRole('textbox', { name: 'Titre' }).fill('Soirée jeux');
  await page.getByRole('textbox', { name: 'Date', exact: true }).pressSequentially(todayTyped());
  await page.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Soirée jeux' })).toBeVisible();
  await page.getByRole('button', { name: 'Inscrire une personne' }).click();
  const register = page.getByRole('dialog', { name: 'Inscrire à « Soirée jeux »' });
  await register.getByRole('searchbox', { name: 'Rechercher une personne' }).pressSequentially('lea');
  await register.getByRole('button', { name: 'Inscrire Léa Martin' }).click();
  await expect(page.getByText('Inscription de Léa Martin enregistrée')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(register).toBeHidden();

  // The volunteer takes the PC: the PIN, and Entrée opens on tonight's event.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  await expect(page).toHaveURL(/#\/entree$/);
  await expect(page.getByText('Soirée jeux', { exact: true })).toBeVisible();
  const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
  await expect(search).toBeFocused();
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await expect(page.getByTestId('count-registered')).toHaveText('1');

  // Part of a name, no accent, any case: Paul, à jour; Entrée lets him in.
  await page.keyboard.type('ROU', { delay: 30 });
  const results = page.getByRole('list', { name: 'Personnes trouvées' });
  await expect(results.getByRole('listitem').first()).toContainText('ROUX Paul');
  await expect(results.getByRole('listitem').first()).toContainText('À jour');
  await shot(page, '01-search');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Paul Roux enregistrée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  // A wrong tap: « Annuler » in the notice, then in again.
  await page.getByRole('button', { name: 'Annuler', exact: true }).first().click();
  await expect(page.getByText('Entrée de Paul Roux annulée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await expect(search).toBeFocused();
  await page.keyboard.type('paul r');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('count-present')).toHaveText('1');

  // Paul again: not twice, the door says when he came in.
  await page.keyboard.type('paul');
  await expect(results.getByRole('listitem').first()).toContainText(/Entré à \d{2}:\d{2}, Porte 1/);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Entrée déjà enregistrée à \d{2}:\d{2}, Porte 1\.$/)).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('1');

  // The network drops: Léa, registered, comes in all the same (arrows to pick her).
  await page.context().setOffline(true);
  await search.fill('');
  await page.keyboard.type('mart');
  await expect(results.getByRole('listitem').first()).toContainText('Inscrit');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Léa Martin enregistrée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('2');

  // Someone the file does not know: first and last name, in at once.
  await page.keyboard.type('Zoé Dupuis');
  await expect(page.getByText('Personne ne correspond à « Zoé Dupuis ».')).toBeVisible();
  await page.getByRole('button', { name: 'Nouvelle personne' }).click();
  const walkIn = page.getByRole('dialog', { name: 'Nouvelle personne à l’entrée' });
  await expect(walkIn.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Zoé');
  await expect(walkIn.getByRole('textbox', { name: 'Nom', exact: true })).toHaveValue('Dupuis');
  await walkIn.getByRole('button', { name: 'Enregistrer et faire entrer' }).click();
  await expect(page.getByText('Entrée de Zoé Dupuis enregistrée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('3');
  await shot(page, '02-after-walk-in');
  await page.context().setOffline(false);

  // The page reloads (a phone's tab dropped): this door's recent entries are still there, latest
  // first, each with its « Annuler ».
  await page.reload();
  await signIn(page, DOOR.name, DOOR.pin);
  const recent = page.getByText(/^(Zoé Dupuis|Léa Martin|Paul Roux) · \d{2}:\d{2}$/);
  await expect(recent).toHaveText([/^Zoé Dupuis/, /^Léa Martin/, /^Paul Roux/]);
  await expect(page.getByRole('button', { name: 'Annuler l’entrée de Zoé Dupuis' })).toBeVisible();

  // The office finds the walk-in to complete.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto('/#/membres?a-completer=1');
  const list = page.getByRole('table', { name: 'Membres' });
  await expect(list.getByRole('row').filter({ hasText: 'DUPUIS Zoé' })).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: 'ROUX Paul' })).toHaveCount(0);

  // The journal holds every check-in of the door (answered before their entries were written),
  // each as the door's: Paul and Zoé in (records created), Paul's undo, his second entry and
  // Léa's, registered beforehand (records changed).
  await page.goto('/#/parametres/journal');
  const journal = page.getByRole('table', { name: 'Journal' });
  const doorEntries = journal
    .getByRole('row')
    .filter({ hasText: 'Porte 1' })
    .filter({ hasText: 'Présences' });
  await expect(doorEntries.filter({ hasText: 'Création' })).toHaveCount(2);
  await expect(doorEntries.filter({ hasText: 'Modification' })).toHaveCount(3);
  // Each names whom and which event, and its lines say the event and the person by name, not
  // by the records' ids.
  const about = (name: string) => doorEntries.filter({ hasText: `Présences · ${name} — Soirée jeux` });
  await expect(about('Paul Roux')).toHaveCount(3);
  await expect(about('Zoé Dupuis')).toHaveCount(1);
  await expect(about('Léa Martin')).toHaveCount(1);
  await expect(doorEntries.filter({ hasText: 'Création' }).first()).toContainText('Événement : Soirée jeux');
  await expect(journal).not.toContainText('Autre information');
  await shot(page, '03-journal');
});
