import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * The certificate `serve --https` answers with: one given by the administrator (`--cert`,
 * `--key`: Let's Encrypt, the association's own), or one the server creates once and keeps in its
 * data folder, so that its fingerprint — printed at start, and compared on each device the first
 * time — stays the same from one start to the next.
 */
export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as browsers show it: `AB:CD:…`. */
  fingerprint: string;
  origin: 'given' | 'created' | 'kept';
  validTo: Date;
}

export class TlsError extends Error {}

/** At most 825 days: Apple's devices refuse a server certificate valid for longer, even trusted. */
const VALID_DAYS = 825;
/** Renewed at start when it has less than this left, so it never expires in the middle of a season. */
const RENEW_BEFORE_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

function check(cert: string, key: string, origin: TlsMaterial['origin']): TlsMaterial {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw new TlsError('Le certificat n’est pas un certificat PEM lisible (-----BEGIN CERTIFICATE-----).');
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new TlsError('La clé n’est pas une clé privée PEM lisible (-----BEGIN PRIVATE KEY-----).');
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new TlsError('La clé ne correspond pas au certificat : donnez la clé privée de ce certificat.');
  }
  return {
    key,
    cert,
    fingerprint: certificate.fingerprint256,
    origin,
    validTo: new Date(certificate.validTo),
  };
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new TlsError(`${what} introuvable ou illisible : ${path}`);
  }
}

/** The names a phone or a PC of the local network may use to reach this machine. */
export function localNames(): { dns: string[]; ips: string[] } {
  const ips = new Set(['127.0.0.1', '::1']);
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? [])
      if (!entry.internal) ips.add(entry.address.split('%')[0] ?? entry.address);
  }
  return { dns: [...new Set(['localhost', hostname()])], ips: [...ips] };
}

async function create(now: Date): Promise<{ cert: string; key: string }> {
  const { dns, ips } = localNames();
  const pems = await generate([{ name: 'commonName', value: `Tilleul ${hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dns.map((value) => ({ type: 2 as const, value })),
          ...ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/** Writes next to the target then renames: a crash never leaves half a key. */
function writeAtomically(path: string, content: string, mode: number) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode });
  renameSync(temporary, path);
}

export async function loadTls(options: {
  cert?: string;
  key?: string;
  /** Where the server's own certificate is kept (the data folder); required without --cert. */
  keepIn?: string;
  now?: Date;
}): Promise<TlsMaterial> {
  if (options.cert !== undefined || options.key !== undefined) {
    if (options.cert === undefined || options.key === undefined) {
      throw new TlsError('Donnez --cert et --key ensemble : le certificat et sa clé privée.');
    }
    return check(read(options.cert, 'Certificat'), read(options.key, 'Clé privée'), 'given');
  }
  if (options.keepIn === undefined) {
    throw new TlsError(
      'Avec --database-url, le serveur n’a pas de dossier où garder son certificat : donnez --cert et --key.',
    );
  }
  const now = options.now ?? new Date();
  const folder = join(options.keepIn, 'tls');
  const certPath = join(folder, 'server.crt');
  const keyPath = join(folder, 'server.key');
  if (existsSync(certPath) && existsSync(keyPath)) {
    const kept = check(read(certPath, 'Certificat'), read(keyPath, 'Clé privée'), 'kept');
    if (kept.validTo.getTime() - now.getTime() > RENEW_BEFORE_DAYS * DAY) return kept;
  }
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const created = await create(now);
  writeAtomically(keyPath, created.key, 0o600);
  writeAtomically(certPath, created.cert, 0o644);
  return check(created.cert, created.key, 'created');
}
