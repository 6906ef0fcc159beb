import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, noteRecoveryCode, signIn } from './helpers';
import { focused, layoutProblems, SIZES } from './layout';
import { rawTextLeaks, visibleText } from './raw-text';

/**
 * Every screen, walked through by each of its people (issue 14): the administrator, the
 * secretary, the treasurer and the door volunteer sign in on the demo association, open every
 * screen their role allows at 1366×768 and 1280×800 (no horizontal scroll, nothing pushed off
 * the edge or cut short, dialogs that fit, French only), see a French explanation on the screens
 * it does not allow, and go through the main actions with the keyboard alone (the focus shows).
 */
// A busy machine loads a page's code lazily: give each screen time to come.
const expect = baseExpect.configure({ timeout: 15_000 });

const shots = join('test-results', 'walkthrough');
mkdirSync(shots, { recursive: true });

const SECRETARY = { name: 'Sophie Secrétaire', role: 'Secrétaire', secret: 'registre-2026' };
const TREASURER = { name: 'Thomas Trésorier', role: 'Trésorier', secret: 'tresor-2026' };
const DOOR = { name: 'Porte 1', role: 'Bénévole à l’entrée', secret: '246810' };

// One page for the four walks (the demo loads once); a failed walk starts again from a new one.
let page: Page;

test.beforeAll(async ({ browser }, info) => {
  info.setTimeout(240_000);
  page = await browser.newPage({ viewport: SIZES[1], locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  // A first start on a busy machine opens the database slowly: wait for it once, generously.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel('Votre nom').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await noteRecoveryCode(page);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
  await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
    timeout: 180_000,
  });
  await page.goto('/#/parametres/comptes');
  for (const account of [SECRETARY, TREASURER, DOOR]) {
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(account.name);
    await page.getByRole('combobox', { name: 'Rôle' }).click();
    await page.getByRole('option', { name: account.role }).click();
    await page.getByRole('textbox', { name: /^(Mot de passe|Code PIN)/ }).fill(account.secret);
    await page.getByRole('textbox', { name: 'Confirmer' }).fill(account.secret);
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await expect(page.getByRole('row', { name: new RegExp(`^${account.name}`) })).toBeVisible({
      timeout: 20_000,
    });
  }
});

test.afterAll(async () => page.close());

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const problems: string[] = [];

/**
 * Opens `path` (unless `path` is null: the screen is already open), waits for `ready`, and reads
 * it at both sizes: layout, raw text, a screenshot of each.
 */
async function look(who: string, screen: string, path: string | null, ready: Locator) {
  if (path !== null) await page.goto(`/#${path}`);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect(ready).toBeVisible({ timeout: 20_000 });
    // Let the layout settle on the new width (tables, charts) before measuring.
    await page.waitForTimeout(150);
    const where = `${who} · ${screen} · ${size.width}×${size.height}`;
    for (const problem of await layoutProblems(page)) problems.push(`${where} : ${problem}`);
    for (const leak of rawTextLeaks(await visibleText(page))) problems.push(`${where} : ${leak}`);
    const file = `${who}-${screen}-${size.width}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-');
    await page.screenshot({ path: join(shots, `${file}.png`) });
  }
}

/** A screen the role may not open shows why, in French, with the roles that may. */
async function refused(who: { role: string }, path: string, action: string) {
  await page.goto(`/#${path}`);
  await expect(heading('Accès réservé')).toBeVisible();
  await expect(
    page.getByText(new RegExp(`Votre rôle \\(${who.role}\\) ne permet pas cette action\\s: ${action}`)),
  ).toBeVisible();
}

/** Tabs `count` times from where the focus is; every stop shows its focus; returns the names. */
async function tabThrough(count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    // Mantine's fields change their border colour in 100 ms: read it once it has.
    await page.waitForTimeout(250);
    const stop = await focused(page);
    expect(stop.shows, `la position du focus se voit sur « ${stop.name} » (${stop.style})`).toBe(true);
    expect(stop.inView, `« ${stop.name} » est à l’écran quand il a le focus`).toBe(true);
    names.push(stop.name);
  }
  return names;
}

async function signInAs(account: { name: string; secret: string }, landing: Locator) {
  await page.setViewportSize(SIZES[1]);
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
  await signIn(page, account.name, account.secret);
  await expect(landing).toBeVisible();
}

const menu = () => page.getByRole('navigation', { name: 'Navigation principale' });
async function expectMenu(sections: string[]) {
  const links = menu().getByRole('link');
  await expect(links).toHaveCount(sections.length);
  for (const [index, section] of sections.entries()) await expect(links.nth(index)).toContainText(section);
}

