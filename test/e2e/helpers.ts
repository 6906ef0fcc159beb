import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const ADMIN = { name: 'Anne Admin', password: 'tilleul-2026' };

/** A fresh browser profile starts on the first-run screen: create the administrator. */
export async function firstRun(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible();
  await page.getByLabel('Votre nom').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Confirmer' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
  await expect(page.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible();
}

/** From the lock screen: pick the account, type the secret, sign in. */
export async function signIn(page: Page, name: string, secret: string) {
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('textbox', { name: /^(Code PIN|Mot de passe)$/ }).fill(secret);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
