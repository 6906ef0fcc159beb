// `npm run test:electron`: runs the Electron launch tests where an Electron binary exists, and
// says plainly that they were skipped where it does not (DESIGN.md, "Why the renderer runs in a
// plain browser too"). Never `require('electron')` here: where the binary is missing, that
// require starts a download, which fails on the build machines.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronPackage = join(root, 'node_modules', 'electron');

/** What electron's own install script writes to path.txt on each platform. */
function defaultExecutableName() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Mirrors node_modules/electron/index.js, minus its download fallback. */
function findElectron() {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return { explicit: true, executable: join(override, relative || defaultExecutableName()) };
  if (!relative) return { explicit: false, executable: undefined };
  return { explicit: false, executable: join(electronPackage, 'dist', relative) };
}

const { explicit, executable } = findElectron();

if (!executable || !existsSync(executable)) {
  if (explicit) {
    // Someone asked for a specific binary: a silent skip would hide their mistake.
    console.error(
      `Electron launch tests failed: ELECTRON_OVERRIDE_DIST_PATH gives ${executable}, which does not exist.`,
    );
    process.exit(1);
  }
  console.log(
    'Electron launch tests skipped: the Electron binary is not installed (node_modules/electron/dist is missing and cannot be downloaded on this machine).',
  );
  process.exit(0);
}

for (const built of ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`Electron launch tests need a build: ${built} is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
}

const result = spawnSync(
  'npx',
  ['playwright', 'test', '--config', 'test/electron/playwright.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    // npx is a .cmd script on Windows, which only a shell can start.
    shell: process.platform === 'win32',
    env: { ...process.env, TILLEUL_ELECTRON_PATH: executable },
  },
);
if (result.error) {
  console.error(`Electron launch tests could not start Playwright: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
