import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { chequeGift } from './donation-form';
import { newPerson, todayTyped } from './door';
import { ADMIN, firstRun } from './helpers';
import { enrol, joinFromFirstRun, serverForSpec } from './sync-server';

/**
 * Issue 17: the office PC and the treasurer's laptop, both offline, each put Hélène's cheque on a
 * slip. The laptop's reaches the server first; the office's is refused, and « Remises de
 * chèques » on the office says which cheque, on which other slip, and what to do. The laptop's
 * slip is undone (it never went to the bank): the office's, refused before, then reaches the
 * server and the laptop by itself, and the warning goes.
 */
const shots = 'test-results/deposit-clash';
mkdirSync(shots, { recursive: true });
const spec = serverForSpec('tilleul-e2e-deposit-clash-', 'Foyer rural de Tilleul');
const { contexts } = spec;

async function newDevice(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  return { context, page: await context.newPage() };
}

async function openDeposits(page: Page) {
  await page.goto(`${spec.server.url}/#/dons`);
  await page.getByRole('tab', { name: 'Remises de chèques' }).click();
  await expect(page.getByTestId('cheques-to-deposit')).toContainText('0012345');
}

/** Ticks Hélène's cheque with the keyboard and prepares the slip; returns its number. */
async function slipOfHelene(page: Page): Promise<string> {
  await page.getByRole('checkbox', { name: 'Remettre le chèque 0012345 d’Hélène Dupré' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^1 chèque coché · 45,00\s€$/)).toBeVisible();
  await page.getByRole('button', { name: 'Préparer le bordereau' }).click();
  const notice = page.getByText(/^Bordereau \S+ préparé\s:\s1 chèque, 45,00\s€\.$/).last();
  await expect(notice).toBeVisible({ timeout: 30_000 });
  return /Bordereau (\S+) préparé/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
}

test('the same cheque on two slips made offline: the refused one is named, then sent once the other is undone', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const office = await newDevice(browser);
  await firstRun(office.page, `${spec.server.url}/`);
  await enrol(office.page, spec.org(), 'PC du bureau', ADMIN);
  await newPerson(office.page, 'Hélène', 'Dupré', spec.server.url);
  await chequeGift(office.page, 'Hélène Dupré', '45', todayTyped(), ['0012345', 'Crédit Agricole']);
  await expect(office.page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });

  const laptop = await newDevice(browser);
  await joinFromFirstRun(laptop.page, spec.org(), 'office', 'Portable de la trésorière', {
    name: ADMIN.name,
    secret: ADMIN.password,
  });
  await expect(laptop.page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
  for (const device of [office, laptop]) await openDeposits(device.page);

  // Each page is kept by the service worker before the Wi-Fi drops: the slip's PDF (pdfmake and
  // its fonts, loaded at the first print) then comes from the kept shell. Before the worker took
  // the tabs already open (clientsClaim), a loaded machine left one outside it, and the slip was
  // written offline with no print and no notice.
  for (const device of [office, laptop]) {
    await expect
      .poll(() => device.page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), {
        timeout: 60_000,
      })
      .toBe(true);
  }
  // The Wi-Fi drops; each makes its slip with the same cheque.
  for (const device of [office, laptop]) await device.context.setOffline(true);
  for (const device of [office, laptop]) {
    await expect(device.page.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 15_000 });
  }
  const officeSlip = await slipOfHelene(office.page);
  const laptopSlip = await slipOfHelene(laptop.page);
  expect(officeSlip).not.toBe(laptopSlip);

  // The laptop is back first: its slip is the server's. Then the office.
  await laptop.context.setOffline(false);
  await expect(laptop.page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
  await office.context.setOffline(false);
  const clash = office.page.getByRole('alert').filter({ hasText: 'Un chèque figure sur deux bordereaux' });
  await expect(clash).toBeVisible({ timeout: 30_000 });
  await expect(clash).toContainText(
    new RegExp(
      `Le chèque n° 0012345 d’Hélène Dupré \\(45,00\\s€\\) de votre bordereau ${officeSlip} est déjà sur le bordereau ${laptopSlip}, fait sur un autre poste`,
    ),
  );
  await expect(clash).toContainText('Retirez ce chèque du bordereau');
  await office.page.screenshot({ path: join(shots, '1-office-clash.png') });
  // The laptop holds only its own slip: nothing to warn about there.
  await expect(laptop.page.getByRole('alert').filter({ hasText: 'deux bordereaux' })).toHaveCount(0);
  await expect(laptop.page.getByTestId('deposit-slips')).not.toContainText(officeSlip);

  // The laptop's slip never went to the bank: undone there. The office's goes through, alone.
  await laptop.page.getByRole('button', { name: `Défaire le bordereau ${laptopSlip}` }).click();
  await expect(laptop.page.getByText(new RegExp(`^Bordereau ${laptopSlip} défait`))).toBeVisible();
  await expect(clash).toHaveCount(0, { timeout: 60_000 });
  await expect(laptop.page.getByTestId('deposit-slips')).toContainText(officeSlip, { timeout: 60_000 });
  await expect(laptop.page.getByText('Aucun chèque à remettre.')).toBeVisible();
  await expect(office.page.getByTestId('deposit-slips').getByRole('row')).toHaveCount(2);
  await office.page.screenshot({ path: join(shots, '2-office-after.png') });
});
