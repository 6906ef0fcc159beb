import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN, firstRun } from './helpers';
import { cli, enrol, SyncServer } from './sync-server';

/**
 * `serve --https` with the certificate the server made itself: the browser is told to accept it
 * (as a volunteer does once, after comparing fingerprints), the page is a secure context with
 * WebCrypto, a device enrols over https, and Paramètres → Synchronisation shows the fingerprint
 * the server printed at start.
 */
test.use({ ignoreHTTPSErrors: true });

let data = '';
let orgId = '';
let server: SyncServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-https-'));
  orgId = String((await cli('init', '--data', data, '--org', 'Chorale du lavoir')).orgId);
  server = new SyncServer(data, ['--https']);
  await server.start();
});

test.afterAll(async () => {
  await server?.kill();
  rmSync(data, { recursive: true, force: true });
});

test('over https with the server’s own certificate: a secure page, enrolment, the fingerprint to compare', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(server.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await firstRun(page, `${server.url}/#/parametres/synchronisation`);
  expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle])).toEqual([true, 'object']);

  await enrol(page, { data, orgId, url: server.url }, 'PC du bureau', ADMIN);
  await page.goto(`${server.url}/#/parametres/synchronisation`);
  const details = page.getByRole('table', { name: 'Synchronisation' });
  await expect(details.getByRole('row').filter({ hasText: 'Certificat du serveur (SHA-256)' })).toContainText(
    server.fingerprint ?? 'absent',
  );
  await expect(
    page.getByText('Comparez-la avec l’empreinte que le serveur affiche à son démarrage'),
  ).toBeVisible();
});