/** The settings tabs a role sees, each read at both sizes. */
async function settingsTabs(who: string, tabs: string[]) {
  await page.goto('/#/parametres');
  await expect(page.getByRole('tab')).toHaveText(tabs);
  for (const tab of tabs) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await look(who, `parametres-${tab}`, null, page.getByRole('tabpanel', { name: tab }));
  }
}

/** The person pages of a demo member who paid: each tab, then the form. */
async function personScreens(who: string) {
  await page.goto('/#/membres');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('DEM-0208');
  await page.getByRole('table').getByRole('link').first().click();
  for (const tab of ['Fiche', 'Adhésions', 'Foyer', 'Historique']) {
    await page.getByRole('tab', { name: tab }).click();
    await look(who, `fiche-${tab}`, null, page.getByRole('tabpanel', { name: tab }));
  }
}

/** What the secretary and the treasurer both open: the members, the events, their settings. */
async function officeScreens(who: string) {
  await look(who, 'membres', '/membres', page.getByRole('row').nth(1));
  await look(who, 'renouvellement', '/membres/renouvellement', heading('Campagne de renouvellement'));
  await personScreens(who);
  await look(who, 'evenements', '/evenements', heading('Événements'));
  await settingsTabs(who, ['Association', 'Saisons et tarifs', 'Champs personnalisés', 'Langue', 'À propos']);
}

/** The settings only an administrator opens, refused with the reason (the last: the accounts). */
async function adminOnly(who: { role: string }) {
  await refused(who, '/parametres/journal', 'consulter le journal');
  await refused(who, '/parametres/securite', 'modifier les paramètres de l’association');
  await refused(who, '/parametres/synchronisation', 'modifier les paramètres de l’association');
  await refused(who, '/parametres/comptes', 'gérer les comptes');
}

