import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { createDoorAccount, DOOR, eventToday, newPerson } from './door';
import { firstRun, signIn } from './helpers';
import { cli, SyncServer } from './sync-server';

/**
 * A phone on the club's Wi-Fi opens the association's server by a name that is not localhost,
 * over plain http: not a secure context, so the browser withholds `crypto.subtle`. Chromium maps
 * the name to the loopback, so nothing listens beyond this machine.
 */
const HOST = 'door.test';
const shots = 'test-results/phone-http';
mkdirSync(shots, { recursive: true });

const launch = chromiumLaunchOptions();
test.use({
  launchOptions: { ...launch, args: [...launch.args, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`] },
});

let data = '';
let server: SyncServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-phone-'));
  await cli('init', '--data', data, '--org', 'Foyer rural de Tilleul');
  server = new SyncServer(data);
  await server.start();
});

test.afterAll(async () => {
  await server?.kill();
  rmSync(data, { recursive: true, force: true });
});

test('plain http from a phone: first run, door PIN, search, check in, reload, on a 360×640 screen', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const base = `http://${HOST}:${server.port}`;
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, `${base}/#/parametres/comptes`);
  // The premise: this origin really is insecure, as a phone on the LAN sees it.
  expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle])).toEqual([
    false,
    'undefined',
  ]);

  // The administrator learns why a reload without network would fail here, and the fix.
  await page.goto(`${base}/#/parametres/synchronisation`);
  const advice = page.getByTestId('offline-readiness');
  await expect(advice).toContainText('L’adresse n’est pas sécurisée (http)');
  await expect(advice).toContainText('serve --https');

  await page.goto(`${base}/#/parametres/comptes`);
  await createDoorAccount(page);
  await newPerson(page, 'Paul', 'Roux', base);
  await eventToday(page, 'Loto du samedi', base);

  // The phone: a small screen, the door PIN, Entrée.
  await page.setViewportSize({ width: 360, height: 640 });
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  // The PIN is checked in JavaScript here (no WebCrypto): seconds on a slow phone, not instant.
  await expect(page).toHaveURL(/#\/entree$/, { timeout: 20_000 });
  // No service worker on plain http: the volunteer is told not to reload without network.
  await expect(page.getByTestId('offline-readiness')).toContainText(
    'Sans connexion, ne rechargez pas cette page',
  );
  // No camera on plain http either: no button that could only fail, and one sentence says why.
  await expect(page.getByTestId('camera-unavailable')).toHaveText(
    'Caméra indisponible : cette adresse n’est pas sécurisée (http). Utilisez la recherche ou une douchette USB.',
  );
  await expect(page.getByRole('button', { name: 'Scanner une carte' })).toHaveCount(0);
  const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
  await expect(search).toBeFocused();
  await page.keyboard.type('rou', { delay: 30 });
  await expect(
    page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').first(),
  ).toContainText('ROUX Paul');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entrée de Paul Roux enregistrée.')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await page.screenshot({ path: join(shots, '01-entrance-360.png') });

  // The phone's browser reloads: the data is there, the PIN still opens it.
  await page.reload();
  await signIn(page, DOOR.name, DOOR.pin);
  // The PIN is checked in JavaScript here (no WebCrypto): seconds on a slow phone, not instant.
  await expect(page).toHaveURL(/#\/entree$/, { timeout: 20_000 });
  await expect(page.getByTestId('count-present')).toHaveText('1');
});
