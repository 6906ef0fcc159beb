import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devices, expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { noteRecoveryCode, signIn } from './helpers';
import { cli, enrol, SyncServer } from './sync-server';

/**
 * Issue 4, end to end: a real sync server (the CLI, SQLite in a temporary folder) serving the
 * production web build, two Chromium profiles enrolled as two PCs, then a phone (Chromium
 * emulating a Pixel 7: small touch screen, mobile user agent). The app is opened from the
 * server itself, as a phone on the association's Wi-Fi would, so the server's
 * `connect-src 'self'` holds.
 */
// Each test goes on with the server, the devices and the data the previous one left.
test.describe.configure({ mode: 'serial' });

interface Device {
  context: BrowserContext;
  page: Page;
}

let data = '';
let server: SyncServer;
let orgId = '';
const contexts: BrowserContext[] = [];
/** The two PCs of the first test. */
let a: Device;
let b: Device;
/** Marie Lavoisier's record, created on A in the first test. */
let mariePath = '';

test.beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-sync-'));
  const init = await cli('init', '--data', data, '--org', 'Foyer rural de Tilleul');
  orgId = String(init.orgId);
  server = new SyncServer(data);
  await server.start();
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await server?.kill();
  rmSync(data, { recursive: true, force: true });
});

async function device(browser: Browser, admin: { name: string; password: string }, deviceName: string) {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/#/parametres/synchronisation`);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible();
  await page.getByLabel('Votre nom').fill(admin.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(admin.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(admin.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await noteRecoveryCode(page);
  await expect(page.getByText(`${admin.name} · Administrateur`)).toBeVisible();
  // Standalone: the header says so, and nothing has touched the network.
  await expect(page.getByTestId('sync-status')).toHaveText('Sans serveur');

  await enrol(page, { data, orgId, url: server.url }, deviceName, admin);
  return { context, page };
}

async function createAccount(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(name);
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Secrétaire' }).click();
  await page.getByRole('textbox', { name: /^Mot de passe/ }).fill('registre-2026');
  await page.getByRole('textbox', { name: 'Confirmer' }).fill('registre-2026');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText(`Compte « ${name} » créé.`)).toBeVisible();
}

const accountRow = (page: Page, name: string) => page.getByRole('cell', { name, exact: true });

test('two devices enrolled on one server share changes live and converge after working offline', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  a = await device(browser, { name: 'Anne Admin', password: 'tilleul-2026' }, 'PC du bureau');
  b = await device(browser, { name: 'Bruno Bureau', password: 'tilleul-2027' }, 'Portable');

  // The settings panel shows the enrolment.
  await expect(a.page.getByRole('cell', { name: 'Foyer rural de Tilleul' })).toBeVisible();
  await expect(a.page.getByRole('cell', { name: 'PC du bureau' })).toBeVisible();
  await expect(b.page.getByRole('cell', { name: 'Portable' })).toBeVisible();

  // Live: an account created on A is on B's list within a second (the event stream, no reload).
  await a.page.goto(`${server.url}/#/parametres/comptes`);
  await b.page.goto(`${server.url}/#/parametres/comptes`);
  await expect(accountRow(b.page, 'Anne Admin')).toBeVisible({ timeout: 5000 });
  await createAccount(a.page, 'Sophie Secrétaire');
  await expect(accountRow(b.page, 'Sophie Secrétaire')).toBeVisible({ timeout: 1000 });

  // A member created on A is in B's member list within a second.
  await b.page.goto(`${server.url}/#/membres`);
  await a.page.goto(`${server.url}/#/membres/nouveau`);
  await a.page.getByRole('textbox', { name: 'Prénom' }).fill('Marie');
  await a.page.getByRole('textbox', { name: /^Nom/ }).fill('Lavoisier');
  await a.page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(a.page.getByRole('heading', { name: 'Marie Lavoisier', level: 1 })).toBeVisible();
  mariePath = new URL(a.page.url()).hash;
  await expect(
    b.page.getByRole('table', { name: 'Membres' }).getByRole('row').filter({ hasText: 'LAVOISIER Marie' }),
  ).toBeVisible({ timeout: 1000 });
  await a.page.goto(`${server.url}/#/parametres/comptes`);
  await b.page.goto(`${server.url}/#/parametres/comptes`);

  // Both work offline, and the server goes down too; each writes on its own.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await server.kill();
  await createAccount(a.page, 'Claire Comptable');
  await createAccount(b.page, 'David Donateur');
  await expect(a.page.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 10_000 });
  await expect(b.page.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 10_000 });
  // One account created offline is one change waiting, its journal entry told apart.
  await expect(a.page.getByTestId('sync-status')).toHaveText(/^Hors ligne · 1$/);
  await a.page.getByTestId('sync-status').click();
  await expect(a.page.getByTestId('sync-pending')).toHaveText(
    /^Modifications pas encore envoyées\s: 1 \(et 1 entrée du journal\)$/,
  );
  await a.page.keyboard.press('Escape');
  await expect(accountRow(b.page, 'Claire Comptable')).toHaveCount(0);

  // The server comes back on the same port, then the network: both converge by themselves.
  await server.start();
  await a.context.setOffline(false);
  await b.context.setOffline(false);
  for (const page of [a.page, b.page]) {
    await expect(accountRow(page, 'Claire Comptable')).toBeVisible({ timeout: 20_000 });
    await expect(accountRow(page, 'David Donateur')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  }
});

const memberRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Membres' }).getByRole('row').filter({ hasText: name });

/** On a PC: Marie's record, edited in the form and saved (works offline: only local writes). */
async function editMarie(page: Page, field: string, value: string) {
  await page.goto(`${server.url}/${mariePath}/modifier`);
  const saved = page.getByText('Fiche enregistrée.');
  // The same page may still show the notice of an earlier save (it stays 4 s; the URL changes
  // only after its #, so the page is not reloaded): that one is not this save's.
  await expect(saved).toHaveCount(0, { timeout: 10_000 });
  await page.getByRole('textbox', { name: field, exact: true }).fill(value);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(saved).toBeVisible();
}

async function expectMarie(page: Page) {
  await page.goto(`${server.url}/${mariePath}`);
  await expect(page.getByRole('heading', { name: 'Marie Lavoisier', level: 1 })).toBeVisible();
  await expect(page.getByText('06 12 34 56 78', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('marie.lavoisier@example.org', { exact: true })).toBeVisible({
    timeout: 20_000,
  });
}

test('a phone joins from the first-run screen; two PCs and the phone work offline and lose nothing', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // Chromium as a Pixel 7: 412 px wide, touch, mobile user agent; every gesture below is a tap.
  const phoneContext = await browser.newContext({ ...devices['Pixel 7'] });
  contexts.push(phoneContext);
  const phone = await phoneContext.newPage();
  await phone.goto(`${server.url}/`);
  await expect(phone.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible();
  expect(await phone.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  await phone.getByText('Rejoindre le serveur de l’association').tap();
  const { code } = await cli('invite', '--data', data, '--org', orgId, '--scope', 'office');
  await expect(phone.getByLabel('Adresse du serveur')).toHaveValue(server.url);
  await phone.getByLabel('Code d’inscription').fill(String(code));
  await phone.getByLabel('Nom de cet appareil').fill('Téléphone de Sophie');
  await phone.getByRole('button', { name: 'Inscrire cet appareil' }).tap();
  // The accounts come down from the server: the secretary created on A signs in here.
  await expect(phone.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 20_000,
  });
  await phone.getByRole('button', { name: /^Sophie Secrétaire/ }).tap();
  await phone.getByRole('textbox', { name: 'Mot de passe' }).fill('registre-2026');
  await phone.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(phone.getByTestId('sync-status')).toContainText('À jour', { timeout: 10_000 });

  // The phone's menu is behind the burger; Marie, created on A, is in its member list.
  await phone.getByRole('button', { name: 'Afficher ou masquer le menu' }).tap();
  await phone.getByRole('link', { name: /^Membres/ }).tap();
  await memberRow(phone, 'LAVOISIER Marie').getByRole('link').tap();
  await expect(phone.getByRole('heading', { name: 'Marie Lavoisier', level: 1 })).toBeVisible();

  // All three lose the network; each changes something on its own.
  await b.page.goto(`${server.url}/#/membres`);
  for (const context of [a.context, b.context, phoneContext]) await context.setOffline(true);
  await editMarie(a.page, 'Téléphone', '06 12 34 56 78');
  // The phone edits another field of the same record, from the same starting point.
  await phone.getByRole('link', { name: 'Modifier', exact: true }).tap();
  await phone.getByRole('textbox', { name: 'E-mail' }).fill('marie.lavoisier@example.org');
  await phone.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(phone.getByText('Fiche enregistrée.')).toBeVisible();
  await b.page.getByRole('link', { name: 'Nouveau membre' }).click();
  await b.page.getByRole('textbox', { name: 'Prénom' }).fill('Louis');
  await b.page.getByRole('textbox', { name: /^Nom/ }).fill('Pasteur');
  await b.page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(b.page.getByRole('heading', { name: 'Louis Pasteur', level: 1 })).toBeVisible();
  for (const page of [a.page, b.page, phone]) {
    await expect(page.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 10_000 });
  }
  await expect(phone.getByText('06 12 34 56 78', { exact: true })).toHaveCount(0);

  // The network comes back: the three converge, both edits of Marie kept, Louis everywhere.
  for (const context of [a.context, b.context, phoneContext]) await context.setOffline(false);
  for (const page of [a.page, b.page, phone]) {
    await expectMarie(page);
    await page.goto(`${server.url}/#/membres`);
    await expect(memberRow(page, 'PASTEUR Louis')).toBeVisible({ timeout: 20_000 });
    await expect(memberRow(page, 'LAVOISIER Marie')).toBeVisible();
    await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  }
});

