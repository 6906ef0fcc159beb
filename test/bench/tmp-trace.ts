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
  const context = await chromium.launchPersistentContext(profile, { executablePath: launch.executablePath, args: launch.args, serviceWorkers: (process.env.SW ? 'allow' : 'block') });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const events: any[] = [];
  const tracing = run === 3;
  if (tracing) {
    cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,blink,loading,disabled-by-default-devtools.timeline,disabled-by-default-v8.compile,blink.user_timing', transferMode: 'ReportEvents' });
  }
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('tilleul:start:snapshot-requested')[0], undefined, { timeout: 60000 });
  await page.waitForTimeout(3000);
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`));
  console.log(run, marks.filter((m) => m.includes('start:') || m.includes('ready')).join(' | '));
  if (tracing) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end'); await done;
    writeFileSync('/tmp/start-trace.json', JSON.stringify(events));
  }
  await context.close();
}
await server.close();
process.exit(0);
