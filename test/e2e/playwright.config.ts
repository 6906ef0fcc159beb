import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // As a person who asks for less motion: a dialog is where it stays from its first frame, so a
    // click on a loaded machine never lands beside a button still sliding in (the product
    // honours the setting: theme.respectReducedMotion).
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  // The production web build, as served to a phone at the door (run `npm run build:web` first).
  webServer: {
    command: `npx vite preview --config build/vite.renderer.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
