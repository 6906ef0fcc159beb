import { defineConfig } from '@playwright/test';

// Run through `npm run test:electron` (test/electron/run.mjs), which finds the Electron binary
// and passes it as TILLEUL_ELECTRON_PATH, or reports the tests as skipped.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // test/tsconfig.json holds the @shared/* alias the spec imports the IPC contract through.
  tsconfig: '../tsconfig.json',
  // One Electron app per file, shared by its tests: nothing to gain from parallel workers.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: 'list',
  outputDir: '../../test-results/electron',
});
