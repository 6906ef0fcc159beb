import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN, fillOrganisation, firstRun, signIn } from './helpers';
import { cli, SyncServer } from './sync-server';
import { pdfText } from '../support/pdf-text';

/**
 * The whole Chromium suite runs against the build served as the desktop's `app://` handler
 * serves it (app-protocol-server.ts). Here the desktop's policy is checked for itself: it is
 * really sent, the screens that use a worker, WebAssembly, a chart, a blob download and the PDF
 * maker run under it without one violation, and it really refuses what it must (an injected
 * inline script), which proves the violation listener would see one.
 */

declare global {
  interface Window {
    cspViolations: string[];
    injectedRan?: boolean;
  }
}

test('the desktop build runs under the app:// policy without one violation, and the policy bites', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });

  const first = await page.goto('/');
  const policy = (await first?.allHeaders())?.['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect((await first?.allHeaders())?.['x-content-type-options']).toBe('nosniff');

  // The first administrator (PBKDF2), the demo association (IndexedDB at volume), the chart.
  await firstRun(page);
  await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
  await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 15_000 });

  // The PDF maker (loaded lazily, its fonts included) and a blob download: a member card.
  await fillOrganisation(page);
  await page.goto('/#/membres');
  // One member's card (300 would only time the PDF maker): the first member à jour, by name.
  await page.getByRole('combobox', { name: 'Statut' }).click();
  await page.getByRole('option', { name: 'À jour', exact: true }).click();
  const firstRow = page.getByRole('table', { name: 'Membres' }).getByRole('row').nth(1);
  const name = ((await firstRow.getByRole('cell').first().textContent()) ?? '').trim();
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(name);
  await expect(page.getByText(/^1 sur 300 personnes/)).toBeVisible({ timeout: 15_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Imprimer les cartes' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-app-protocol-')), 'cartes.pdf');
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfText(file).toUpperCase()).toContain(name.split(' ')[0]?.toUpperCase() ?? '');

  // The service worker registered from the app's own origin controls the page after a reload.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 30_000 })
    .toBe(true);

  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(consoleViolations).toEqual([]);

  // The policy bites: an inline script injected into the page never runs, and is reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
  expect((await page.evaluate(() => window.cspViolations))[0]).toMatch(/^script-src/);
});

test('the desktop build reaches the association’s server, which is another origin for it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-app-origin-'));
  const server = new SyncServer(data);
  try {
    const init = await cli('init', '--data', data, '--org', 'Foyer rural de Tilleul');
    await server.start();
    const { code } = await cli('invite', '--data', data, '--org', String(init.orgId), '--scope', 'office');
    expect(new URL(server.url).origin).not.toBe(new URL(page.url() || 'http://127.0.0.1:1').origin);

    await firstRun(page);
    await page.goto('/#/parametres/synchronisation');
    await page.getByLabel('Adresse du serveur').fill(server.url);
    await page.getByLabel('Code d’inscription').fill(String(code));
    await page.getByLabel('Nom de cet appareil').fill('PC du foyer');
    await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
    // Enrolled: the app restarts with the device's identity and locks.
    await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
      timeout: 30_000,
    });
    await signIn(page, ADMIN.name, ADMIN.password);
    // Pulled and pushed across origins: the policy let the app reach its server.
    await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 20_000 });
  } finally {
    await server.kill();
    rmSync(data, { recursive: true, force: true });
  }
});

test('no chunk of the build starts a Web Worker from a blob: URL, which the policy refuses', () => {
  // fflate, under the XLSX libraries, did so for large files (an export or an import that never
  // ended); build/fflate-in-page.ts replaces it in the build. A worker the app needs would be a
  // file of its own, which `script-src 'self'` allows.
  const assets = join('dist', 'renderer', 'assets');
  const chunks = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(10);
  const offenders = chunks.filter((name) =>
    /new Worker\([^)]*createObjectURL/.test(readFileSync(join(assets, name), 'utf8')),
  );
  expect(offenders).toEqual([]);
});
