/**
 * `npm run bench [-- --size small|large|federation]`: the budgets of DESIGN.md measured on
 * seeded data, in real Chromium (Debian's) against the production build of the data layer, with
 * the baselines measured in the same run. Prints a table and writes bench-results/*.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build, preview } from 'vite';
import { DEMO_SIZES, generateDemoAssociation } from '@shared/demo/demo-association';
import type { DemoSize } from '@shared/demo/demo-association';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { machineFacts } from './machine';
import type { TilleulBench } from './page/main';
import { doorQueries, keystrokes } from './queries';
import type { BenchLine } from './report';
import { formatTable, median, ms, notYet, percentile } from './report';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'federation' },
    'cold-starts': { type: 'string', default: '5' },
  },
});
const size = values.size as DemoSize;
if (!(size in DEMO_SIZES)) {
  console.error(`Taille inconnue « ${values.size} » : choisissez small, large ou federation.`);
  process.exit(2);
}
const budgetSize = size === 'federation';
const verdict = (pass: boolean): BenchLine['status'] => (budgetSize ? (pass ? 'ok' : 'dépassé') : 'mesuré');
const sizeNote = budgetSize
  ? undefined
  : `taille ${size} : les budgets sont définis à 50 000 personnes, rien n’est jugé`;

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

async function benchPage(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => 'tilleulBench' in globalThis);
}

/** Calls a function of the page's `tilleulBench` object. */
function call<K extends keyof TilleulBench>(page: Page, name: K, ...args: Parameters<TilleulBench[K]>) {
  return page.evaluate(
    ([fn, fnArgs]) => {
      const api = (globalThis as unknown as { tilleulBench: Record<string, (...a: unknown[]) => unknown> })
        .tilleulBench;
      const target = api[fn];
      if (!target) throw new Error(`tilleulBench.${fn} does not exist`);
      return target(...fnArgs);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<TilleulBench[K]>>>;
}

async function main() {
  const launch = chromiumLaunchOptions();
  log('construction de la page de mesure…');
  await build({ configFile: join(root, 'test/bench/vite.config.ts'), logLevel: 'warn' });
  const server = await preview({
    configFile: join(root, 'test/bench/vite.config.ts'),
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');

  const browser = await chromium.launch({
    ...launch,
    args: [...launch.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const lines: BenchLine[] = [];
  try {
    const context = await browser.newContext();
    const seeding = await context.newPage();
    await benchPage(seeding, url);
    await call(seeding, 'wipe');
    log(`écriture des données « ${size} » (${DEMO_SIZES[size]} personnes)…`);
    const seeded = await call(seeding, 'seed', size);
    log(`${seeded.people} personnes, ${seeded.memberships} adhésions écrites en ${ms(seeded.ms)}`);
    await seeding.close();

    const coldStarts = Number(values['cold-starts']);
    const starts: number[] = [];
    const phases = { open: [] as number[], load: [] as number[], index: [] as number[] };
    const raws: number[] = [];
    for (let i = 0; i < coldStarts; i++) {
      const raw = await context.newPage();
      await benchPage(raw, url);
      raws.push((await call(raw, 'rawGetAll')).readyMs);
      await raw.close();
      const page = await context.newPage();
      await benchPage(page, url);
      const started = await call(page, 'startUp');
      starts.push(started.searchReadyMs);
      phases.open.push(started.openMs);
      phases.load.push(started.loadMs);
      phases.index.push(started.indexMs);
      await page.close();
    }
    const start = median(starts);
    const raw = median(raws);
    lines.push({
      id: 'cold-start',
      label: 'Démarrage à froid → recherche prête',
      budget: '≤ 1,5 s (50 000 personnes, 200 000 présences)',
      figure: ms(start),
      baseline: `getAll brut ${ms(raw)}`,
      ratio: `×${(start / raw).toFixed(1)}`,
      status: verdict(start <= 1500),
      note: [
        `médiane de ${coldStarts} démarrages de la page de mesure (couche de données et recherche de l’application, sans l’interface)`,
        `base ouverte à ${ms(median(phases.open))}, lecture ${ms(median(phases.load))}, index ${ms(median(phases.index))}`,
        'les présences n’existent pas encore : mesuré sans elles',
        sizeNote,
      ]
        .filter(Boolean)
        .join(' ; '),
    });

    const page = await context.newPage();
    await benchPage(page, url);
    await call(page, 'startUp');
    const data = generateDemoAssociation({ size, seed: 2026 });
    const queries = doorQueries(data.people, 300);
    const typed = keystrokes(queries);
    await call(page, 'search', typed.slice(0, 200)); // warm-up: the JIT, as after a few minutes at the door
    const { durations } = await call(page, 'search', typed);
    const regexDurations = await call(page, 'regex', queries.slice(0, 40));
    const p50 = percentile(durations, 50);
    const p95 = percentile(durations, 95);
    const p99 = percentile(durations, 99);
    const regex = median(regexDurations);
    lines.push({
      id: 'door-search',
      label: 'Recherche à l’entrée (frappe → résultats classés)',
      budget: 'p95 ≤ 5 ms et ≥ 100× plus rapide que $regex',
      figure: `p50 ${ms(p50)} · p95 ${ms(p95)} · p99 ${ms(p99)}`,
      baseline: `$regex RxDB ${ms(regex)} (médiane)`,
      ratio: `×${(regex / Math.max(p50, 0.005)).toFixed(0)}`,
      status: verdict(p95 <= 5 && regex / Math.max(p50, 0.005) >= 100),
      note: [`${durations.length} frappes de ${queries.length} recherches`, sizeNote]
        .filter(Boolean)
        .join(' ; '),
    });

    const heap = await call(page, 'heap');
    lines.push({
      id: 'heap',
      label: 'Tas JS du moteur de rendu',
      budget: '≤ 200 Mo à 50 000 personnes',
      figure: heap === null ? null : `${(heap / 2 ** 20).toFixed(0)} Mo`,
      status: heap === null ? 'pas encore mesurable' : verdict(heap <= 200 * 2 ** 20),
      note: ['page de mesure, index de recherche chargé, après un ramasse-miettes', sizeNote]
        .filter(Boolean)
        .join(' ; '),
    });
    await page.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }

  lines.push(
    notYet(
      'check-in',
      'Pointage (toucher → écriture durable)',
      'p95 ≤ 15 ms',
      'l’accueil à l’entrée n’existe pas encore',
    ),
    notYet(
      'check-in-propagation',
      'Pointage visible sur un 2e appareil',
      '≤ 1 s p95',
      'le client de synchronisation n’existe pas encore',
    ),
    notYet(
      'initial-sync',
      'Synchronisation initiale (client vide)',
      '≤ 20 s',
      'le client de synchronisation n’existe pas encore',
    ),
    notYet('server-pull', 'Serveur : lecture (pull) SQLite', '≥ 20 000 docs/s', 'branché au prochain lot'),
    notYet('server-push', 'Serveur : écriture (push) SQLite', '≥ 5 000 docs/s', 'branché au prochain lot'),
    notYet(
      'pdf-attendance',
      'PDF : feuille d’émargement de 1 000 lignes',
      '≤ 1 s',
      'les feuilles d’émargement n’existent pas encore',
    ),
    notYet('pdf-receipts', 'PDF : 1 000 reçus annuels', '≤ 20 s', 'les reçus fiscaux n’existent pas encore'),
    notYet(
      'pdf-cards',
      'PDF : 500 cartes de membre',
      '(pas de budget)',
      'les cartes de membre n’existent pas encore',
    ),
  );

  const facts = machineFacts(launch.executablePath);
  const table = formatTable(lines);
  process.stdout.write(`\nTilleul — banc de mesure, taille ${size} (${DEMO_SIZES[size]} personnes)\n`);
  process.stdout.write(
    `${facts.cpu}, ${facts.cores} cœurs, ${facts.memoryGiB} Gio, Node ${facts.node}, ${facts.chromium}\n\n`,
  );
  process.stdout.write(`${table}\n`);
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${size}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ size, people: DEMO_SIZES[size], machine: facts, lines }, null, 2)}\n`,
  );
  process.stdout.write(`\nRésultats : ${file}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