test('the administrator: every screen, at both sizes', async () => {
  test.setTimeout(300_000);
  await page.goto('/#/');
  await expectMenu(['Accueil', 'Membres', 'Événements', 'Entrée', 'Dons', 'Rapports', 'Paramètres']);
  await look('admin', 'accueil', '/', page.locator('.recharts-bar-rectangle').first());
  await look('admin', 'membres', '/membres', page.getByRole('row').nth(1));
  await look('admin', 'renouvellement', '/membres/renouvellement', heading('Campagne de renouvellement'));
  await look('admin', 'nouveau-membre', '/membres/nouveau', heading('Nouveau membre'));
  await personScreens('admin');
  await look('admin', 'evenements', '/evenements', heading('Événements'));
  await look('admin', 'entree', '/entree', heading('Entrée'));
  await look('admin', 'dons', '/dons', heading('Dons & reçus'));
  await page.getByRole('tab', { name: 'Reçus fiscaux' }).click();
  await look('admin', 'recus', null, page.getByRole('heading', { level: 2, name: 'Registre des reçus' }));
  await look('admin', 'nouveau-don', '/dons/nouveau', heading('Enregistrer un don'));
  await settingsTabs('admin', [
    'Association',
    'Saisons et tarifs',
    'Champs personnalisés',
    'Comptes',
    'Sécurité',
    'Journal',
    'Synchronisation',
    'Sauvegardes',
    'Données personnelles',
    'Langue',
    'À propos',
  ]);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the secretary: the members, keyboard only; no money, no accounts', async () => {
  test.setTimeout(300_000);
  await signInAs(SECRETARY, page.getByText(`${SECRETARY.name} · Secrétaire`));
  await expectMenu(['Accueil', 'Membres', 'Événements', 'Entrée', 'Rapports', 'Paramètres']);

  // Keyboard only: Alt+2 opens the members, Ctrl+K is in the search, Entrée opens the first.
  await page.keyboard.press('Alt+2');
  await expect(page).toHaveURL(/#\/membres/);
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await expect(search).toBeFocused();
  await page.keyboard.type('DEM-0208');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Fiche' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(heading('Membres')).toBeVisible();
  // Alt+N: a new member, the first field has the focus; Échap on an untouched form leaves it.
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/membres(\?.*)?$/);

  // Renewals with the keyboard: tick all, open the dialog, Échap closes it, nothing written.
  await page.goto('/#/membres/renouvellement');
  await expect(heading('Campagne de renouvellement')).toBeVisible();
  const tickAll = page.getByRole('checkbox', { name: 'Tout cocher' });
  await tickAll.focus();
  await page.keyboard.press('Space');
  await expect(tickAll).toBeChecked();
  const renew = page.getByRole('button', { name: /^Renouveler la sélection/ });
  await renew.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Renouveler \d+ adhésions/ });
  await expect(dialog).toBeVisible();
  await look('secretaire', 'renouvellement-dialogue', null, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The members list from the search field: each stop of Tab shows where the focus is.
  await page.goto('/#/membres');
  await page.getByRole('searchbox', { name: 'Rechercher' }).focus();
  const stops = await tabThrough(8);
  expect(stops.join(' | ')).toMatch(/Statut/);

  await officeScreens('secretaire');
  await look('secretaire', 'nouveau-membre', '/membres/nouveau', heading('Nouveau membre'));
  await look('secretaire', 'entree', '/entree', heading('Entrée'));

  await refused(SECRETARY, '/dons', 'voir les dons');
  await look('secretaire', 'dons-refuse', null, heading('Accès réservé'));
  await adminOnly(SECRETARY);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the treasurer: the members and the money; no accounts, no journal', async () => {
  test.setTimeout(300_000);
  await signInAs(TREASURER, page.getByText(`${TREASURER.name} · Trésorier`));
  await expectMenu(['Accueil', 'Membres', 'Événements', 'Entrée', 'Dons', 'Rapports', 'Paramètres']);

  // Alt+5 is Dons & reçus for the treasurer; its page is reached and read with the keyboard.
  await page.keyboard.press('Alt+5');
  await expect(heading('Dons & reçus')).toBeVisible();
  await look('tresorier', 'dons', null, heading('Dons & reçus'));
  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(/#\/$/);
  await look('tresorier', 'accueil', null, page.locator('.recharts-bar-rectangle').first());
  // The association is not filled in yet: the treasurer may not do it, and is told whom to ask.
  await expect(page.getByText('Demandez-le à un administrateur (Paramètres → Association).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Renseigner l’association' })).toHaveCount(0);
  // Alt+1 gave the focus to the page, so Tab goes on inside it; the chart is not a stop there (its
  // focus could not be seen: its figures are on its bars).
  await expect(page.locator('main#contenu')).toBeFocused();
  await expect(page.locator('main [tabindex="0"]:not(a, button, input, select, textarea)')).toHaveCount(0);
  // From the top of the window (a click on the header's empty corner: Tab starts from there), Tab
  // reaches the menu and each stop shows its focus.
  await page.locator('header').click({ position: { x: 4, y: 4 } });
  const stops = await tabThrough(6);
  expect(stops.join(' | ')).toMatch(/Membres/);

  await officeScreens('tresorier');
  await adminOnly(TREASURER);
  await look('tresorier', 'comptes-refuse', null, heading('Accès réservé'));
  // The cards need the association's identity, which only an administrator fills in: the
  // treasurer is told whom to ask (not « Renseignez d’abord… », a page they may only read).
  await page.goto('/#/membres');
  await page.getByRole('button', { name: 'Imprimer les cartes' }).click();
  await expect(
    page.getByText(
      'L’identité de l’association n’est pas encore renseignée : demandez à un administrateur de remplir Paramètres → Association. Elle figure sur les cartes.',
    ),
  ).toBeVisible();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the door volunteer: the entrance, the events; nothing of the office', async () => {
  test.setTimeout(300_000);
  await signInAs(DOOR, heading('Entrée'));
  await expectMenu(['Accueil', 'Événements', 'Entrée', 'Paramètres']);
  await look('porte', 'entree', null, heading('Entrée'));
  // No event yet: the door is told who creates it, and offered no form it may not fill.
  await expect(
    page.getByText('Aucun événement à venir. Le secrétariat les crée dans Événements.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouvel événement' })).toHaveCount(0);
  await look('porte', 'accueil', '/', heading('Accueil'));
  // No figures of the memberships for a role that may not read them, no form it cannot fill.
  await expect(page.getByText('Demandez-le à un administrateur (Paramètres → Association).')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Les adhésions en un coup d’œil' })).toHaveCount(0);
  await look('porte', 'evenements', '/evenements', heading('Événements'));
  await settingsTabs('porte', ['Langue', 'À propos']);

  await refused(DOOR, '/membres', 'voir les coordonnées et les notes');
  await look('porte', 'membres-refuse', null, heading('Accès réservé'));
  await refused(DOOR, '/membres/nouveau', 'créer une fiche');
  await refused(DOOR, '/membres/renouvellement', 'voir les cotisations');
  await refused(DOOR, '/dons', 'voir les dons');
  await refused(DOOR, '/parametres/association', 'voir les paramètres de l’association');
  await refused(DOOR, '/parametres/comptes', 'gérer les comptes');
  expect(problems, problems.join('\n')).toEqual([]);
});

test.afterEach(() => {
  problems.length = 0;
});
