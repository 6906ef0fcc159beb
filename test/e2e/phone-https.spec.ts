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

test('the desktop app: the certificate’s fingerprint compared before enrolling, then trusted on this device only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Electron cannot run here: its preload's bridge is played by the page itself, answering the
  // main process's part (reading the certificate over TLS, and the pin Chromium then honours, are
  // tested in main/security) with what the server printed. Everything else is the real app and
  // the real server over https.
  const trusted: unknown[] = [];
  await page.exposeFunction('recordTrust', (request: unknown) => trusted.push(request));
  await page.addInitScript((fingerprint) => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const record = (window as unknown as { recordTrust: (request: unknown) => Promise<void> }).recordTrust;
    Object.assign(window, {
      tilleul: {
        getAppInfo: () =>
          ok({
            version: '0.1.0',
            dataDir: '/home/anne/.config/Tilleul',
            platform: 'linux',
            electron: '39.0.0',
          }),
        saveFile: () => ok({ saved: false }),
        inspectServerCertificate: (url: string) =>
          ok({
            host: new URL(url).hostname,
            fingerprint,
            trusted: false,
            validTo: '2036-12-01T00:00:00.000Z',
          }),
        trustServerCertificate: async (request: unknown) => (await record(request), ok(null)),
      },
    });
  }, server.fingerprint ?? '');
  // Served by the server itself, as in test 1: the web build may only connect to its own origin.
  await firstRun(page, `${server.url}/#/parametres/synchronisation`);
  const { code } = await cli('invite', '--data', data, '--org', orgId, '--scope', 'office');
  await expect(page.getByLabel('Adresse du serveur')).toHaveValue(server.url);
  await page.getByLabel('Code d’inscription').fill(String(code));
  await page.getByLabel('Nom de cet appareil').fill('PC de la trésorière');

  // They differ (say): nothing is trusted, nothing is enrolled.
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vérifier le certificat du serveur' });
  await expect(
    dialog.getByText(/Le serveur 127\.0\.0\.1 utilise un certificat qu’il a créé lui-même/),
  ).toBeVisible();
  const shown = (await dialog.getByLabel('Empreinte du certificat').innerText()).replace(/\s/g, '');
  expect(shown).toBe(server.fingerprint);
  await dialog.getByRole('button', { name: 'Elles diffèrent : annuler' }).click();
  await expect(dialog).toBeHidden();
  expect(trusted).toEqual([]);
  await expect(page.getByText(/^Appareil inscrit auprès de/)).toBeHidden();

  // They are identical: the certificate is pinned for that address, and the device enrols.
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
  await dialog.getByRole('button', { name: 'Elles sont identiques : faire confiance' }).click();
  // Enrolled: the app restarts with its new identity, on the lock screen.
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 10_000,
  });
  expect(trusted).toEqual([{ url: server.url, fingerprint: server.fingerprint }]);
});
