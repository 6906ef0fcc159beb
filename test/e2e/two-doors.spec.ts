import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Browser, Locator, Page } from '@playwright/test';
import { adultCotisationInCash, newPerson, todayTyped } from './door';
import { createSeasonWithFamilyTariff } from './seasons';
import { joinFromFirstRun, officeWithDoors, serverForSpec } from './sync-server';
import { deName } from '@shared/format/french-elision';

/**
 * Issue 16: two doors of the same loto, each a device enrolled on the association's server with a
 * door code, lose the network together. Both let Paul in; each takes someone else's money. When
 * the network comes back, Paul is in once (at the first door's time), no payment is lost, each
 * door's till still holds what it took, and the office sees all of it.
 */
const shots = 'test-results/two-doors';
mkdirSync(shots, { recursive: true });
const PORTE_1 = { name: 'Porte 1', pin: '246810' };
const PORTE_2 = { name: 'Porte 2', pin: '135790' };

const spec = serverForSpec('tilleul-e2e-two-doors-', 'Foyer rural de Tilleul');
const { contexts } = spec;

const type = async (field: Locator, text: string) => {
  await field.click();
  await field.pressSequentially(text, { delay: 20 });
};

/** A tablet joins the server with a door code from the first-run screen; the volunteer signs in. */
async function doorDevice(browser: Browser, deviceName: string, door: { name: string; pin: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await joinFromFirstRun(page, spec.org(), 'door', deviceName, { name: door.name, secret: door.pin });
  await expect(page).toHaveURL(/#\/entree$/, { timeout: 20_000 });
  await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
  // Tonight's only event: Entrée opens on it.
  await expect(page.getByText('Loto du samedi', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nom, prénom ou numéro' })).toBeFocused();
  return { context, page };
}

/** At the door (search focused): a name typed, Entrée; the paying dialog answered if it opens. */
async function letIn(page: Page, query: string, fullName: string, pay?: (dialog: Locator) => Promise<void>) {
  await page.keyboard.type(query, { delay: 20 });
  await expect(
    page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').first(),
  ).toContainText((fullName.split(' ')[1] ?? '').toUpperCase());
  await page.keyboard.press('Enter');
  if (pay) await pay(page.getByRole('dialog', { name: `À l’entrée : ${fullName}` }));
  await expect(page.getByText(`Entrée ${deName(fullName)} enregistrée.`)).toBeVisible();
}

test('two doors offline let the same member in and take money: one entry, every euro and cheque kept', async ({
  browser,
}) => {
  test.setTimeout(300_000);

  // The office PC: enrolled, two door accounts, a season, Paul à jour, Léa and Marc who are not,
  // and tonight's loto (free for members, 5 € for the others).
  const office = await officeWithDoors(browser, spec, [PORTE_1, PORTE_2]);
  await createSeasonWithFamilyTariff(office, spec.server.url);
  await newPerson(office, 'Paul', 'Roux', spec.server.url);
  await adultCotisationInCash(office);
  await newPerson(office, 'Léa', 'Martin', spec.server.url);
  await newPerson(office, 'Marc', 'Petit', spec.server.url);
  await newPerson(office, 'Jeanne', 'Blanc', spec.server.url);
  await office.goto(`${spec.server.url}/#/evenements/nouveau`);
  await type(office.getByRole('textbox', { name: 'Titre' }), 'Loto du samedi');
  await type(office.getByRole('textbox', { name: 'Date', exact: true }), todayTyped());
  await type(office.getByRole('textbox', { name: 'Prix pour les adhérents' }), '0');
  await type(office.getByRole('textbox', { name: 'Prix pour les autres' }), '5');
  await office.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'Loto du samedi' })).toBeVisible();
  await expect(office.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });

  const one = await doorDevice(browser, 'Tablette porte 1', PORTE_1);
  const two = await doorDevice(browser, 'Tablette porte 2', PORTE_2);

  // The Wi-Fi of the village hall drops for both doors.
  for (const door of [one, two]) await door.context.setOffline(true);
  for (const door of [one, two]) {
    await expect(door.page.getByTestId('sync-status')).toContainText('Hors ligne', { timeout: 15_000 });
  }

  // Paul shows his card at door 1, then (his wife has the tickets) walks round to door 2: neither
  // door can know. Léa pays 5 € in cash at door 1; Marc pays by cheque at door 2.
  await letIn(one.page, 'paul', 'Paul Roux');
  await letIn(one.page, 'lea', 'Léa Martin', (dialog) =>
    dialog.getByRole('button', { name: /Entrée\s:\sEspèces/ }).click(),
  );
  await letIn(two.page, 'paul', 'Paul Roux');
  await letIn(two.page, 'marc', 'Marc Petit', async (dialog) => {
    await dialog.getByRole('button', { name: /Entrée\s:\sChèque/ }).click();
    await type(dialog.getByRole('textbox', { name: 'Numéro du chèque' }), '0012345');
    await two.page.keyboard.press('Enter');
  });
  // Jeanne pays at both doors (5 € cash at door 1, then a cheque at door 2): both were taken, and
  // both tills hold them — the merged record must keep each payment with its own method.
  await letIn(one.page, 'jeanne', 'Jeanne Blanc', (dialog) =>
    dialog.getByRole('button', { name: /Entrée\s:\sEspèces/ }).click(),
  );
  await letIn(two.page, 'jeanne', 'Jeanne Blanc', async (dialog) => {
    await dialog.getByRole('button', { name: /Entrée\s:\sChèque/ }).click();
    await type(dialog.getByRole('textbox', { name: 'Numéro du chèque' }), '0000099');
    await two.page.keyboard.press('Enter');
  });
  await expect(one.page.getByTestId('count-present')).toHaveText('3');
  await expect(two.page.getByTestId('count-present')).toHaveText('3');

  // The network comes back: both doors converge on four people in, Paul and Jeanne once each.
  for (const door of [one, two]) await door.context.setOffline(false);
  for (const door of [one, two]) {
    await expect(door.page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
    await expect(door.page.getByTestId('count-present')).toHaveText('4', { timeout: 20_000 });
  }
  await two.page.keyboard.type('paul', { delay: 20 });
  await expect(
    two.page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').first(),
  ).toContainText(/Entré à \d{2}:\d{2}, Porte 1/);
  await two.page.keyboard.press('Escape');
  // Door 2's recent entries say where Paul's entry counts, and offer no undo of door 1's entry.
  await expect(two.page.getByText(/Paul Roux · \d{2}:\d{2} · entrée comptée à Porte 1/)).toBeVisible();
  await expect(two.page.getByRole('button', { name: 'Annuler l’entrée de Paul Roux' })).toHaveCount(0);
  await expect(two.page.getByRole('button', { name: 'Annuler l’entrée de Marc Petit' })).toBeVisible();

  // Each door's till still holds what that door took: the cash count must match the drawer.
  await expect(one.page.getByTestId('takings-especes')).toHaveText(/Espèces\s:\s10,00\s€/);
  await expect(one.page.getByTestId('takings-cheque')).toHaveText(/Chèques\s:\s0,00\s€/);
  await expect(two.page.getByTestId('takings-cheque')).toHaveText(/Chèques\s:\s10,00\s€/);
  await expect(two.page.getByTestId('takings-cheques')).toContainText(/n°\s0012345\s\(5,00\s€\)/);
  await expect(two.page.getByTestId('takings-cheques')).toContainText(/n°\s0000099\s\(5,00\s€\)/);
  await expect(two.page.getByTestId('takings-especes')).toHaveText(/Espèces\s:\s0,00\s€/);
  await one.page.screenshot({ path: join(shots, '01-door-1.png') });
  await two.page.screenshot({ path: join(shots, '02-door-2.png') });

  // The office, which stayed online, sees three present and both payments on the event's page.
  await office.goto(`${spec.server.url}/#/evenements`);
  await office
    .getByRole('link', { name: /Loto du samedi/ })
    .first()
    .click();
  await expect(office.getByRole('heading', { level: 1, name: 'Loto du samedi' })).toBeVisible();
  await expect(office.getByText(/20,00\s€/).first()).toBeVisible({ timeout: 20_000 });
  await expect(office.getByText(/Espèces\s:\s10,00\s€/)).toBeVisible();
  await expect(office.getByText(/Chèque\s:\s10,00\s€/)).toBeVisible();
  const jeanne = office.getByRole('row').filter({ has: office.getByRole('link', { name: 'Jeanne Blanc' }) });
  await expect(jeanne).toContainText(/10,00\s€/);
  await expect(jeanne).toContainText(
    /5,00\s€\sEspèces\s\(Porte 1\)\s;\s5,00\s€\sChèque\sn°\s0000099\s\(Porte 2\)/,
  );
  const paul = office.getByRole('row').filter({ has: office.getByRole('link', { name: 'Paul Roux' }) });
  await expect(paul).toContainText('Porte 1');
  const marc = office.getByRole('row').filter({ has: office.getByRole('link', { name: 'Marc Petit' }) });
  await expect(marc).toContainText('Porte 2');
  await office.screenshot({ path: join(shots, '03-office-event.png'), fullPage: true });

  // Both cheques wait to be taken to the bank: Marc's and Jeanne's, none lost in the merge.
  await office.goto(`${spec.server.url}/#/dons`);
  await office.getByRole('tab', { name: 'Remises de chèques' }).click();
  const toDeposit = office.getByTestId('cheques-to-deposit');
  await expect(toDeposit.getByRole('row').filter({ hasText: 'Marc Petit' })).toContainText('0012345');
  await expect(toDeposit.getByRole('row').filter({ hasText: 'Jeanne Blanc' })).toContainText('0000099');
  await office.screenshot({ path: join(shots, '04-office-cheques.png'), fullPage: true });
});