test('the same field changed offline on two PCs: the value that lost is shown and put back in one click', async () => {
  test.setTimeout(90_000);
  for (const context of [a.context, b.context]) await context.setOffline(true);
  await editMarie(a.page, 'Téléphone', '05 55 55 55 01');
  await editMarie(b.page, 'Téléphone', '05 55 55 55 02');
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 10_000 });
  }
  await a.context.setOffline(false);
  await expect(a.page.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  await b.context.setOffline(false);

  // B sends second and meets A's number: B's, typed later, is kept. The journal entry of the
  // conflict reaches A, where Anne typed the number that lost: the notice is hers, not Bruno's.
  const notice = a.page.getByTestId('replaced-values');
  await expect(notice).toContainText('1 modification remplacée', { timeout: 30_000 });
  await expect(b.page.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  await expect(b.page.getByTestId('replaced-values')).toHaveCount(0);
  await notice.click();
  const dialog = a.page.getByRole('dialog', { name: 'Modifications remplacées par la synchronisation' });
  const card = dialog.getByTestId('replaced-value');
  await expect(card).toContainText('Personnes · Marie Lavoisier — Téléphone');
  await expect(card).toContainText('Remplacée : « 05 55 55 55 01 »');
  await expect(card).toContainText('par Anne Admin');
  await expect(card).toContainText('Gardée : « 05 55 55 55 02 »');
  await expect(card).toContainText('par Bruno Bureau');
  await card.getByRole('button', { name: 'Remettre cette valeur' }).click();
  await expect(a.page.getByText('La valeur « 05 55 55 55 01 » est remise.', { exact: false })).toBeVisible();
  await expect(dialog.getByTestId('replaced-value')).toHaveCount(0);
  await a.page.keyboard.press('Escape');
  await expect(notice).toHaveCount(0);

  // The value put back travels like any edit.
  await b.page.goto(`${server.url}/${mariePath}`);
  await expect(b.page.getByText('05 55 55 55 01', { exact: true })).toBeVisible({ timeout: 20_000 });
});

/** On a PC: a new person, saved (the form's own checks pass: first and last name only). */
async function createPerson(page: Page, firstName: string, lastName: string) {
  await page.goto(`${server.url}/#/membres/nouveau`);
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: `${firstName} ${lastName}`, level: 1 })).toBeVisible();
}

test('a second tab on the same PC lets the first one sync for it, then takes over when it closes', async () => {
  test.setTimeout(60_000);
  // Same browser profile, same IndexedDB: one tab replicates, elected over a Web Lock.
  const second = await a.context.newPage();
  await second.goto(`${server.url}/#/membres`);
  await expect(second.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
  await signIn(second, 'Anne Admin', 'tilleul-2026');
  await expect(second.getByText('Anne Admin · Administrateur')).toBeVisible();
  // Not « À jour »: this tab knows nothing of the server by itself.
  await expect(second.getByTestId('sync-status')).toHaveText('Synchronisé par un autre onglet', {
    timeout: 10_000,
  });
  await second.getByTestId('sync-status').click();
  await expect(second.getByText('c’est lui qui échange avec le serveur')).toBeVisible();
  await second.keyboard.press('Escape');
  await expect(a.page.getByTestId('sync-status')).toContainText('À jour');

  // A change made in the second tab leaves through the first one and reaches B live.
  await b.page.goto(`${server.url}/#/membres`);
  await createPerson(second, 'Irène', 'Curie');
  await expect(memberRow(b.page, 'CURIE Irène')).toBeVisible({ timeout: 5000 });
  await expect(second.getByTestId('sync-status')).toHaveText('Synchronisé par un autre onglet');

  // The first tab closes: the second takes over, opens its own event stream and says so.
  await a.page.close();
  await expect(second.getByTestId('sync-status')).toContainText('À jour', { timeout: 10_000 });
  a.page = second;
  // Both ways, with no other tab of A left: B's change arrives live, A's change leaves.
  await second.goto(`${server.url}/#/membres`);
  await createPerson(b.page, 'Pierre', 'Curie');
  await expect(memberRow(second, 'CURIE Pierre')).toBeVisible({ timeout: 5000 });
  await b.page.goto(`${server.url}/#/membres`);
  await createPerson(second, 'Ève', 'Curie');
  await expect(memberRow(b.page, 'CURIE Ève')).toBeVisible({ timeout: 5000 });
  await expect(second.getByTestId('sync-status')).toContainText('À jour', { timeout: 10_000 });
});
