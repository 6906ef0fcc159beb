import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import { ADMIN, noteRecoveryCode, signIn } from './helpers';
import { cli, pushDemoThroughApi, SyncServer } from './sync-server';

/**
 * Issue 19: the network drops in the middle of a new device's first sync and comes back. The
 * sync resumes where it stopped — no page it had received is asked for again — ends complete,
 * and the first-sync progress said it was offline, then that it resumed.
 */
const PEOPLE = 3000;
const KBIT = 1000 / 8;
const SLOW = { offline: false, latency: 150, downloadThroughput: 400 * KBIT, uploadThroughput: 400 * KBIT };

let data = '';
let server: SyncServer;
let orgId = '';

async function seed(): Promise<void> {
  await pushDemoThroughApi(
    { data, orgId, url: server.url },
    generateDemoAssociation({ size: PEOPLE, seed: 1919 }),
    'Secrétariat',
  );
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-cut-'));
  const init = await cli('init', '--data', data, '--org', 'Comité des fêtes de Tilleul');
  orgId = String(init.orgId);
  server = new SyncServer(data);
  await server.start();
  await seed();
});

test.afterAll(async () => {
  await server?.kill();
  rmSync(data, { recursive: true, force: true });
});

test('a first sync cut by the network resumes where it stopped and ends complete', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Every pull page the server answered, by collection: the sequence it was asked from, and
  // whether it came before the cut or once the network was back (the one-document probes, which
  // only count, left out). Only the status is read: a page's body, read chunk by chunk by the
  // app under the emulated link, is often gone for Playwright (reported as aborted once read),
  // and a check of what the bodies held once failed for that alone.
  type Phase = 'before' | 'during' | 'after';
  let phase: Phase = 'before';
  const answered: { collection: string; seq: number; phase: Phase }[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    const collection = /\/sync\/([a-z]+)\/pull$/.exec(url.pathname)?.[1];
    if (!collection || response.status() !== 200 || url.searchParams.get('limit') === '1') return;
    answered.push({ collection, seq: Number(url.searchParams.get('seq') ?? 0), phase });
  });

  await page.goto(`${server.url}/#/parametres/synchronisation`);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 45_000,
  });
  await page.getByLabel('Votre nom').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await noteRecoveryCode(page);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  const { code } = await cli('invite', '--data', data, '--org', orgId, '--scope', 'office');
  await expect(page.getByLabel('Adresse du serveur')).toHaveValue(server.url);
  await page.getByLabel('Code d’inscription').fill(String(code));
  await page.getByLabel('Nom de cet appareil').fill('PC de la salle des fêtes');
  // In the middle: the network goes down as the restarted app (it asks again whether there are
  // memberships, `limit=1`) asks for its first page of memberships, which come after the people.
  // The memberships' pulls go through this route, where the test sees them leave. A cut timed by
  // what the screen shows, then by Playwright's `requestfinished` of a page of people, sometimes
  // never came: with the next page asked for while one is checked (read-ahead) every page could
  // be in before the screen showed it, and the event was missing for some pages (on this spec's
  // own code before, 1 run of 3 waited until the test's timeout).
  let membershipsAsked = 0;
  let cut = false;
  // The sequence the cut page was asked from, and the memberships' pages asked for once the
  // network is back.
  let cutSeq = -1;
  const askedAfter: number[] = [];
  let cutNow: () => void = () => undefined;
  const cutCame = new Promise<void>((resolve) => {
    cutNow = resolve;
  });
  await page.route(/\/api\/v1\/sync\/memberships\/pull\?/, async (route) => {
    const params = new URL(route.request().url()).searchParams;
    const probe = params.get('limit') === '1';
    if (probe) membershipsAsked += 1;
    else if (phase === 'after') askedAfter.push(Number(params.get('seq') ?? 0));
    else if (!cut && membershipsAsked >= 2) {
      cut = true;
      phase = 'during';
      cutSeq = Number(params.get('seq') ?? 0);
      await cdp.send('Network.emulateNetworkConditions', { ...SLOW, offline: true });
      cutNow();
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
  // The progress shows on the lock screen already: the device receives while nobody is signed in.
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 60_000,
  });

  await cutCame;
  const progress = page.getByTestId('first-sync');
  await expect(progress).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('first-sync-people')).toContainText(/^[1-9][\d\s]* sur 3\s000 personnes/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('first-sync-offline')).toContainText(/Hors ligne/, { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('network-cut-offline.png') });

  phase = 'after';
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await expect(page.getByTestId('first-sync-resumed')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('network-cut-resumed.png') });
  await expect(progress).toHaveCount(0, { timeout: 90_000 });
  await signIn(page, ADMIN.name, ADMIN.password);
  // Back online and the first sync over, the header says so: a request that stalled across the
  // cut and failed after later successes, or a change stream that did not reconnect, once left
  // « Hors ligne » there for good.
  await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('network-cut-up-to-date.png') });

  // Resumed, not restarted: the page the cut lost was asked for again, and no collection went
  // back before the furthest page the server had answered it before the cut — the people, pulled
  // in several pages before the memberships, from their head, not from the start.
  const furthest = new Map<string, number>();
  for (const { collection, seq, phase: when } of answered)
    if (when === 'before') furthest.set(collection, Math.max(furthest.get(collection) ?? 0, seq));
  expect(furthest.get('people') ?? 0).toBeGreaterThan(0);
  expect(askedAfter).toContain(cutSeq);
  const wentBack = answered.filter(
    ({ collection, seq, phase: when }) => when === 'after' && seq < (furthest.get(collection) ?? 0),
  );
  expect(wentBack).toEqual([]);
  expect(Math.min(...askedAfter)).toBeGreaterThanOrEqual(cutSeq);
  await page.goto(`${server.url}/#/membres`);
  await expect(page.getByText(/3\s000 sur 3\s000 personnes/)).toBeVisible({ timeout: 30_000 });
  await context.close();
});
