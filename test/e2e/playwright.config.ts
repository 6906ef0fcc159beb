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
  // The production build served exactly as the desktop's `app://` handler serves it (its path
  // resolution, refusals and Content-Security-Policy, through app-protocol-server.ts), so a policy
  // that blocks something in the desktop app fails here. Run `npm run build:web` first. The
  // phone's path (the association's server) is exercised by the specs that start that server.
  webServer: {
    command: `npx tsx --tsconfig test/tsconfig.json test/e2e/app-protocol-server.ts ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
