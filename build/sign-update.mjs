// Signs the update feed that `npm run dist` wrote (issue 20): for every artefact that a
// latest*.yml lists, writes `<artefact>.sig`, the Ed25519 signature of its version, name and
// SHA-512 with the project's release key. The app installs an update only if that signature
// verifies with the public key built into it (main/updates/release-key.ts).
//
//   TILLEUL_RELEASE_KEY="$(cat release-key.pem)" node build/sign-update.mjs [release]
//   node build/sign-update.mjs --new-key     prints a new key pair (keep the private one secret)
//   --built-in-key[=FILE]   first checks that the key matches the public key built into the app
//                           (main/updates/release-key.ts by default): the release workflow uses it,
//                           so that a wrong secret fails the job instead of publishing updates that
//                           every installed app would refuse.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';

/** The message main/updates/release-signature.ts verifies: both must build it the same way. */
export const signedMessage = ({ version, file, sha512 }) =>
  Buffer.from(`tilleul-update/1\n${version}\n${file}\n${sha512}`, 'utf8');

async function sha512Of(path) {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('base64');
}

class SignError extends Error {}

/** Signs every artefact of every latest*.yml in `folder`; returns the .sig files written. */
export async function signFeed(folder, privateKeyPem) {
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    throw new SignError(
      'TILLEUL_RELEASE_KEY n’est pas une clé privée PEM lisible. / TILLEUL_RELEASE_KEY is not a readable PEM private key.',
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new SignError('La clé de publication doit être Ed25519. / The release key must be Ed25519.');
  const feeds = existsSync(folder)
    ? readdirSync(folder).filter((name) => /^latest[\w-]*\.yml$/.test(name))
    : [];
  if (feeds.length === 0)
    throw new SignError(
      `Aucun latest*.yml dans ${folder} : lancez d’abord npm run dist. / No latest*.yml in ${folder}: run npm run dist first.`,
    );
  const written = [];
  for (const feed of feeds) {
    const info = yaml.load(readFileSync(join(folder, feed), 'utf8'));
    const files = Array.isArray(info?.files) ? info.files : [];
    if (typeof info?.version !== 'string' || files.length === 0)
      throw new SignError(`${feed} : ni version ni fichiers. / ${feed}: no version or files.`);
    for (const { url, sha512 } of files) {
      if (typeof url !== 'string' || basename(url) !== url || typeof sha512 !== 'string')
        throw new SignError(`${feed} : entrée de fichier invalide. / ${feed}: invalid file entry.`);
      const path = join(folder, url);
      if (!existsSync(path))
        throw new SignError(`${url} manque dans ${folder}. / ${url} is missing from ${folder}.`);
      if ((await sha512Of(path)) !== sha512)
        throw new SignError(
          `${url} ne correspond pas au sha512 de ${feed}. / ${url} does not match the sha512 in ${feed}.`,
        );
      const signature = sign(null, signedMessage({ version: info.version, file: url, sha512 }), key);
      writeFileSync(`${path}.sig`, `${signature.toString('base64')}\n`);
      written.push(`${url}.sig`);
    }
  }
  return written;
}

const BUILT_IN_KEY_FILE = 'main/updates/release-key.ts';

/** Refuses a private key whose public half is not the one `file` builds into the app. */
export function checkBuiltInKey(privateKeyPem, file = BUILT_IN_KEY_FILE) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const builtIn = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/.exec(text)?.[0];
  if (!builtIn) throw new SignError(`Aucune clé publique dans ${file}. / No public key in ${file}.`);
  let ours;
  try {
    ours = createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' });
  } catch {
    throw new SignError(
      'TILLEUL_RELEASE_KEY n’est pas une clé privée PEM lisible. / TILLEUL_RELEASE_KEY is not a readable PEM private key.',
    );
  }
  const der = (pem) => createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
  if (der(builtIn) !== der(ours))
    throw new SignError(
      `TILLEUL_RELEASE_KEY ne correspond pas à la clé publique de ${file} : les applications installées refuseraient cette mise à jour. Donnez la bonne clé privée, ou collez dans ce fichier la clé publique de la nouvelle paire (node build/sign-update.mjs --new-key) — les versions déjà installées ne se mettront alors plus à jour seules. / TILLEUL_RELEASE_KEY does not match the public key in ${file}: installed apps would refuse this update.`,
    );
}

async function main(argv) {
  if (argv.includes('--new-key')) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    process.stdout.write(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    process.stdout.write(publicKey.export({ type: 'spki', format: 'pem' }));
    return 0;
  }
  const check = argv.find((arg) => arg === '--built-in-key' || arg.startsWith('--built-in-key='));
  const keyFile = check?.includes('=') ? check.slice(check.indexOf('=') + 1) : BUILT_IN_KEY_FILE;
  const folder = resolve(argv.find((arg) => !arg.startsWith('-')) ?? 'release');
  const pem = process.env.TILLEUL_RELEASE_KEY;
  if (!pem) {
    process.stderr.write(
      'TILLEUL_RELEASE_KEY est vide : donnez la clé privée de publication (PEM). / TILLEUL_RELEASE_KEY is empty: give the release private key (PEM).\n',
    );
    return 2;
  }
  try {
    if (check) checkBuiltInKey(pem, keyFile);
    const written = await signFeed(folder, pem);
    process.stdout.write(`Signé / signed: ${written.join(', ')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SignError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
