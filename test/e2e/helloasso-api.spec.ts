import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHelloAssoStandIn } from '@server/test-support/helloasso-standin';
import type { StandIn } from '@server/test-support/helloasso-standin';
import { ADMIN, createAccount, firstRun, signIn } from './helpers';
import { createSeason2025 } from './seasons';
import { enrol, serverForSpec } from './sync-server';

/**
 * Issue 18: the association connects its HelloAsso account from the import page of the web build
 * (served by its own server, which keeps the secret sealed and calls HelloAsso — here a stand-in
 * on 127.0.0.1 answering with the shapes of HelloAsso's public API), fetches the orders, sees the
 * dry run, imports; a second fetch starts where the first ended and finds nothing new.
 */
const shots = 'test-results/helloasso-api';
mkdirSync(shots, { recursive: true });

let standIn: StandIn | undefined;
const SECRETARY = { name: 'Sophie Secrétaire', role: 'Secrétaire' as const, password: 'registre-2026' };
const spec = serverForSpec('tilleul-e2e-helloasso-', 'Les Amis du lavoir', async () => {
  standIn = await startHelloAssoStandIn();
  return ['--helloasso-url', standIn.baseUrl];
});
test.afterAll(async () => {
  await standIn?.close();
});

test('the secretary connects HelloAsso, fetches the orders, imports them; the next fetch finds nothing new', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  spec.contexts.push(context);
  const page = await context.newPage();
  await firstRun(page, `${spec.server.url}/`);
  await enrol(page, spec.org(), 'PC du bureau', ADMIN);
  await createSeason2025(page, { benefactor: true, base: spec.server.url });

  await page.goto(`${spec.server.url}/#/membres/importer`);
  const panel = page.getByRole('region', { name: 'HelloAsso' });
  await expect(
    panel.getByText('Dans HelloAsso : Mon compte → Intégrations et API.', { exact: false }),
  ).toBeVisible();
  // A secret mistyped: saved, then HelloAsso's refusal said in French, nothing imported.
  await panel.getByRole('textbox', { name: 'Client id' }).fill('client-123');
  await panel.getByLabel('Client secret').fill('pas-le-bon');
  await panel.getByRole('textbox', { name: 'Nom de l’association dans HelloAsso' }).fill('amis-du-lavoir');
  await page.keyboard.press('Enter');
  await expect(
    panel.getByText('Compte HelloAsso relié : amis-du-lavoir (client id client-123).'),
  ).toBeVisible();
  await expect(panel.getByText('Aucune récupération encore', { exact: false })).toBeVisible();
  await panel.getByRole('button', { name: 'Récupérer depuis HelloAsso' }).click();
  await expect(panel.getByRole('alert')).toContainText('HelloAsso');
  await page.screenshot({ path: join(shots, '1-refused.png') });

  // The right secret: the secret field stays empty (« •••• »), the one kept is never shown.
  await panel.getByRole('button', { name: 'Modifier la connexion' }).click();
  await expect(panel.getByLabel('Client secret')).toHaveValue('');
  await panel.getByLabel('Client secret').fill('secret-456');
  await panel.getByRole('button', { name: 'Relier le compte HelloAsso' }).click();
  await panel.getByRole('button', { name: 'Récupérer depuis HelloAsso' }).click();
  await expect(panel.getByText(/^\d+ commandes récupérées\s:\svoici ce que l’import ferait\.$/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(panel.getByText(/nouvelles personnes/)).toBeVisible();
  await page.screenshot({ path: join(shots, '2-dry-run.png'), fullPage: true });
  await panel.getByRole('button', { name: /^Importer \d+ documents$/ }).click();
  await expect(page.getByText(/^Import terminé — ajouts\s:/).last()).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText(/Dernière récupération importée\s:/)).toBeVisible();
  // The dry run gone, the keyboard is back on « Récupérer », which came back in its place.
  await expect(panel.getByRole('button', { name: 'Récupérer depuis HelloAsso' })).toBeFocused();
  await expect(
    page.getByRole('region', { name: 'Imports récents' }).getByText(/HelloAsso \(API\)/),
  ).toBeVisible();

  // Fetched again: it starts where the import ended; nothing new, nothing doubles.
  await panel.getByRole('button', { name: 'Récupérer depuis HelloAsso' }).click();
  await expect(page.getByText('Aucune nouvelle commande sur HelloAsso.').last()).toBeVisible({
    timeout: 60_000,
  });
  await page.goto(`${spec.server.url}/#/membres`);
  await expect(page.getByRole('row', { name: /^LEFÈVRE Élodie/ })).toBeVisible();
  await page.screenshot({ path: join(shots, '3-members.png') });
  // The gifts' campaign is their form's title on HelloAsso, accents and all (not its slug).
  await page.goto(`${spec.server.url}/#/dons`);
  await expect(page.getByText('Soutenez la rénovation du lavoir').first()).toBeVisible();
  await expect(page.getByText('Soutenez la renovation du lavoir')).toHaveCount(0);

  // The secretary, keyboard only: the connection's form left with Échap asks first; the connection
  // is forgotten only on a second, deliberate click; a fetch finds nothing new.
  await createAccount(page, SECRETARY, spec.server.url);
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, SECRETARY.name, SECRETARY.password);
  await expect(page.getByText(`${SECRETARY.name} · Secrétaire`)).toBeVisible({ timeout: 30_000 });
  await page.goto(`${spec.server.url}/#/membres/importer`);
  await panel.getByRole('button', { name: 'Modifier la connexion' }).focus();
  await page.keyboard.press('Enter');
  const clientId = panel.getByRole('textbox', { name: 'Client id' });
  await clientId.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('-typo');
  await page.keyboard.press('Escape');
  const keepEditing = panel.getByRole('button', { name: 'Continuer la saisie' });
  await expect(keepEditing).toBeFocused();
  await page.screenshot({ path: join(shots, '4-escape-asks.png') });
  await page.keyboard.press('Enter');
  await expect(clientId).toHaveValue('client-123-typo');
  await clientId.focus();
  await page.keyboard.press('Escape');
  await panel.getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(clientId).toBeHidden();
  await expect(
    panel.getByText('Compte HelloAsso relié : amis-du-lavoir (client id client-123).'),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Oublier la connexion' }).click();
  await expect(
    panel.getByText(/^Oublier la connexion\s\?\sLe «\sclient secret\s» enregistré sera effacé/),
  ).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Garder la connexion' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Garder la connexion' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Récupérer depuis HelloAsso' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Aucune nouvelle commande sur HelloAsso.').last()).toBeVisible({
    timeout: 60_000,
  });
});
