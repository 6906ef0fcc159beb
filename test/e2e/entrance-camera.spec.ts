import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { qrImage } from '../support/qr-image';
import { y4mVideo } from '../support/y4m';
import { chromiumLaunchOptions } from './chromium';
import { createDoorAccount, DOOR, eventToday, newPerson } from './door';
import { firstRun, signIn } from './helpers';

const shots = 'test-results/entrance-camera';
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

/**
 * The first member of a new association gets number A-0001 (asserted below): his card's QR code,
 * drawn by the encoder that prints the card, is what Chromium's fake camera films, looped.
 */
const CARD = 'A-0001';
const video = join(mkdtempSync(join(tmpdir(), 'tilleul-e2e-camera-')), 'card.y4m');
writeFileSync(video, y4mVideo(qrImage(CARD, { width: 640, height: 480, size: 240 })));

const launch = chromiumLaunchOptions();
test.use({
  launchOptions: {
    ...launch,
    args: [
      ...launch.args,
      // The camera is granted without a prompt, and films the card.
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
});

test('the door scans a member card with the camera: in once, then « Entrée déjà enregistrée »; the camera stops when closed', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Every camera stream the page opens, to check that closing the preview really stops it.
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    Object.assign(window, { cameraStreams: streams });
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
  const liveTracks = () =>
    page.evaluate(
      () =>
        (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams
          .flatMap((stream) => stream.getTracks())
          .filter((track) => track.readyState === 'live').length,
    );

  await firstRun(page, '/#/parametres/comptes');
  await createDoorAccount(page);
  expect(await newPerson(page, 'Paul', 'Roux')).toBe(CARD);
  await eventToday(page, 'Loto du club');

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await signIn(page, DOOR.name, DOOR.pin);
  await expect(page).toHaveURL(/#\/entree$/);
  await expect(page.getByTestId('count-present')).toHaveText('0');

  // One tap opens the camera (the keyboard reaches it too); Paul shows his card: he is in.
  const open = page.getByRole('button', { name: 'Scanner une carte' });
  await expect(open).toBeVisible();
  expect((await open.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await open.focus();
  await page.keyboard.press('Enter');
  const camera = page.getByRole('region', { name: /Caméra\s:\sprésentez la carte/ });
  await expect(camera).toBeVisible();
  await expect(page.getByText('Entrée de Paul Roux enregistrée.')).toBeVisible({ timeout: 15_000 });
  await expect(camera.getByText('Carte lue : Paul Roux')).toBeVisible();
  await expect(page.getByTestId('count-present')).toHaveText('1');

  // The card stays in front of the camera: read once, not « Entrée déjà enregistrée » at every frame (such a
  // notice would replace the one with « Annuler »). The camera stays open for the next person.
  for (let i = 0; i < 6; i++) {
    await expect(page.getByText(/Entrée déjà enregistrée/)).toHaveCount(0);
    await page.waitForTimeout(500);
  }
  await expect(camera).toBeVisible();
  await shot(page, '01-scanned');
  expect(await liveTracks()).toBe(1);

  // Closing the preview stops the camera (its light goes off).
  await camera.getByRole('button', { name: 'Fermer la caméra' }).click();
  await expect(camera).toBeHidden();
  expect(await liveTracks()).toBe(0);

  // Paul shows his card again: not twice, the door says when and where he came in.
  await open.click();
  await expect(page.getByText(/Entrée déjà enregistrée à \d{2}:\d{2}, Porte 1/)).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await shot(page, '02-already');

  // Leaving the entrance stops the camera too: the volunteer locks the screen, camera open.
  expect(await liveTracks()).toBe(1);
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(camera).toBeHidden();
  await expect.poll(liveTracks).toBe(0);
});
