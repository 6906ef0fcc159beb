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
import { findPostgresBin } from '@server/test-support/postgres-cluster';
import { machineFacts } from './machine';
import { measureMemberCards } from './pdf';
import { measureInitialSync, measurePropagation, measureServerThroughput } from './sync';
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

    const list = await call(page, 'memberList');
    lines.push({
      id: 'member-list',
      label: 'Liste des membres : statut, filtre et tri de tout le fichier',
      budget: '(« instantané », issue 3)',
      figure: ms(list.ms),
      status: 'mesuré',
      note: `${list.total} personnes, ${list.shown} à jour affichées, triées par nom (le calcul refait à chaque changement de filtre ; la saisie dans la recherche ne touche que les 1 000 meilleurs résultats)`,
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

  const docs = DEMO_SIZES[size];
  log(`serveur SQLite : ${docs} documents poussés puis tirés…`);
  const sqlite = await measureServerThroughput({ storage: 'sqlite', docs });
  lines.push(
    {
      id: 'server-pull',
      label: 'Serveur : lecture (pull) SQLite',
      budget: '≥ 20 000 docs/s',
      figure: `${Math.round(sqlite.pullDocsPerSecond)} docs/s`,
      status: verdict(sqlite.pullDocsPerSecond >= 20_000),
      note: [`${docs} personnes, lots de la taille maximale de l’API, HTTP sur 127.0.0.1`, sizeNote]
        .filter(Boolean)
        .join(' ; '),
    },
    {
      id: 'server-push',
      label: 'Serveur : écriture (push) SQLite',
      budget: '≥ 5 000 docs/s',
      figure: `${Math.round(sqlite.pushDocsPerSecond)} docs/s`,
      status: verdict(sqlite.pushDocsPerSecond >= 5_000),
      note: sizeNote,
    },
  );
  if (findPostgresBin()) {
    log('serveur PostgreSQL (grappe jetable)…');
    const postgres = await measureServerThroughput({ storage: 'postgres', docs });
    lines.push({
      id: 'server-postgres',
      label: 'Serveur : PostgreSQL pull / push',
      budget: '(budgets donnés pour SQLite)',
      figure: `${Math.round(postgres.pullDocsPerSecond)} / ${Math.round(postgres.pushDocsPerSecond)} docs/s`,
      status: 'mesuré',
    });
  } else {
    lines.push(
      notYet(
        'server-postgres',
        'Serveur : PostgreSQL pull / push',
        '(budgets donnés pour SQLite)',
        'PostgreSQL n’est pas installé sur cette machine',
      ),
    );
  }

  log('synchronisation initiale d’un client vide…');
  const initial = await measureInitialSync({ storage: 'sqlite', docs });
  lines.push({
    id: 'initial-sync',
    label: 'Synchronisation initiale (client vide)',
    budget: '≤ 20 s (50 000 personnes + 200 000 présences)',
    figure: ms(initial.ms),
    baseline: `${Math.round(initial.docsPerSecond)} docs/s`,
    status: verdict(initial.ms <= 20_000),
    note: [
      `${docs} personnes, client RxDB en mémoire dans Node (réseau, protocole et réplication, pas IndexedDB)`,
      'les présences n’existent pas encore',
      sizeNote,
    ]
      .filter(Boolean)
      .join(' ; '),
  });

  log('propagation entre deux appareils…');
  const propagation = await measurePropagation({ storage: 'sqlite', samples: 60 });
  lines.push({
    id: 'propagation',
    label: 'Modification visible sur un 2e appareil',
    budget: '≤ 1 s p95',
    figure: `p50 ${ms(propagation.p50Ms)} · p95 ${ms(propagation.p95Ms)}`,
    status: propagation.p95Ms <= 1000 ? 'ok' : 'dépassé',
    note: `${propagation.samples} fiches créées sur A, attendues sur B (flux SSE) ; le pointage n’existe pas encore, mesuré avec des fiches`,
  });

  log('PDF : 500 cartes de membre…');
  const cardsMs = await measureMemberCards(500);
  lines.push(
    notYet(
      'check-in',
      'Pointage (toucher → écriture durable)',
      'p95 ≤ 15 ms',
      'l’accueil à l’entrée n’existe pas encore',
    ),
    notYet(
      'pdf-attendance',
      'PDF : feuille d’émargement de 1 000 lignes',
      '≤ 1 s',
      'les feuilles d’émargement n’existent pas encore',
    ),
    notYet('pdf-receipts', 'PDF : 1 000 reçus annuels', '≤ 20 s', 'les reçus fiscaux n’existent pas encore'),
    {
      id: 'pdf-cards',
      label: 'PDF : 500 cartes de membre',
      budget: '(pas de budget)',
      figure: ms(cardsMs),
      status: 'mesuré',
      note: 'pdfmake dans Node, 10 cartes par page A4 avec QR codes',
    },
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
