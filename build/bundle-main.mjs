// Bundles the Electron main process and the preload with esbuild (`npm run build:main`).
// Both are bundled, not just transpiled: a sandboxed preload can only `require('electron')`,
// and one file per process starts faster than hundreds of small modules, especially on Windows.
import { builtinModules } from 'node:module';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 embeds Node 24 (its package depends on @types/node 24).
  target: 'node24',
  external: ['electron'],
  // The @shared/* and @main/* aliases come from here (through its `extends`), so the bundle and
  // the type-checker can never disagree about what an import means.
  tsconfig: 'main/tsconfig.json',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

const bundles = [
  // Main may use Node's own modules; anything else must be inside the bundle.
  {
    entry: 'main/main.ts',
    outfile: 'dist/main/main.cjs',
    mayRequire: (path) => path === 'electron' || nodeBuiltins.has(path),
  },
  // The sandboxed preload gets 'electron' and nothing else at run time.
  { entry: 'main/preload.ts', outfile: 'dist/main/preload.cjs', mayRequire: (path) => path === 'electron' },
];

const results = await Promise.all(
  bundles.map(({ entry, outfile }) => build({ ...common, entryPoints: [entry], outfile })),
);

const summary = [];
for (const [index, { metafile }] of results.entries()) {
  const { outfile, mayRequire } = bundles[index];
  const output = metafile.outputs[outfile];
  const forbidden = (output?.imports ?? []).filter(
    (imported) => imported.external && !mayRequire(imported.path),
  );
  if (forbidden.length > 0) {
    console.error(`${outfile} would require ${forbidden.map((i) => `'${i.path}'`).join(', ')} at run time.`);
    process.exit(1);
  }
  const { size } = await stat(new URL(outfile, `file://${root}/`));
  summary.push(`${outfile} (${(size / 1024).toFixed(1)} kB)`);
}

console.log(`build:main — ${summary.join(', ')} in ${Math.round(performance.now() - started)} ms`);
