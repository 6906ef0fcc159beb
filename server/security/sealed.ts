import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * A secret kept at rest by the server (the HelloAsso client secret): AES-256-GCM under the
 * server's key, which lives outside the database (`serve` keeps it in a file of its own). A copy
 * of the database alone — a backup left on a USB key — does not give the secret away; a sealed
 * value altered or opened with another key is refused, never read as garbage.
 */
export const SEALED_KEY_BYTES = 32;

export function seal(key: Buffer, plain: string): string {
  if (key.length !== SEALED_KEY_BYTES) throw new Error('clé de chiffrement du serveur invalide (32 octets)');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

/** The secret, or `undefined` when the value is not one this key sealed. */
export function unseal(key: Buffer, sealed: string): string | undefined {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return undefined;
  }
}

export class ServerKeyError extends Error {}

/**
 * The server's key, from `path` (base64, 32 bytes); created there (mode 0600, written atomically)
 * when `create` and absent — `serve --data DIR` keeps it as `DIR/secret.key`, beside the database
 * but not in it, so a backup of the database (`backup --out`) does not carry it.
 */
export function loadServerKey(path: string, create: boolean): Buffer {
  if (!existsSync(path)) {
    if (!create) throw new ServerKeyError(`Clé du serveur introuvable : ${path}.`);
    const key = randomBytes(SEALED_KEY_BYTES);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${key.toString('base64')}\n`, { mode: 0o600 });
    renameSync(temporary, path);
    return key;
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== SEALED_KEY_BYTES)
    throw new ServerKeyError(`Clé du serveur illisible dans ${path} : 32 octets en base64 attendus.`);
  return key;
}
