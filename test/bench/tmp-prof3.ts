import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium';
const root = process.cwd();
const config = join(root, 'build/vite.renderer.config.ts');
const server = await preview({ configFile: config, logLevel: 'warn', build: { outDir: join(root, 'dist/renderer') }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
const url = server.resolvedUrls!.local[0]!;
const launch = chromiumLaunchOptions();
const profile = mkdtempSync(join(tmpdir(), 'tmpt-'));
for (let run = 0; run < 4; run++) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: launch.executablePath, args: launch.args, serviceWorkers: 'block' });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}favicon.svg`);
  const cdp = await context.newCDPSession(page);
  if (run === 3) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('tilleul:search-ready')[0], undefined, { timeout: 60000 });
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
  console.log(run, marks['tilleul:start:snapshot-requested'], marks['tilleul:search-ready']);
  if (run === 3) {
    const { profile: p } = await cdp.send('Profiler.stop');
    writeFileSync('/tmp/start.cpuprofile', JSON.stringify(p));
    const nav = await page.evaluate(() => performance.timeOrigin);
    writeFileSync('/tmp/start-marks.json', JSON.stringify({ nav, marks }));
  }
  await context.close();
}
await server.close();
process.exit(0);
