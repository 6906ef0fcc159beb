import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { firstRun } from './helpers';

const shots = 'test-results/about-desktop';
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

test('Paramètres → À propos on the desktop: the data folder opened, an update found, a forged one refused', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Electron cannot run here: its preload's bridge is played by the page, answering the main
  // process's part (the update controller and its signature check are tested in main/updates)
  // as main would; what the screen asks and shows is the real app's.
  const calls: string[] = [];
  await page.exposeFunction('recordCall', (call: string) => calls.push(call));
  await page.addInitScript(() => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const record = (window as unknown as { recordCall: (call: string) => Promise<void> }).recordCall;
    const answers = [
      { status: 'ready', version: '0.2.0' },
      { status: 'refused', version: '0.2.1', reason: 'badSignature' },
    ];
    Object.assign(window, {
      tilleul: {
        getAppInfo: () =>
          ok({
            version: '0.1.0',
            dataDir: '/home/anne/.config/Tilleul',
            platform: 'linux',
            electron: '39.0.0',
          }),
        saveFile: () => ok({ saved: false }),
        getUpdateState: () => ok({ status: 'idle' }),
        checkForUpdate: async (request: { serverUrl: string | null }) => {
          await record(`check ${String(request.serverUrl)}`);
          return ok(answers.shift() ?? { status: 'error', message: 'plus de réponse' });
        },
        openDataFolder: async () => (await record('open'), ok(null)),
      },
    });
  });
  await firstRun(page, '/#/parametres/a-propos');
  await expect(page.getByText('Application de bureau (Electron 39.0.0)')).toBeVisible();
  await expect(page.getByText('/home/anne/.config/Tilleul')).toBeVisible();
  await expect(page.getByTestId('update-state')).toHaveText('Pas encore recherchée depuis le démarrage.');

  await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect.poll(() => calls).toEqual(['open']);

  // Not enrolled: the check names no association server (a public feed may still answer).
  await page.getByRole('button', { name: 'Rechercher une mise à jour' }).click();
  await expect(page.getByTestId('update-state')).toHaveText(
    /^Version 0\.2\.0 prête\s: elle s’installera quand vous quitterez Tilleul\./,
  );
  expect(calls).toEqual(['open', 'check null']);
  await shot(page, '1-ready');

  await page.getByRole('button', { name: 'Rechercher une mise à jour' }).click();
  await expect(page.getByTestId('update-state')).toHaveText(
    /^Version 0\.2\.1 refusée\s: elle n’est pas signée par l’équipe de Tilleul\. Rien n’a été installé/,
  );
  await shot(page, '2-refused');
});
