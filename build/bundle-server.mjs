// Bundles the sync server's CLI with esbuild (`npm run build:server`) into one file, the
// packaged `tilleul-server` bin: `node dist/server/cli.cjs serve --data DIR`. Options:
// `--outfile FILE` writes it elsewhere (the bundle's test builds into a temporary folder).
import { builtinModules } from 'node:module';
import { chmod, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export const DEFAULT_OUTFILE = 'dist/server/cli.cjs';

/**
 * Left out of the bundle and required from node_modules at run time: better-sqlite3 loads a
 * native addon, and pg has an optional native binding (pg-native) that a bundle cannot resolve.
 * Fastify, its plugins, pino and zod bundle fine (checked by running the bundle, see
 * server/cli/bundle.test.ts).
 */
export const SERVER_EXTERNALS = ['better-sqlite3', 'pg'];

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const mayRequire = (path) => nodeBuiltins.has(path) || SERVER_EXTERNALS.includes(path);

/**
 * `import.meta.url` does not exist in CommonJS: it becomes the bundle's own file URL, so paths
 * relative to it (the web build in serve.ts: ../../dist/renderer) resolve beside the bundle.
 */
const banner = [
  '#!/usr/bin/env node',
  "const __tilleulImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
].join('\n');

/** Builds the bundle; returns its path and size. Throws when it would require anything unexpected. */
export async function bundleServer({ outfile = DEFAULT_OUTFILE } = {}) {
  const target = isAbsolute(outfile) ? outfile : resolve(root, outfile);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['server/cli.ts'],
    outfile: target,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The @shared/* and @server/* aliases come from here (through its `extends`).
    tsconfig: 'server/tsconfig.json',
    external: SERVER_EXTERNALS,
    banner: { js: banner },
    define: { 'import.meta.url': '__tilleulImportMetaUrl' },
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const output = result.metafile.outputs[relative(root, target).split('\\').join('/')];
  if (!output) throw new Error(`esbuild did not report ${outfile}.`);
  const forbidden = output.imports.filter((imported) => imported.external && !mayRequire(imported.path));
  if (forbidden.length > 0) {
    throw new Error(
      `${outfile} would require ${forbidden.map((i) => `'${i.path}'`).join(', ')} at run time.`,
    );
  }
  await chmod(target, 0o755);
  const { size } = await stat(target);
  return { outfile: target, size };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
  try {
    const { outfile, size } = await bundleServer({ outfile: values.outfile });
    console.log(
      `build:server — ${relative(root, outfile)} (${(size / 1024).toFixed(1)} kB) in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
