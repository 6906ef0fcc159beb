import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import { ADMIN, noteRecoveryCode, signIn } from './helpers';
import { cli, pushDemoThroughApi, SyncServer } from './sync-server';

/**
 * Issue 19, end to end: a new device joins an association of 5,000 people over a rural link —
 * Chromium's network emulated at 256 kbit/s each way with 600 ms of latency — and completes its
 * first sync with no request abandoned. Before compression, byte-bounded pages and a timeout of
 * inactivity, a pull page of 2,000 people (1.5 MB) needed ~46 s at this speed and was abandoned
 * after 30 s, again and again.
 */
const PEOPLE = 5000;
const KBIT = 1000 / 8;
const RURAL = { offline: false, latency: 600, downloadThroughput: 256 * KBIT, uploadThroughput: 256 * KBIT };

let data = '';
let server: SyncServer;
let orgId = '';

/** Pushes the demo association of 5,000 people through the API, as an enrolled office would. */
async function seed(): Promise<number> {
  return pushDemoThroughApi(
    { data, orgId, url: server.url },
    generateDemoAssociation({ size: PEOPLE, seed: 2026 }),
    'Secrétariat',
  );
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-rural-'));
  const init = await cli('init', '--data', data, '--org', 'Foyer rural de Tilleul');
  orgId = String(init.orgId);
  server = new SyncServer(data);
  await server.start();
});

test.afterAll(async () => {
  await server?.kill();
  rmSync(data, { recursive: true, force: true });
});

test('a new device joins an association of 5,000 people at 256 kbit/s and 600 ms, with no request abandoned', async ({
  browser,
}) => {
  test.setTimeout(900_000);
  const documents = await seed();
  // No service worker: every request of the page goes through the emulated link.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Requests Chromium reports as failed (net::ERR_ABORTED), with when (s after the enrolment).
  // Two kinds, told apart below: those the app's restart after enrolment cuts, and — under CDP's
  // network emulation — every answer that went through the throttled link, reported « aborted »
  // at the very moment the page has read it whole (its resource timing: status 200, the whole
  // body, ended then). Neither is a request the app gave up: a timeout would be in the sync
  // details, checked below.
  const aborted: string[] = [];
  const failures: { url: string; afterRestart: boolean }[] = [];
  let started = 0;
  let restarted = false;
  page.on('framenavigated', (frame) => {
    if (started > 0 && frame === page.mainFrame()) restarted = true;
  });
  page.on('requestfailed', (request) => {
    failures.push({ url: request.url(), afterRestart: restarted });
    const path = new URL(request.url()).pathname.replace('/api/v1/sync/', '');
    // Chromium gives no start time (0) for some: then only when it ended is known.
    const { startTime } = request.timing();
    const lasted = startTime > 0 ? ` (après ${((Date.now() - startTime) / 1000).toFixed(1)} s)` : '';
    aborted.push(`${path} ${((Date.now() - started) / 1000).toFixed(1)} s${lasted}`);
  });

  await page.goto(`${server.url}/#/parametres/synchronisation`);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByLabel('Votre nom').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await noteRecoveryCode(page);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });

  // From here on, the link of a village on weak 3G.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', RURAL);

  const { code } = await cli('invite', '--data', data, '--org', orgId, '--scope', 'office');
  await expect(page.getByLabel('Adresse du serveur')).toHaveValue(server.url);
  await page.getByLabel('Code d’inscription').fill(String(code));
  await page.getByLabel('Nom de cet appareil').fill('PC de la mairie annexe');
  started = Date.now();
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 120_000,
  });
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 800_000 });
  const seconds = (Date.now() - started) / 1000;
  // « À jour » only once the first sync is over: its panel has gone with it (it once said
  // « À jour » between two collections, and the panel's « 5 000 sur 5 000 personnes · reçu »
  // was still there beside the list's count).
  await expect(page.getByTestId('first-sync')).toHaveCount(0);

  await page.goto(`${server.url}/#/membres`);
  await expect(page.getByText(/^5\s?000 sur 5\s?000 personnes$/)).toBeVisible({ timeout: 60_000 });
  // The emulation held (each pull waited for the latency) and the pages came compressed.
  const pulls = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/sync/people/pull'))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return { ms: timing.duration, wire: timing.encodedBodySize, json: timing.decodedBodySize };
      }),
  );
  const wire = pulls.reduce((sum, pull) => sum + pull.wire, 0);
  const json = pulls.reduce((sum, pull) => sum + pull.json, 0);
  console.log(
    `Première synchronisation à 256 kbit/s et 600 ms : ${seconds.toFixed(1)} s pour ${documents} documents ` +
      `(personnes : ${pulls.length} pages, ${(json / 1e6).toFixed(2)} Mo de JSON, ${(wire / 1e6).toFixed(2)} Mo transmis).`,
  );
  test.info().annotations.push({ type: 'première synchronisation (s)', description: seconds.toFixed(1) });
  expect(pulls.length).toBeGreaterThan(1);
  expect(Math.min(...pulls.map((pull) => pull.ms))).toBeGreaterThanOrEqual(600);
  expect(wire).toBeLessThan(json / 4);
  console.log(`Requêtes que Chromium dit interrompues : ${aborted.join(', ') || 'aucune'}.`);
  // Each one after the restart was answered in full to the page: the emulation's report, not a loss.
  const answered = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((timing) => timing.responseStatus === 200 && timing.decodedBodySize > 0)
      .map((timing) => timing.name),
  );
  const cut = failures.filter(
    (failure) => failure.afterRestart && /\/api\/v1\/sync\/\w+\/(pull|push)\b/.test(failure.url),
  );
  expect(cut.filter((failure) => !answered.includes(failure.url)).map((failure) => failure.url)).toEqual([]);
  // No request was abandoned for want of data (the client says so in French, sync-inactivity.test).
  // Read in the status's own details: the Synchronisation settings show the same words, and the
  // strict locator once found both (CI, a run where that panel was still on screen).
  await page.getByTestId('sync-status').click();
  const details = page.getByRole('dialog', { name: /État de la synchronisation/ });
  await expect(details.getByText('Aucune erreur récente.')).toBeVisible();
  await expect(page.getByText(/rien envoyé pendant/)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('rural-link.png') });
  await context.close();
});
