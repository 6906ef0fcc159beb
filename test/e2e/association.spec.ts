import { expect, test } from '@playwright/test';
import { ADMIN, fillOrganisationForm, firstRun, signIn } from './helpers';

test.describe('Paramètres → Association', () => {
  test('refuses a bad value in French, saves a good one, and keeps it after a reload', async ({ page }) => {
    // Three sign-ins and two reloads: more than the default half minute on a loaded machine.
    test.setTimeout(90_000);
    await firstRun(page, '/#/parametres/association');
    await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible();

    await fillOrganisationForm(page, { rna: 'W12345', postalCode: '1234' });
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect(page.getByText('Le numéro RNA commence par W suivi de 9 caractères')).toBeVisible();
    await expect(page.getByText('Le code postal comporte 5 chiffres.')).toBeVisible();
    await expect(page.getByText('Certains champs sont à corriger')).toBeVisible();

    // Nothing was written; a reload (which locks the app) brings back what was typed as a draft,
    // and « Repartir de ce qui est enregistré » an empty form. The draft is written 400 ms after
    // the last key (useFormDraft): a reload sooner than that loses the last keys.
    await page.waitForTimeout(800);
    await page.reload();
    await signIn(page, ADMIN.name, ADMIN.password);
    await expect(page.getByLabel('Nom de l’association')).toHaveValue('Foyer rural de Saint-Léger');
    await expect(page.getByText(/qui n’avait pas été enregistrée, est revenue/)).toBeVisible();
    await page.getByRole('button', { name: 'Repartir de ce qui est enregistré' }).click();
    await expect(page.getByLabel('Nom de l’association')).toHaveValue('');

    await fillOrganisationForm(page, { rna: 'w 751 234 567' });
    // The secretary's shortcut: Ctrl+S from inside a field.
    await page.getByLabel('Qualité du signataire').press('Control+s');
    await expect(page.getByText('Identité de l’association enregistrée.')).toBeVisible();
    await expect(page.getByLabel('Numéro RNA')).toHaveValue('W751234567');

    await page.reload();
    await signIn(page, ADMIN.name, ADMIN.password);
    await expect(page.getByLabel('Nom de l’association')).toHaveValue('Foyer rural de Saint-Léger');
    await expect(page.getByLabel('Numéro RNA')).toHaveValue('W751234567');
    await expect(page.getByLabel('Code postal')).toHaveValue('12345');
    await expect(page.getByRole('combobox', { name: 'Catégorie' })).toHaveValue(
      'Œuvre ou organisme d’intérêt général',
    );
    await expect(page.getByText(/Dernière modification\s:/)).toBeVisible();

    await page.getByRole('link', { name: /Accueil/ }).click();
    await expect(
      page.getByText('Identité de l’association renseignée : Foyer rural de Saint-Léger.'),
    ).toBeVisible();
  });
});

test.describe('the shell', () => {
  test('has the six sections, in French, reachable by Alt shortcuts', async ({ page }) => {
    await firstRun(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const name of ['Accueil', 'Membres', 'Événements', 'Entrée', 'Dons & reçus', 'Paramètres']) {
      await expect(nav.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: 'Membres', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/#\/membres$/);
  });

  test('switches to English in Paramètres, offline too, and remembers it', async ({ page }) => {
    await firstRun(page, '/#/parametres/langue');
    // The English texts are a chunk of their own (i18n.ts), fetched in the background after
    // start-up: once in, the switch needs no network.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            performance.getEntriesByType('resource').some((entry) => /\/en-[^/]*\.js$/.test(entry.name)),
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.context().setOffline(true);
    await page.getByText('English').click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await page.context().setOffline(false);
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Tilleul is locked' })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^${ADMIN.name}`) }).click();
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /^Members/ }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // A label and its value the English way, where French puts a space before the colon.
    await expect(page.getByRole('button', { name: 'Sync status: No server' })).toBeVisible();
    await page.goto('/#/membres/nouveau');
    await page.getByLabel('Last name').fill('Vidal');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Image rights: Not asked')).toBeVisible();
    // Amounts typed and shown the English way.
    await page.goto('/#/dons/nouveau');
    await page.getByRole('searchbox', { name: 'Donor (person or organisation)' }).pressSequentially('vidal');
    await page.getByRole('searchbox', { name: 'Donor (person or organisation)' }).press('Enter');
    await page.getByRole('textbox', { name: 'Amount' }).pressSequentially('1,250.50');
    await page.getByRole('combobox', { name: 'Method of payment' }).click();
    await page.getByRole('option', { name: 'Cash' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('table').first().getByText('€1,250.50').first()).toBeVisible();
    await page.goto('/#/parametres/langue');
    await page.getByText('Français').click();
    await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible();
  });

  test('opens the first run in the browser’s language, and lets it be changed there', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome to Tilleul' })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Typed in English, then switched to French before the account exists: what was typed stays.
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();
    await page.keyboard.type(ADMIN.name);
    await page.getByText('Français').click();
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Votre nom' })).toHaveValue(ADMIN.name);
    // Chosen, the language is this device's: an English browser reopens in French.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // A device in use before this rule kept no language (French was the only start): with its
    // accounts there, an English browser does not turn it to English at the next start.
    await firstRun(page);
    await page.evaluate(() => localStorage.removeItem('tilleul.language'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
      timeout: 15_000,
    });
    expect(await page.evaluate(() => localStorage.getItem('tilleul.language'))).toBe('fr');
    await context.close();
  });

  test('shows the version and, in a browser, where the data lives', async ({ page }) => {
    await firstRun(page, '/#/parametres/a-propos');
    await expect(page.getByRole('cell', { name: 'Dans le stockage de ce navigateur' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Navigateur web' })).toBeVisible();
  });
});
