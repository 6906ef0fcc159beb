import { expect, test } from '@playwright/test';
import { ADMIN, firstRun, signIn } from './helpers';

test('shared PC: accounts, door restrictions, auto-lock, switching user, journal', async ({ page }) => {
  test.setTimeout(90_000);
  await firstRun(page, '/#/parametres/comptes');

  // The administrator creates a door account (PIN) and a secretary (password).
  const addAccount = async (name: string, role: string, secret: string) => {
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(name);
    await page.getByRole('combobox', { name: 'Rôle' }).click();
    await page.getByRole('option', { name: role }).click();
    await page.getByRole('textbox', { name: /^(Mot de passe|Code PIN)/ }).fill(secret);
    await page.getByRole('textbox', { name: 'Confirmer' }).fill(secret);
    await page.getByRole('button', { name: 'Créer le compte' }).click();
  };
  await addAccount('Porte 1', 'Bénévole à l’entrée', '12345'); // too short: refused
  await expect(page.getByText('Le code PIN comporte au moins 6 chiffres')).toBeVisible();
  await page.getByRole('textbox', { name: /^Code PIN/ }).fill('246810');
  await page.getByRole('textbox', { name: 'Confirmer' }).fill('246810');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Compte « Porte 1 » créé.')).toBeVisible();
  // The form is empty and ready for the next account, its name field focused.
  await expect(page.getByRole('textbox', { name: 'Nom', exact: true })).toBeFocused();
  await addAccount('Sophie Secrétaire', 'Secrétaire', 'registre-2026');
  await expect(page.getByText('Compte « Sophie Secrétaire » créé.')).toBeVisible();

  // A short auto-lock delay for the test: 15 seconds.
  await page.getByRole('tab', { name: 'Sécurité' }).click();
  await page.getByLabel(/Verrouillage automatique/).fill('0,25');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages de sécurité enregistrés.')).toBeVisible();

  // Lock, then the door volunteer signs in: wrong PIN first.
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
  await expect(page.getByText('Dons & reçus')).toHaveCount(0);
  await signIn(page, 'Porte 1', '111111');
  await expect(page.getByText('Code ou mot de passe incorrect.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Code PIN' }).fill('246810');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Porte 1 · Bénévole à l’entrée')).toBeVisible();

  // No donations, no members file, no association address for the door.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: /^Entrée/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^Dons/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /^Membres/ })).toHaveCount(0);
  await page.goto('/#/dons');
  await expect(page.getByRole('heading', { name: 'Accès réservé' })).toBeVisible();
  await expect(
    page.getByText(/Votre rôle \(Bénévole à l’entrée\) ne permet pas cette action\s: voir les dons/),
  ).toBeVisible();
  await page.goto('/#/parametres/association');
  await expect(page.getByRole('tab', { name: 'Association' })).toHaveCount(0);
  await expect(page.getByLabel('Adresse')).toHaveCount(0);

  // Left alone, the app locks itself and shows only the list of accounts.
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Porte 1 · Bénévole à l’entrée')).toHaveCount(0);

  // Quick switch to the secretary: the association is readable, not editable.
  await signIn(page, 'Sophie Secrétaire', 'registre-2026');
  await expect(page.getByText('Sophie Secrétaire · Secrétaire')).toBeVisible();
  // No season yet, and only an administrator may define one: she is told whom to ask, and not
  // sent to a page she may only read.
  await page.goto('/#/');
  await expect(
    page.getByText(
      /^Aucune saison n’est définie\s:\sdemandez à un administrateur de créer la saison en cours/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Définir les saisons' })).toHaveCount(0);
  await page.goto('/#/parametres/association');
  await expect(
    page.getByText(/ne permet pas cette action\s: modifier les paramètres de l’association/),
  ).toBeVisible();
  await expect(page.getByLabel('Nom de l’association')).toBeDisabled();

  // The secretary creates a person, corrects the phone number, and reads the person's history.
  await page.goto('/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Jean');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Dupont');
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 39 98 00 01');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Jean Dupont', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 39 98 00 02');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Fiche enregistrée.')).toBeVisible();
  await page.getByRole('tab', { name: 'Historique' }).click();
  const history = page.getByRole('table', { name: 'Historique' });
  await expect(
    history.getByRole('row').filter({ hasText: 'Modification' }).filter({ hasText: 'Sophie Secrétaire' }),
  ).toContainText('Téléphone : « 06 39 98 00 01 » → « 06 39 98 00 02 »');
  await expect(history.getByRole('row').filter({ hasText: 'Création' })).toHaveCount(1);
  // The journal is the administrator's: typed or bookmarked, the secretary is told why and reads none of it.
  await page.goto('/#/parametres/journal');
  await expect(page.getByRole('heading', { name: 'Accès réservé' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Journal' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Journal' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Verrouiller' }).click();

  // The administrator reads the journal: sign-ins, the failed PIN, the locks.
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.goto('/#/parametres/journal');
  const journal = page.getByRole('table', { name: 'Journal' });
  await expect(
    journal.getByRole('row').filter({ hasText: 'Échec de connexion' }).filter({ hasText: 'Porte 1' }),
  ).toHaveCount(1);
  await expect(
    journal.getByRole('row').filter({ hasText: 'Verrouillage' }).filter({ hasText: 'Après inactivité' }),
  ).toHaveCount(1);
  await expect(
    journal
      .getByRole('row')
      .filter({ hasText: 'Échec de connexion' })
      .filter({ hasText: 'Mot de passe ou code erroné' }),
  ).toHaveCount(1);
  await expect(
    journal.getByRole('row').filter({ hasText: 'Création' }).filter({ hasText: 'Comptes' }),
  ).toHaveCount(3);
  // A creation says what was given, not the switches left off (« Compte désactivé : Non »).
  await expect(journal).not.toContainText(/Compte désactivé\s:\sNon/);

  // With the keyboard only: from the tab, Tab to « Personne », pick the door's account with the
  // arrows and Entrée, then Tab to the export, open it with Entrée and close it with Échap.
  await page.getByRole('tab', { name: 'Journal' }).focus();
  const personFilter = page.getByRole('combobox', { name: 'Personne' });
  for (
    let presses = 0;
    presses < 10 && !(await personFilter.evaluate((input) => input === document.activeElement));
    presses += 1
  )
    await page.keyboard.press('Tab');
  await expect(personFilter).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const door = page.getByRole('option', { name: 'Porte 1' });
  await expect(door).toBeVisible();
  for (
    let presses = 0;
    presses < 5 && (await door.getAttribute('data-combobox-selected')) === null;
    presses += 1
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(personFilter).toHaveValue('Porte 1');
  const rows = journal.locator('tbody tr');
  await expect(rows.first()).toContainText('Porte 1');
  for (const who of await rows.locator('td:nth-child(2)').allTextContents()) expect(who).toBe('Porte 1');
  await page.keyboard.press('Tab'); // « Action »
  await page.keyboard.press('Tab'); // « Exporter »
  const exportButton = page.getByRole('button', { name: /^Exporter/ });
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' })).toHaveCount(0);
  await expect(exportButton).toBeFocused();
});
