import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { adultCotisationInCash, newPerson } from './door';
import { ADMIN, fillOrganisation, firstRun, signIn } from './helpers';
import { createSeasonWithFamilyTariff } from './seasons';

const shots = join('test-results', 'backup');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const PASSWORD = 'tilleul en fleurs';

test('a backup with a password, restored into a fresh profile: the people and the membership come back', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await firstRun(page);
  await fillOrganisation(page, 'Les Amis du Tilleul');
  await createSeasonWithFamilyTariff(page);
  await newPerson(page, 'Élise', 'Lefèvre');
  await adultCotisationInCash(page);
  await newPerson(page, 'Marc', 'Dupont');

  await page.goto('/#/parametres/sauvegardes');
  await expect(page.getByRole('tab', { name: 'Sauvegardes' })).toHaveAttribute('aria-selected', 'true');
  const exportCard = page.getByRole('region', { name: 'Exporter une sauvegarde' });
  await exportCard.getByLabel('Mot de passe (facultatif)').pressSequentially(PASSWORD);
  // Entrée before the repetition is typed: told so, the keyboard in the field to type it.
  await page.keyboard.press('Enter');
  await expect(exportCard).toContainText('Tapez le mot de passe une deuxième fois ici');
  await expect(exportCard.getByLabel('Mot de passe, encore une fois')).toBeFocused();
  await exportCard.getByLabel('Mot de passe, encore une fois').pressSequentially('tilleul en feuilles');
  await exportCard.getByRole('button', { name: 'Exporter une sauvegarde' }).click();
  await expect(page.getByText('Les deux mots de passe diffèrent : tapez le même deux fois.')).toBeVisible();
  await exportCard.getByLabel('Mot de passe, encore une fois').fill('');
  await exportCard.getByLabel('Mot de passe, encore une fois').pressSequentially(PASSWORD);
  await shot(page, '1-export');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^tilleul-Les-Amis-du-Tilleul-\d{4}-\d{2}-\d{2}\.tilleul$/);
  const file = join(mkdtempSync(join(tmpdir(), 'tilleul-backup-')), saved.suggestedFilename());
  await saved.saveAs(file);
  await expect(page.getByText(`Sauvegarde enregistrée : ${saved.suggestedFilename()}`)).toBeVisible();
  // Saved: the password does not stay typed on the shared PC's screen.
  await expect(exportCard.getByLabel('Mot de passe (facultatif)')).toHaveValue('');
  await expect(exportCard.getByLabel('Mot de passe, encore une fois')).toHaveCount(0);
  // Exported by Entrée from the repetition, gone since: the keyboard is back in the password.
  await expect(exportCard.getByLabel('Mot de passe (facultatif)')).toBeFocused();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 13).toString()).toBe('TILLEUL-AES1\n');
  expect(bytes.toString('latin1')).not.toContain('Dupont');

  // Another PC, or this one after a disk failure: a fresh profile, a new administrator.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await firstRun(other);
  await other.goto('/#/membres');
  await expect(other.getByText('Lefèvre')).toHaveCount(0);
  await other.goto('/#/parametres/sauvegardes');
  const restoreCard = other.getByRole('region', { name: 'Restaurer une sauvegarde' });
  const chooser = other.waitForEvent('filechooser');
  await restoreCard.getByRole('button', { name: 'Fichier de sauvegarde (.tilleul)' }).click();
  await (await chooser).setFiles(file);
  // The file is encrypted: its password's field takes the keyboard, typed into as a hand would.
  await expect(restoreCard.getByLabel('Mot de passe de la sauvegarde')).toBeFocused();
  await other.keyboard.type('mauvais mot');
  await other.keyboard.press('Enter');
  await expect(
    other.getByRole('alert').filter({ hasText: /Mot de passe incorrect pour cette sauvegarde/ }),
  ).toBeVisible();
  await restoreCard.getByLabel('Mot de passe de la sauvegarde').fill('');
  await restoreCard.getByLabel('Mot de passe de la sauvegarde').pressSequentially(PASSWORD);
  await restoreCard.getByRole('button', { name: 'Ouvrir la sauvegarde' }).click();

  const preview = other.getByRole('region', { name: 'Contenu de la sauvegarde' });
  await expect(preview.getByRole('row', { name: /Association\s+Les Amis du Tilleul/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Personnes\s+2$/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Cotisations\s+1$/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Chiffrée\s+Oui$/ })).toBeVisible();
  await shot(other, '2-preview');
  const confirm = preview.getByRole('button', { name: 'Restaurer' });
  await expect(confirm).toBeDisabled();
  await preview.getByLabel('Pour confirmer, tapez RESTAURER').pressSequentially('RESTAURER');
  await confirm.click();
  await expect(other.getByText(/Restauration terminée\s:\s\d+ documents remis/)).toBeVisible({
    timeout: 30_000,
  });
  await shot(other, '3-restored');

  await other.goto('/#/membres');
  await expect(other.getByText('Lefèvre').first()).toBeVisible();
  await expect(other.getByText('Dupont').first()).toBeVisible();
  await other.getByText('Lefèvre').first().click();
  await other.getByRole('tab', { name: 'Adhésions' }).click();
  await expect(other.getByText(/Adulte/).first()).toBeVisible();
  await shot(other, '4-membership-back');
  await fresh.close();

  // A new PC after a disk failure: the backup restored from the first-run screen, before any
  // account exists here, by keyboard once the file is picked; its accounts sign in as before.
  const blank = await browser.newContext();
  const third = await blank.newPage();
  await third.goto('/');
  await expect(third.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await third.getByText('Restaurer une sauvegarde sur ce poste').click();
  await expect(third.getByText(/Sur un nouveau PC, ou après une panne/)).toBeVisible();
  const thirdChooser = third.waitForEvent('filechooser');
  await third.getByRole('button', { name: 'Fichier de sauvegarde (.tilleul)' }).click();
  await (await thirdChooser).setFiles(file);
  await expect(third.getByLabel('Mot de passe de la sauvegarde')).toBeFocused();
  await third.getByLabel('Mot de passe de la sauvegarde').pressSequentially(PASSWORD);
  await third.getByLabel('Mot de passe de la sauvegarde').press('Enter');
  const firstRunPreview = third.getByRole('region', { name: 'Contenu de la sauvegarde' });
  await expect(firstRunPreview.getByRole('row', { name: /^Personnes\s+2$/ })).toBeVisible();
  // The secret's form is gone once the file opened: the confirmation has the focus.
  await expect(firstRunPreview.getByLabel('Pour confirmer, tapez RESTAURER')).toBeFocused();
  await third.keyboard.type('restaurer');
  await third.keyboard.press('Enter');
  // The restored accounts do not open the lock screen under the running restore: its result is read first.
  await expect(third.getByText(/Restauration terminée\s:\s\d+ documents remis/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(third.getByText('Les comptes de la sauvegarde sont revenus')).toBeVisible();
  await expect(third.getByRole('radio', { name: 'Démarrer l’association sur ce poste' })).toHaveCount(0);
  await shot(third, '5-first-run-restored');
  await expect(third.getByRole('button', { name: 'Continuer vers la connexion' })).toBeFocused();
  await third.keyboard.press('Enter');
  await expect(third.getByText('Qui utilise Tilleul ?')).toBeVisible();
  await signIn(third, ADMIN.name, ADMIN.password);
  await expect(third.getByText(`${ADMIN.name} · Administrateur`)).toBeVisible({ timeout: 20_000 });
  await third.goto('/#/membres');
  await expect(third.getByText('Lefèvre').first()).toBeVisible();
  await expect(third.getByText('Dupont').first()).toBeVisible();
  await shot(third, '6-signed-in-after-restore');
  // The journal names the restore, made before anyone had signed in here.
  await third.goto('/#/parametres/journal');
  await expect(
    third
      .getByRole('table', { name: 'Journal' })
      .getByRole('row')
      .filter({ hasText: 'Restauration au premier démarrage' }),
  ).toHaveCount(1);
  await blank.close();
});
