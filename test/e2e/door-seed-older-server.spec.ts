import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { eventToday, newPerson } from './door';
import { joinFromFirstRun, letInAtTheOffice, officeWithDoors, serverForSpec } from './sync-server';

/**
 * Issues 16 and 19: a new door device knows who is already in from its directory seed. When the
 * seed brings no check-ins (an older server, or more than a seed carries) and they have not been
 * pulled yet, the entrance says so, so that the volunteer looks at the ticket: the same ticket
 * must not get in twice unnoticed.
 */
const shots = 'test-results/door-seed-older-server';
mkdirSync(shots, { recursive: true });
const PORTE = { name: 'Porte 1', pin: '246810' };

const spec = serverForSpec('tilleul-e2e-door-seed-older-', 'Foyer rural de Tilleul');
const { contexts } = spec;

test('a door device whose seed brought no check-ins says that the other doors’ entries are still coming', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // The office: enrolled, a door account, tonight's ball, and Élodie let in at its own entrance.
  const office = await officeWithDoors(browser, spec, [PORTE]);
  await newPerson(office, 'Élodie', 'Marchand', spec.server.url);
  await eventToday(office, 'Bal du soir', spec.server.url);
  await letInAtTheOffice(office, spec.server.url, 'marchand', { firstName: 'Élodie', lastName: 'Marchand' });

  // A phone at the door: its seed comes as an older server sends it, without the check-ins, and
  // the check-ins' pulls wait.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  contexts.push(context);
  await context.route(/\/api\/v1\/sync\/directory-seed/, async (route) => {
    const answer = await route.fetch();
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body.attendance).toHaveLength(1);
    delete body.attendance;
    await route.fulfill({ response: answer, json: body });
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(/\/api\/v1\/sync\/attendance\/pull/, async (route) => {
    // The one-document count of the progress panel passes; the pages wait.
    if (!/[?&]limit=1(&|$)/.test(route.request().url())) await held;
    await route.continue();
  });
  const page = await context.newPage();
  await joinFromFirstRun(page, spec.org(), 'door', 'Téléphone de l’entrée', {
    name: PORTE.name,
    secret: PORTE.pin,
  });
  await expect(page).toHaveURL(/#\/entree$/, { timeout: 20_000 });
  const warning = page.getByTestId('other-doors-coming');
  await expect(warning).toHaveText(
    'Les entrées faites aux autres portes arrivent encore : quelqu’un déjà entré ailleurs n’est pas encore signalé ici. Regardez son billet ou sa carte.',
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await page.screenshot({ path: join(shots, '01-warning.png') });

  // The check-ins come: the warning goes, and who came in at the office is known here.
  release();
  await expect(warning).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await page.keyboard.type('elodie', { delay: 20 });
  const first = page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').first();
  await expect(first).toContainText(/Entré à \d{2}:\d{2}, Anne Admin/);
  await page.screenshot({ path: join(shots, '02-after-check-ins.png') });
});
