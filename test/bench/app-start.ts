import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { DemoSize } from '@shared/demo/demo-association';
import { call } from './call';
import { median } from './report';

/**
 * Cold start of the web build with the real UI (issue 19): the app's own `main.tsx` in a
 * relaunched Chromium, from navigation to the first frame painted after the directory's search is
 * ready (the `tilleul:search-ready` mark). Against IndexedDB's raw `getAll` of the same people in
 * the same profile, the same run. The bench page is served from the app's origin (`/bench/`) so
 * that it seeds the app's own database (`tilleul`) and reads its people raw.
 */
export interface AppStartFigures {
  /** The first start: no snapshot yet, every person read (what every start did before). */
  withoutSnapshotMs: number;
  /** The following starts, from the snapshot. */
  withSnapshotMs: number[];
  /**
   * The same starts once the database is an enrolled door device whose server cannot be reached
   * (a hall with no network): the sync engine starts beside, as on every enrolled device.
   */
  enrolledDoorMs: number[];
  /** Each start's steps (main.tsx's `tilleul:start:*` marks), milliseconds from navigation. */
  steps: {
    withoutSnapshot: Record<string, number>;
    withSnapshot: Record<string, number>[];
    enrolledDoor: Record<string, number>[];
  };
  rawGetAllMs: number[];
  /** The raw `getAll` measured beside the enrolled door's starts. */
  rawGetAllEnrolledMs: number[];
  seedMs: number;
  buildMs: number;
}

interface Options {
  root: string;
  size: DemoSize;
  coldStarts: number;
  launch: { executablePath?: string; args: string[] };
  newProfile: () => string;
  log: (message: string) => void;
}

const APP_DB = 'tilleul';

/** The length of the stored search snapshot, 0 when there is none. */
function snapshotLength(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('tilleul-directory-snapshot');
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains('snapshot')) return resolve(0);
          const get = database.transaction('snapshot', 'readonly').objectStore('snapshot').get('search');
          // The stored snapshot (shared/search/snapshot.ts): its text's length, 0 when absent.
          get.onsuccess = () => {
            const value = get.result as { text?: unknown } | undefined;
            resolve(typeof value?.text === 'string' ? value.text.length : 0);
          };
          get.onerror = () => resolve(0);
        };
      }),
  );
}

export async function measureAppColdStart(options: Options): Promise<AppStartFigures> {
  const { root, size, launch } = options;
  const outDir = join(root, 'dist/bench-app');
  const config = join(root, 'build/vite.renderer.config.ts');
  const built = performance.now();
  options.log('construction de l’application web (démarrage à froid avec la vraie interface)…');
  await build({ configFile: config, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  cpSync(join(root, 'dist/bench'), join(outDir, 'bench'), { recursive: true });
  const buildMs = performance.now() - built;
  const server = await preview({
    configFile: config,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  const profile = options.newProfile();
  const fresh = async <T>(body: (page: Page) => Promise<T>): Promise<T> => {
    // The service worker is blocked: it would answer /bench/ with the app's cached index.html.
    const context = await chromium.launchPersistentContext(profile, {
      // French, as the association's PCs: the app follows the browser's language until one is chosen.
      locale: 'fr-FR',
      executablePath: launch.executablePath,
      args: launch.args,
      serviceWorkers: 'block',
    });
    try {
      return await body(context.pages()[0] ?? (await context.newPage()));
    } finally {
      await context.close();
    }
  };
  const benchPage = async (page: Page) => {
    await page.goto(`${url}bench/index.html`);
    await page.waitForFunction(() => 'tilleulBench' in globalThis);
  };
  const startSteps: Record<string, number>[] = [];
  const appStart = (page: Page) =>
    page.goto(url).then(async () => {
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('tilleul:search-ready')[0]?.startTime,
        undefined,
        { timeout: 120_000 },
      );
      startSteps.push(
        await page.evaluate(() =>
          Object.fromEntries(
            performance
              .getEntriesByType('mark')
              .filter((entry) => entry.name.startsWith('tilleul:start:'))
              .map((entry) => [entry.name.slice('tilleul:start:'.length), Math.round(entry.startTime)]),
          ),
        ),
      );
      return (await handle.jsonValue()) as number;
    });

  try {
    const seeded = await fresh(async (page) => {
      await benchPage(page);
      return call(page, 'seed', size, APP_DB);
    });
    options.log(`application : données écrites en ${(seeded.ms / 1000).toFixed(1)} s`);
    const withoutSnapshotMs = await fresh(async (page) => {
      const ms = await appStart(page);
      // The snapshot is written in the background once the collections are read.
      const deadline = Date.now() + 120_000;
      while ((await snapshotLength(page)) === 0) {
        if (Date.now() > deadline) throw new Error('the search snapshot was never written');
        await page.waitForTimeout(200);
      }
      return ms;
    });
    /** `coldStarts` starts, each after a raw `getAll` of the people in a Chromium of its own. */
    const series = async () => {
      const starts: number[] = [];
      const raws: number[] = [];
      for (let i = 0; i < options.coldStarts; i++) {
        raws.push(
          await fresh(async (page) => {
            await benchPage(page);
            return (await call(page, 'rawGetAll', APP_DB)).readyMs;
          }),
        );
        starts.push(await fresh(appStart));
      }
      return { starts, raws };
    };
    const standalone = await series();
    await fresh(async (page) => {
      await benchPage(page);
      await call(page, 'enrolUnreachable', 'door', APP_DB);
    });
    const enrolled = await series();
    options.log(
      `application : sans instantané ${withoutSnapshotMs.toFixed(0)} ms, avec ${median(standalone.starts).toFixed(0)} ms (getAll brut ${median(standalone.raws).toFixed(0)} ms), poste d’entrée inscrit ${median(enrolled.starts).toFixed(0)} ms (getAll brut ${median(enrolled.raws).toFixed(0)} ms)`,
    );
    const [withoutSnapshot = {}, ...following] = startSteps;
    return {
      withoutSnapshotMs,
      withSnapshotMs: standalone.starts,
      enrolledDoorMs: enrolled.starts,
      steps: {
        withoutSnapshot,
        withSnapshot: following.slice(0, options.coldStarts),
        enrolledDoor: following.slice(options.coldStarts),
      },
      rawGetAllMs: standalone.raws,
      rawGetAllEnrolledMs: enrolled.raws,
      seedMs: seeded.ms,
      buildMs,
    };
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
