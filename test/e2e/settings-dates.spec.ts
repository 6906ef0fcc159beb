import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, fillOrganisationForm, firstRun, signIn } from './helpers';
import { overlap } from './layout';

/** Empties a date field and types the date one key at a time, as a secretary does, then leaves it. */
async function typeDate(field: Locator, text: string) {
  await field.click();
  await field.press('Control+a');
  await field.press('Backspace');
  await field.pressSequentially(text, { delay: 20 });
  await field.press('Tab');
}

const unsavedQuestion = (page: Page) => page.getByRole('dialog', { name: 'Abandonner les modifications ?' });

test.describe('Paramètres, typed as a secretary types', () => {
  test.describe.configure({ timeout: 120_000 });

  test('season dates typed key by key, an impossible one refused, Échap never loses a change', async ({
    page,
  }) => {
    await firstRun(page, '/#/parametres/saisons');
    await page.getByRole('button', { name: 'Ajouter la saison en cours' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle saison' });
    await expect(dialog.getByRole('textbox', { name: 'Nom de la saison' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Nom de la saison' }).fill('Saison 2026-2027');
    const first = dialog.getByRole('textbox', { name: 'Premier jour' });
    const last = dialog.getByRole('textbox', { name: 'Dernier jour' });

    // 31 February does not exist: said in French under the field, and the season is not saved.
    await typeDate(first, '31/02/2027');
    await expect(first).toHaveValue('31/02/2027');
    const impossible = dialog.getByText(/^Cette date n’existe pas\s: vérifiez le jour puis le mois/);
    await expect(impossible).toBeVisible();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(impossible).toBeVisible();
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('season-Saison 2026-2027')).toHaveCount(0);

    // Day first, one key at a time: 1 September 2026 to 31 August 2027.
    await typeDate(first, '01/09/2026');
    await typeDate(last, '31/08/2027');
    await expect(impossible).toHaveCount(0);
    await expect(first).toHaveValue('01/09/2026');
    await expect(last).toHaveValue('31/08/2027');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog).toBeHidden();
    const card = page.getByTestId('season-Saison 2026-2027');
    await expect(card).toContainText('Du 1er septembre 2026 au 31 août 2027');

    // The notice stays below the header: « Verrouiller » and the sync status remain clickable.
    const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Saisons enregistrées.' });
    await expect(notice).toBeVisible();
    expect(await overlap(notice, page.locator('header.mantine-AppShell-header'))).toBe(false);

    // Échap in the calendar closes the calendar only, not the dialog, and asks nothing.
    await card.getByRole('button', { name: 'Modifier la saison Saison 2026-2027' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier la saison Saison 2026-2027' });
    await expect(edit.getByRole('textbox', { name: 'Premier jour' })).toHaveValue('01/09/2026');
    await edit.getByRole('button', { name: 'Choisir la date dans un calendrier' }).first().click();
    const calendar = page.getByRole('button', { name: '1 septembre 2026', exact: true });
    await expect(calendar).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(calendar).toBeHidden();
    await expect(edit).toBeVisible();
    await expect(unsavedQuestion(page)).toHaveCount(0);

    // Unchanged, Échap closes the dialog at once.
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();
    await expect(unsavedQuestion(page)).toHaveCount(0);

    // Changed, Échap asks first; « Continuer la saisie » keeps what was typed.
    await card.getByRole('button', { name: 'Modifier la saison Saison 2026-2027' }).click();
    await edit.getByRole('textbox', { name: 'Nom de la saison' }).fill('Saison renommée');
    await page.keyboard.press('Escape');
    await expect(unsavedQuestion(page)).toBeVisible();
    await unsavedQuestion(page).getByRole('button', { name: 'Continuer la saisie' }).click();
    await expect(unsavedQuestion(page)).toBeHidden();
    await expect(edit.getByRole('textbox', { name: 'Nom de la saison' })).toHaveValue('Saison renommée');
    await expect(edit.getByRole('textbox', { name: 'Nom de la saison' })).toBeFocused();
    // A date typed and not yet read (no Tab) is a change too; Échap on the question answers it.
    await edit.getByRole('textbox', { name: 'Nom de la saison' }).fill('Saison 2026-2027');
    await edit.getByRole('textbox', { name: 'Dernier jour' }).pressSequentially('3');
    await page.keyboard.press('Escape');
    await expect(unsavedQuestion(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(unsavedQuestion(page)).toBeHidden();
    await expect(edit).toBeVisible();
    // « Abandonner les modifications »: closed, nothing saved.
    await page.keyboard.press('Escape');
    await unsavedQuestion(page).getByRole('button', { name: 'Abandonner les modifications' }).click();
    await expect(edit).toBeHidden();
    await expect(card).toContainText('Du 1er septembre 2026 au 31 août 2027');

    // The tariff dialog and the custom-field dialog ask the same way.
    await card.getByRole('button', { name: 'Ajouter un tarif à la saison Saison 2026-2027' }).click();
    const tariff = page.getByRole('dialog', { name: 'Nouveau tarif' });
    await tariff.getByRole('textbox', { name: 'Montant' }).fill('20');
    await page.keyboard.press('Escape');
    await expect(unsavedQuestion(page)).toBeVisible();
    await unsavedQuestion(page).getByRole('button', { name: 'Abandonner les modifications' }).click();
    await expect(tariff).toBeHidden();

    await page.getByRole('tab', { name: 'Champs personnalisés' }).click();
    await page.getByRole('button', { name: 'Ajouter un champ' }).click();
    const field = page.getByRole('dialog', { name: 'Nouveau champ' });
    await field.getByRole('textbox', { name: 'Nom du champ' }).fill('Taille de tee-shirt');
    await page.keyboard.press('Escape');
    await expect(unsavedQuestion(page)).toBeVisible();
    await unsavedQuestion(page).getByRole('button', { name: 'Continuer la saisie' }).click();
    await expect(field.getByRole('textbox', { name: 'Nom du champ' })).toHaveValue('Taille de tee-shirt');
  });

  test('the association form refuses an unreadable decree date and asks before being left', async ({
    page,
  }) => {
    await firstRun(page, '/#/parametres/association');
    await fillOrganisationForm(page);

    // Leaving by a tab asks; « Continuer la saisie » stays, with what was typed.
    await page.getByRole('tab', { name: 'Saisons et tarifs' }).click();
    await expect(unsavedQuestion(page)).toBeVisible();
    await unsavedQuestion(page).getByRole('button', { name: 'Continuer la saisie' }).click();
    await expect(page).toHaveURL(/#\/parametres\/association$/);
    await expect(page.getByLabel('Nom de l’association')).toHaveValue('Foyer rural de Saint-Léger');

    // The decree's date, typed day first: an impossible one is refused under the field.
    await page.getByRole('combobox', { name: 'Catégorie' }).click();
    await page.getByRole('option', { name: 'Association ou fondation reconnue d’utilité publique' }).click();
    const decree = page.getByRole('textbox', { name: /^Date du décret/ });
    await typeDate(decree, '30/02/1985');
    // With the signatory's quality (below it) emptied too, the keyboard goes to the date, the
    // first to correct on the screen (it went to the quality, first among the errors).
    const quality = page.getByRole('textbox', { name: /^Qualité du signataire/ });
    const typedQuality = await quality.inputValue();
    await quality.fill('');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Certains champs sont à corriger')).toBeVisible();
    await expect(page.getByText(/^Cette date n’existe pas/)).toBeVisible();
    await expect(quality).toHaveAttribute('aria-invalid', 'true');
    await expect(decree).toBeFocused();
    await quality.fill(typedQuality);
    await expect(decree).toHaveValue('30/02/1985');
    await typeDate(decree, '14/07/1985');
    await expect(decree).toHaveValue('14/07/1985');
    await expect(page.getByText(/^Cette date n’existe pas/)).toHaveCount(0);

    // Leaving by the menu asks too; « Abandonner les modifications » goes.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: /^Accueil/ })
      .click();
    await expect(unsavedQuestion(page)).toBeVisible();
    await unsavedQuestion(page).getByRole('button', { name: 'Abandonner les modifications' }).click();
    await expect(page.getByRole('heading', { name: 'Accueil', level: 1 })).toBeVisible();
  });

  test('Ctrl+K from Paramètres lands in the member search; the door volunteer lands on Entrée', async ({
    page,
  }) => {
    await firstRun(page, '/#/parametres/comptes');
    await page.getByRole('tab', { name: 'Langue' }).click();
    await page.keyboard.press('Control+k');
    await expect(page).toHaveURL(/#\/membres(\?.*)?$/);
    await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeFocused();

    // From a field of another page too.
    await page.goto('/#/parametres/comptes');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Porte 1');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeFocused();

    await page.goto('/#/parametres/comptes');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Porte 1');
    await page.getByRole('combobox', { name: 'Rôle' }).click();
    await page.getByRole('option', { name: 'Bénévole à l’entrée' }).click();
    await page.getByRole('textbox', { name: /^Code PIN/ }).fill('246810');
    await page.getByRole('textbox', { name: 'Confirmer' }).fill('246810');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(page.getByText('Compte « Porte 1 » créé.')).toBeVisible();
    // Every column of the accounts table has a header, the buttons' one too.
    await expect(page.getByRole('columnheader', { name: 'Actions' })).toBeVisible();

    // Locked on a settings page, the door volunteer signs in with the PIN and lands on Entrée.
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await signIn(page, 'Porte 1', '246810');
    await expect(page.getByText('Porte 1 · Bénévole à l’entrée')).toBeVisible();
    await expect(page).toHaveURL(/#\/entree$/);
    await expect(page.getByRole('heading', { name: 'Entrée', level: 1 })).toBeVisible();

    // The administrator, signing in after, stays where the app was.
    await page.goto('/#/parametres/langue');
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await signIn(page, ADMIN.name, ADMIN.password);
    await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible();
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1366, height: 768 },
  ]) {
    test(`the first-run choice reads whole at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      const how = page.getByRole('radiogroup', { name: 'Comment démarrer sur ce poste' });
      await expect(how).toBeVisible({ timeout: 20_000 });
      const choice = await how.boundingBox();
      for (const name of ['Démarrer l’association sur ce poste', 'Rejoindre le serveur de l’association']) {
        const label = page.locator('label').filter({ hasText: name });
        await expect(label).toBeVisible();
        // Whole: not cut by the edge of the switch, nor ended with an ellipsis.
        const box = await label.boundingBox();
        expect(choice && box && box.x >= choice.x && box.x + box.width <= choice.x + choice.width).toBe(true);
        expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      }
    });
  }
});
