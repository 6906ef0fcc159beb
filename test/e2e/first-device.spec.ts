import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, noteRecoveryCode } from './helpers';
import { createDoorAccount, DOOR } from './door';
import { cli, serverForSpec } from './sync-server';

/**
 * A server just made by `init` holds no account. Walked: « Rejoindre le serveur de
 * l’association » on the first PC (the way the CLI's code invites) left « Les comptes arrivent du
 * serveur » on screen for ever, with no way on. Once the first sync has ended with no account,
 * the office PC creates the first administrator there; a door device is told who makes its own.
 */
const spec = serverForSpec('tilleul-e2e-first-device-', 'Comité du lavoir');

async function joinFromFirstRun(page: Page, scope: 'office' | 'door', deviceName: string) {
  await page.goto(`${spec.server.url}/`);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByText('Rejoindre le serveur de l’association').click();
  const { code } = await cli('invite', '--data', spec.data, '--org', spec.orgId, '--scope', scope);
  await page.getByLabel('Code d’inscription').fill(String(code));
  await page.getByLabel('Nom de cet appareil').fill(deviceName);
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
}

test('the first PC to join a new server creates its administrator there; a door that came first is told who makes its account', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const doorContext = await browser.newContext();
  spec.contexts.push(doorContext);
  const door = await doorContext.newPage();
  await joinFromFirstRun(door, 'door', 'Porte 1');
  await expect(door.getByTestId('empty-server')).toContainText(
    'le serveur n’a encore aucun compte « Bénévole à l’entrée »',
    { timeout: 30_000 },
  );
  // A door device never creates accounts.
  await expect(door.getByRole('button', { name: 'Créer le compte administrateur' })).toHaveCount(0);

  const officeContext = await browser.newContext();
  spec.contexts.push(officeContext);
  const office = await officeContext.newPage();
  await joinFromFirstRun(office, 'office', 'PC du bureau');
  await expect(office.getByTestId('empty-server')).toContainText('ce poste est le premier de l’association', {
    timeout: 30_000,
  });
  // By keyboard, from the name the form starts in; a password too short, refused by Entrée in its
  // confirmation, takes the keyboard back to the password (it stayed on the confirmation).
  await expect(office.getByLabel('Votre nom')).toBeFocused();
  await office.keyboard.type(ADMIN.name);
  await office.keyboard.press('Tab');
  await office.keyboard.type('lavoir');
  await office.keyboard.press('Tab');
  await office.keyboard.type('lavoir');
  await office.keyboard.press('Enter');
  const password = office.getByRole('textbox', { name: 'Mot de passe' });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await office.keyboard.press('ControlOrMeta+A');
  await office.keyboard.type(ADMIN.password);
  await office.keyboard.press('Tab');
  await office.keyboard.press('ControlOrMeta+A');
  await office.keyboard.type(ADMIN.password);
  await office.keyboard.press('Enter');
  await noteRecoveryCode(office);
  await expect(office.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 30_000 });
  // The account is the server's now, and the door's, made here, reaches the door by itself.
  await expect(office.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
  // The association's identity starts from the name the server knows it by, nothing typed yet:
  // leaving asks nothing.
  await office.goto(`${spec.server.url}/#/parametres/association`);
  await expect(office.getByLabel('Nom de l’association')).toHaveValue('Comité du lavoir');
  await office.getByRole('tab', { name: 'Comptes' }).click();
  await expect(office.getByRole('dialog', { name: 'Abandonner les modifications ?' })).toHaveCount(0);
  await expect(office).toHaveURL(/#\/parametres\/comptes$/);
  // A PIN too short, refused by Entrée in its confirmation: the keyboard goes back to the PIN.
  await office.getByRole('textbox', { name: 'Nom', exact: true }).fill(DOOR.name);
  await office.getByRole('combobox', { name: 'Rôle' }).click();
  await office.getByRole('option', { name: 'Bénévole à l’entrée' }).click();
  const pin = office.getByRole('textbox', { name: /^Code PIN/ });
  await pin.fill('2468');
  await office.getByRole('textbox', { name: 'Confirmer' }).fill('2468');
  await office.getByRole('textbox', { name: 'Confirmer' }).press('Enter');
  await expect(office.getByText('Le code PIN comporte au moins 6 chiffres')).toBeVisible();
  await expect(pin).toBeFocused();
  await createDoorAccount(office);
  await expect(door.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 60_000,
  });
  // By keyboard: the lock screen starts on the account, Entrée opens it in the PIN.
  await expect(door.getByRole('button', { name: new RegExp(`^${DOOR.name}`) })).toBeFocused();
  await door.keyboard.press('Enter');
  await expect(door.getByRole('textbox', { name: 'Code PIN' })).toBeFocused();
  await door.keyboard.type(DOOR.pin);
  await door.keyboard.press('Enter');
  await expect(door.getByText(`${DOOR.name} · Bénévole à l’entrée`)).toBeVisible({ timeout: 30_000 });
});
