import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { firstRun } from './helpers';
import { rawTextLeaks, visibleText } from './raw-text';

/**
 * Every screen an administrator reaches, read as a volunteer would in French: no i18n key, no
 * piece of a key, no English role name, no « ∅ », no document id on screen. The demo
 * association fills the lists, the person pages and the journal first.
 */
test('no screen shows a raw key, an English role name or a document id', async ({ page }) => {
  test.setTimeout(240_000);
  const leaks: string[] = [];
  /** Reads the screen once `ready` shows, and keeps what leaks, with where it was seen. */
  const scan = async (screen: string, ready: Locator) => {
    await expect(ready).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    for (const leak of rawTextLeaks(await visibleText(page))) leaks.push(`${screen} : ${leak}`);
  };
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  await firstRun(page);
  await page.getByRole('button', { name: 'Essayer avec une association de démonstration' }).click();
  await expect(page.getByText('Association de démonstration chargée : 300 personnes.')).toBeVisible({
    timeout: 90_000,
  });
  await scan('Accueil', page.locator('.recharts-bar-rectangle').first());
  await page.getByRole('button', { name: /^État de la synchronisation/ }).click();
  await scan('Accueil, état de la synchronisation', page.getByRole('dialog'));
  await page.keyboard.press('Escape');

  // The sections of the menu.
  const sections: [string, string, Locator][] = [
    ['Membres', '/membres', page.getByRole('row').nth(1)],
    ['Campagne de renouvellement', '/membres/renouvellement', heading('Campagne de renouvellement')],
    ['Nouveau membre', '/membres/nouveau', heading('Nouveau membre')],
    ['Événements', '/evenements', heading('Événements')],
    ['Entrée', '/entree', heading('Entrée')],
    ['Dons & reçus', '/dons', heading('Dons & reçus')],
    ['Page introuvable', '/nulle-part', heading('Page introuvable')],
  ];
  for (const [screen, path, ready] of sections) {
    await page.goto(`/#${path}`);
    await scan(screen, ready);
  }

  // A person of the demo who has paid: the file, the memberships, the household, the history.
  await page.goto('/#/membres');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('DEM-0208');
  await page.getByRole('table').getByRole('link').first().click();
  for (const tab of ['Fiche', 'Adhésions', 'Foyer', 'Historique']) {
    await page.getByRole('tab', { name: tab }).click();
    const ready =
      tab === 'Historique'
        ? page.getByRole('table', { name: 'Historique' }).getByRole('row').nth(1)
        : page.getByRole('tabpanel', { name: tab });
    await scan(`Fiche d’une personne, onglet ${tab}`, ready);
  }
  await page.getByRole('link', { name: 'Modifier' }).click();
  await scan('Fiche d’une personne, modification', page.getByRole('button', { name: 'Enregistrer' }));
  await page.goBack();
  await page.getByRole('link', { name: 'Fusionner avec une autre fiche' }).click();
  await scan('Fusion de deux fiches', heading(/Fusionner/));

  // Every tab of Paramètres, the journal among them, and the dialogs of the lists.
  await page.goto('/#/parametres/association');
  await expect(page.getByRole('tab', { name: 'Journal' })).toBeVisible();
  const settingsTabs = await page.getByRole('tab').allInnerTexts();
  for (const tab of settingsTabs) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await scan(`Paramètres, onglet ${tab}`, await settingsReady(page, tab));
  }
  await page.getByRole('tab', { name: 'Saisons et tarifs' }).click();
  await page
    .getByRole('button', { name: /^Modifier la saison / })
    .first()
    .click();
  await scan('Paramètres, dialogue d’une saison', page.getByRole('dialog'));
  // Its cross is named (Mantine leaves it nameless: a screen reader said « bouton » alone).
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Fermer', exact: true })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  await page
    .getByRole('button', { name: /^Modifier le tarif / })
    .first()
    .click();
  await scan('Paramètres, dialogue d’un tarif', page.getByRole('dialog'));
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();

  expect(leaks, `Texte brut à l’écran :\n${leaks.join('\n')}`).toEqual([]);
});

/** What shows once a settings tab has read its data. */
async function settingsReady(page: Page, tab: string): Promise<Locator> {
  const panel = page.getByRole('tabpanel', { name: tab });
  if (tab === 'Journal') return page.getByRole('table', { name: 'Journal' }).getByRole('row').nth(1);
  if (tab === 'Saisons et tarifs') return panel.getByRole('table').first();
  if (tab === 'Champs personnalisés') return panel.getByRole('table');
  if (tab === 'Comptes') return panel.getByRole('table');
  if (tab === 'À propos') return panel.getByRole('table');
  return panel;
}
