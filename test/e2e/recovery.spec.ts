import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { ADMIN, noteRecoveryCode, signIn } from './helpers';
import { cli, enrol, SyncServer } from './sync-server';

/** Issue 15, item 14: a lone administrator who forgot the password gets back in with the code. */

const NEW_PASSWORD = 'retrouve-2026';

async function lock(page: Page) {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
}

test('the recovery code shown at first run opens the account once, then a new password and a new code', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByLabel('Votre nom').pressSequentially(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).pressSequentially(ADMIN.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).pressSequentially(ADMIN.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();

  // Shown once, before anything else: printable, and « Continuer » waits for « Je l'ai noté ».
  await expect(page.getByRole('heading', { name: 'Votre code de secours' })).toBeVisible({ timeout: 30_000 });
  const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
  await expect(page.getByRole('button', { name: 'Continuer' })).toBeDisabled();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
  // The keyboard is on the screen's first action, not lost with the form that led here.
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeFocused();
  await page.screenshot({ path: 'test-results/e2e/recovery-code-first-run.png' });

  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-recovery-')), 'code.pdf');
  await (await download).saveAs(file);
  // Printed by Entrée, the keyboard is still there, for « Je l'ai noté » by Tab (it fell to the page's body).
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeFocused();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(file);
  expect(text).toContain('code de secours');
  expect(text).toMatch(new RegExp(`Compte administrateur\\s:\\s${ADMIN.name}`));
  expect(text.replace(/\s+/g, '')).toContain(code);

  expect(await noteRecoveryCode(page)).toBe(code);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });

  // Forgotten password: a wrong code first, then the right one typed in lower case with spaces.
  await lock(page);
  await page.getByRole('button', { name: new RegExp(`^${ADMIN.name}`) }).click();
  await page.getByRole('button', { name: 'Mot de passe oublié ?' }).click();
  const field = page.getByRole('textbox', { name: 'Code de secours' });
  const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
  await field.pressSequentially(wrong);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Ce n’est pas le code de secours de ce compte/)).toBeVisible({
    timeout: 20_000,
  });
  await field.pressSequentially(code.toLowerCase().replaceAll('-', ' '));
  await page.keyboard.press('Enter');

  // Nothing else opens before the new password.
  await expect(page.getByRole('heading', { name: 'Choisissez un nouveau mot de passe' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/recovery-choose-password.png' });
  // The new password is typed at once: its field has the focus (Mantine's data-autofocus, used
  // before, works only in a dialog).
  await expect(page.getByRole('textbox', { name: /^Nouveau mot de passe/ })).toBeFocused();
  await page.getByRole('textbox', { name: /^Nouveau mot de passe/ }).pressSequentially('court');
  await page.getByRole('textbox', { name: 'Confirmer le mot de passe' }).pressSequentially('court');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText(/au moins 8 caractères/)).toBeVisible();
  await page.getByRole('textbox', { name: /^Nouveau mot de passe/ }).fill('');
  await page.getByRole('textbox', { name: /^Nouveau mot de passe/ }).pressSequentially(NEW_PASSWORD);
  await page.getByRole('textbox', { name: 'Confirmer le mot de passe' }).fill('');
  await page.getByRole('textbox', { name: 'Confirmer le mot de passe' }).pressSequentially(NEW_PASSWORD);
  await page.keyboard.press('Enter');

  // The code is spent: a new one is shown to note.
  await expect(page.getByRole('heading', { name: 'Votre code de secours' })).toBeVisible({ timeout: 30_000 });
  const next = await noteRecoveryCode(page);
  expect(next).not.toBe(code);
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });

  // The journal says what happened.
  await page.goto('/#/parametres/journal');
  await expect(page.getByText('Connexion avec le code de secours').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Code de secours erroné').first()).toBeVisible();

  // « Nouveau code de secours » replaces it again, shown once in a dialog that waits to be noted.
  await page.goto('/#/parametres/comptes');
  await page.getByRole('button', { name: 'Nouveau code de secours' }).click();
  await page.getByRole('button', { name: 'Créer un nouveau code' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('recovery-code')).toBeVisible({ timeout: 30_000 });
  const renewed = (await dialog.getByTestId('recovery-code').textContent()) ?? '';
  expect(renewed).not.toBe(next);
  await expect(dialog.getByRole('button', { name: 'Imprimer' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('recovery-code')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/recovery-renew.png' });
  await dialog.getByRole('checkbox', { name: 'Je l’ai noté' }).check();
  await dialog.getByRole('button', { name: 'Continuer' }).click();
  await expect(dialog).toBeHidden();

  // The old password and the replaced code no longer open anything; the new password does.
  await lock(page);
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByText(/Code ou mot de passe incorrect/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Mot de passe oublié ?' }).click();
  await page.getByRole('textbox', { name: 'Code de secours' }).pressSequentially(next);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Ce n’est pas le code de secours de ce compte/)).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole('button', { name: 'Retour au mot de passe' }).click();
  await page.getByRole('textbox', { name: 'Mot de passe' }).pressSequentially(NEW_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
});

test('tilleul-server reset-admin: a temporary password reaches the office PC, and must be changed at sign-in', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const data = mkdtempSync(join(tmpdir(), 'tilleul-e2e-reset-'));
  const init = await cli('init', '--data', data, '--org', 'Comité des fêtes');
  const orgId = String(init.orgId);
  const server = new SyncServer(data);
  const context = await browser.newContext();
  try {
    await server.start();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/#/parametres/synchronisation`);
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
      timeout: 15_000,
    });
    await page.getByLabel('Votre nom').fill(ADMIN.name);
    await page.getByRole('textbox', { name: 'Mot de passe' }).fill(ADMIN.password);
    await page.getByRole('textbox', { name: 'Confirmer' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
    await noteRecoveryCode(page);
    await enrol(page, { data, orgId, url: server.url }, 'PC du bureau', ADMIN);

    // The PC is « À jour » (enrol): the server holds the account. Password and code are lost.
    const reset = await cli('reset-admin', '--data', data, '--org', orgId);
    expect(reset).toMatchObject({ ok: true, name: ADMIN.name });
    const temporary = String(reset.password);

    // At its next sync (here the server restarts, the PC reconnects), the journal shows it.
    await page.goto(`${server.url}/#/parametres/journal`);
    await server.kill();
    await server.start();
    await expect(page.getByText('Mot de passe provisoire donné par le serveur (reset-admin)')).toBeVisible({
      timeout: 30_000,
    });

    // Signing in with it opens only « Choisissez un nouveau mot de passe ».
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await signIn(page, ADMIN.name, ADMIN.password);
    await expect(page.getByText(/Code ou mot de passe incorrect/)).toBeVisible({ timeout: 20_000 });
    await page.getByRole('textbox', { name: 'Mot de passe' }).pressSequentially(temporary);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Choisissez un nouveau mot de passe' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText(/mot de passe provisoire/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
    await page.getByRole('textbox', { name: /^Nouveau mot de passe/ }).pressSequentially(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirmer le mot de passe' }).pressSequentially(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });

    // The temporary password is gone with the flag; the new password opens the app directly.
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await signIn(page, ADMIN.name, NEW_PASSWORD);
    await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
  } finally {
    await context.close();
    await server.kill();
    rmSync(data, { recursive: true, force: true });
  }
});
