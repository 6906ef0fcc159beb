// Run before `npm start` and `npm run dist` (issue 20): says plainly, in French and English,
// what is missing when the Electron binary was never downloaded (an install behind a proxy or
// offline), and how to get it, instead of Electron's own « fetch failed » or electron-builder's
// `getaddrinfo ENOTFOUND` with an empty release/ folder.
//
//   node build/check-electron.mjs           before `electron .`: the binary in node_modules
//   node build/check-electron.mjs --dist    before electron-builder: also its zip, cached or reachable
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HOW_TO = `
Pour l’obtenir / To get it:
  - derrière un proxy / behind a proxy:   HTTPS_PROXY=http://proxy:3128 (et / and ELECTRON_GET_USE_PROXY=1)
  - depuis un miroir / from a mirror:     ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/
  - hors ligne / offline: copiez le dossier / copy the folder {cache}
    d’une machine où npm install a réussi (il contient / it holds electron-v{version}-{platform}-{arch}.zip),
    ou donnez-le / or point to it with electron_config_cache=DOSSIER / FOLDER
puis / then: node node_modules/electron/install.js`;

/** Where @electron/get caches downloads, per platform, unless electron_config_cache says. */
export function electronCacheDir(env = process.env, platform = process.platform, home = homedir()) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron');
}

/** Is `zip` in the cache, directly or in one of its folders (one per download URL)? */
function cachedZip(cache, zip) {
  if (!existsSync(cache)) return false;
  if (existsSync(join(cache, zip))) return true;
  return readdirSync(cache, { withFileTypes: true }).some(
    (entry) => entry.isDirectory() && existsSync(join(cache, entry.name, zip)),
  );
}

/**
 * What is missing to run (`start`) or package (`dist`) the desktop app: an empty list when
 * nothing is. Reads only the file system; `reachable` says whether the download host answered.
 */
export function diagnose({ electronDir, dist, env, platform, arch, reachable }) {
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const cache = electronCacheDir(env, platform);
  const help = HOW_TO.replaceAll('{version}', version)
    .replaceAll('{platform}', platform)
    .replaceAll('{arch}', arch)
    .replaceAll('{cache}', cache);
  const problems = [];
  const pathFile = join(electronDir, 'path.txt');
  const binary =
    existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  if (!binary) {
    problems.push(
      `Electron ${version} n’est pas installé : son programme n’a pas pu être téléchargé pendant npm install.\n` +
        `Electron ${version} is not installed: its binary could not be downloaded during npm install.${help}`,
    );
  }
  if (dist) {
    const zip = `electron-v${version}-${platform}-${arch}.zip`;
    const cached = cachedZip(cache, zip);
    if (!cached && reachable === false) {
      problems.push(
        `npm run dist a besoin de ${zip} : il n’est pas dans ${cache} et le réseau ne répond pas (proxy ?).\n` +
          `npm run dist needs ${zip}: it is not in ${cache} and the network does not answer (proxy?).${help}`,
      );
    }
  }
  return problems;
}

/** Does the download host (the mirror, else GitHub) answer within 8 s? */
async function downloadHostAnswers(env) {
  const url = env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/';
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(8000) });
    return true;
  } catch {
    return false;
  }
}

async function main(argv) {
  const dist = argv.includes('--dist');
  const dirArg = argv.find((arg) => arg.startsWith('--electron-dir='));
  const electronDir = dirArg
    ? dirArg.slice('--electron-dir='.length)
    : join(ROOT, 'node_modules', 'electron');
  if (!existsSync(join(electronDir, 'package.json'))) {
    process.stderr.write(
      'Electron manque dans node_modules : lancez npm install. / Electron is missing from node_modules: run npm install.\n',
    );
    return 1;
  }
  const problems = diagnose({
    electronDir,
    dist,
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    reachable: dist ? await downloadHostAnswers(process.env) : undefined,
  });
  for (const problem of problems) process.stderr.write(`\n${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
