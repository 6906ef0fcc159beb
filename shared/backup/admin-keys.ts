import { z } from 'zod';
import { recoveryCodeInputSchema } from '@shared/auth/recovery-code';
import type { ByteReader, ByteSource } from '@shared/backup/bytes';
import type { Key } from '@shared/backup/crypto';
import { openFrames, sealFrames, subtle, uint32 } from '@shared/backup/crypto';
import { BackupError } from '@shared/backup/errors';
import { hasSubtleCrypto, pbkdf2Sha256 } from '@shared/crypto/hashes';

/**
 * The keys of the desktop's automatic backups (docs/backups.md, « Chiffrement »). They are
 * written 3 s after start, before anyone signs in, so they are sealed for public keys:
 *
 * - each administrator who signed in on this PC has an RSA-OAEP key pair; the private key is
 *   stored only wrapped (AES-256-GCM) under a key derived with PBKDF2 from their password, and
 *   once more from their recovery code when it is known (created, renewed, used);
 * - each backup is encrypted with a fresh random data key (AES-256-GCM, the frames of
 *   crypto.ts), and the file's header carries that data key sealed for each administrator's
 *   public key, next to their wrapped private key: a file opens with the password (or recovery
 *   code) of any administrator of its day, even on a PC whose database is lost.
 *
 * Main and the disk see only this: public keys, wrapped private keys, ciphertext.
 */
export const AUTO_ENCRYPTED_MAGIC = new TextEncoder().encode('TILLEUL-AUTO1\n');
const MAX_HEADER_BYTES = 512 * 1024;
const MAX_ADMINS = 50;

const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const keyWrapSchema = z
  .object({
    salt: base64(64),
    iterations: z.int().min(10_000).max(10_000_000),
    iv: base64(32),
    data: base64(8000),
  })
  .strict();
export type KeyWrap = z.infer<typeof keyWrapSchema>;

/** One administrator's key pair as this PC keeps it (an RxDB local document: never synced). */
export const adminKeySchema = z
  .object({
    userId: z.string().min(1).max(80),
    keyId: z.string().regex(/^[0-9a-f]{64}$/),
    publicKey: base64(2000),
    password: keyWrapSchema,
    recovery: keyWrapSchema.optional(),
  })
  .strict();
export type AdminKey = z.infer<typeof adminKeySchema>;

export const adminKeyringSchema = z
  .object({ version: z.literal(1), keys: z.array(adminKeySchema).max(MAX_ADMINS) })
  .strict();
export type AdminKeyring = z.infer<typeof adminKeyringSchema>;
export const EMPTY_KEYRING: AdminKeyring = { version: 1, keys: [] };

/** A file's header: for each administrator, the data key sealed for them and their wrapped key. */
const recipientSchema = adminKeySchema
  .omit({ publicKey: true })
  .extend({ dataKey: base64(2000) })
  .strict();
const autoHeaderSchema = z
  .object({ version: z.literal(1), recipients: z.array(recipientSchema).min(1).max(MAX_ADMINS) })
  .strict();

const RSA = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The project's PBKDF2-SHA-256 (WebCrypto, or the same bytes in JavaScript on plain http). */
async function deriveWrapKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Key> {
  const bytes = new TextEncoder().encode(secret.normalize('NFC'));
  let bits: Uint8Array<ArrayBuffer>;
  if (hasSubtleCrypto()) {
    const base = await subtle().importKey('raw', bytes, 'PBKDF2', false, ['deriveBits']);
    bits = new Uint8Array(
      await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256),
    );
  } else {
    bits = new Uint8Array(await pbkdf2Sha256(bytes, salt, iterations));
  }
  return subtle().importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** What a wrap is bound to, so a wrap cannot be moved to another key or kind. */
function wrapData(keyId: string, kind: 'password' | 'recovery'): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`tilleul-admin-key:${keyId}:${kind}`);
}

/** The secret as it is wrapped: a password as typed (NFC), a recovery code normalised. */
function secretFor(kind: 'password' | 'recovery', secret: string): string | null {
  if (kind === 'password') return secret;
  const code = recoveryCodeInputSchema.safeParse(secret);
  return code.success ? code.data : null;
}

export async function wrapPrivateKey(
  privateKey: Key,
  keyId: string,
  kind: 'password' | 'recovery',
  secret: string,
  iterations: number,
): Promise<KeyWrap> {
  const typed = secretFor(kind, secret);
  if (typed === null) throw new BackupError('wrongAdminSecret');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveWrapKey(typed, salt, iterations);
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', privateKey));
  const data = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: wrapData(keyId, kind) }, key, pkcs8),
  );
  return { salt: toBase64(salt), iterations, iv: toBase64(iv), data: toBase64(data) };
}

/** The private key if `secret` opens the wrap, else `null`. */
async function unwrapPrivateKey(
  wrap: KeyWrap,
  keyId: string,
  kind: 'password' | 'recovery',
  secret: string,
): Promise<Key | null> {
  const typed = secretFor(kind, secret);
  if (typed === null) return null;
  const key = await deriveWrapKey(typed, fromBase64(wrap.salt), wrap.iterations);
  let pkcs8: ArrayBuffer;
  try {
    pkcs8 = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrap.iv), additionalData: wrapData(keyId, kind) },
      key,
      fromBase64(wrap.data),
    );
  } catch {
    return null;
  }
  // Extractable: it is wrapped again under a new password or recovery code.
  return subtle().importKey('pkcs8', pkcs8, RSA, true, ['decrypt']);
}

export interface Secrets {
  password: string;
  recoveryCode?: string | null;
}

/** A new key pair for an administrator, wrapped under their password (and recovery code). */
export async function newAdminKey(
  userId: string,
  secrets: Secrets,
  iterations: number,
): Promise<{ entry: AdminKey; privateKey: Key }> {
  const pair = await subtle().generateKey(
    { ...RSA, modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['encrypt', 'decrypt'],
  );
  const entry = await wrapAdminKey(
    userId,
    pair.privateKey,
    await exportPublic(pair.publicKey),
    secrets,
    iterations,
  );
  return { entry, privateKey: pair.privateKey };
}

async function exportPublic(publicKey: Key): Promise<string> {
  return toBase64(new Uint8Array(await subtle().exportKey('spki', publicKey)));
}

async function keyIdOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', fromBase64(publicKey)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The same key pair wrapped under (new) secrets; no recovery code given: no recovery wrap. */
export async function wrapAdminKey(
  userId: string,
  privateKey: Key,
  publicKey: string,
  secrets: Secrets,
  iterations: number,
): Promise<AdminKey> {
  const keyId = await keyIdOf(publicKey);
  return adminKeySchema.parse({
    userId,
    keyId,
    publicKey,
    password: await wrapPrivateKey(privateKey, keyId, 'password', secrets.password, iterations),
    ...(secrets.recoveryCode
      ? { recovery: await wrapPrivateKey(privateKey, keyId, 'recovery', secrets.recoveryCode, iterations) }
      : {}),
  });
}

/** The entry's private key, opened with a password (`kind` password) or a recovery code. */
export function openAdminKey(
  entry: Pick<AdminKey, 'keyId' | 'password' | 'recovery'>,
  kind: 'password' | 'recovery',
  secret: string,
): Promise<Key | null> {
  const wrap = kind === 'password' ? entry.password : entry.recovery;
  return wrap ? unwrapPrivateKey(wrap, entry.keyId, kind, secret) : Promise.resolve(null);
}

/** A backup encrypted for every administrator of the keyring (none: refused, never in clear). */
export async function* encryptAutoBackup(
  source: ByteSource,
  keyring: AdminKeyring,
): AsyncGenerator<Uint8Array> {
  if (keyring.keys.length === 0) throw new BackupError('noAdminKey');
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const dataKey = await subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
  const recipients = [];
  for (const { publicKey, ...entry } of keyring.keys) {
    const key = await subtle().importKey('spki', fromBase64(publicKey), RSA, false, ['encrypt']);
    const sealed = new Uint8Array(await subtle().encrypt(RSA, key, raw));
    recipients.push({ ...entry, dataKey: toBase64(sealed) });
  }
  raw.fill(0);
  const header = new TextEncoder().encode(JSON.stringify(autoHeaderSchema.parse({ version: 1, recipients })));
  yield AUTO_ENCRYPTED_MAGIC;
  yield uint32(header.byteLength);
  yield header;
  yield* sealFrames(source, dataKey);
}

/**
 * The plain bytes of an automatic backup; `reader` stands just after the magic line. `secret` is
 * the password of one of its administrators, or their recovery code: as they were on the day of
 * the backup (the wraps in its header), or as they are now on this PC (`keyring`, where the same
 * key pair was wrapped again at a password change). None opens: `wrongAdminSecret`.
 */
export async function* decryptAutoBackup(
  reader: ByteReader,
  secret: string,
  keyring: readonly AdminKey[] = [],
): AsyncGenerator<Uint8Array> {
  const length = await reader.read(4);
  if (!length) throw new BackupError('truncated');
  const size = new DataView(length.buffer, length.byteOffset, 4).getUint32(0);
  if (size > MAX_HEADER_BYTES) throw new BackupError('notABackup');
  const bytes = await reader.read(size);
  if (!bytes) throw new BackupError('truncated');
  let header: z.infer<typeof autoHeaderSchema>;
  try {
    header = autoHeaderSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    throw new BackupError('badHeader', { detail: 'keys' });
  }
  const dataKey = await openDataKey(header.recipients, secret, keyring);
  if (!dataKey) throw new BackupError('wrongAdminSecret');
  yield* openFrames(reader, dataKey, 'checksumMismatch');
}

async function openDataKey(
  recipients: z.infer<typeof recipientSchema>[],
  secret: string,
  keyring: readonly AdminKey[],
): Promise<Key | null> {
  for (const kind of ['password', 'recovery'] as const) {
    for (const recipient of recipients) {
      const wraps = [recipient, ...keyring.filter((key) => key.keyId === recipient.keyId)];
      for (const wrap of wraps) {
        const privateKey = await openAdminKey(wrap, kind, secret);
        if (!privateKey) continue;
        try {
          const raw = await subtle().decrypt(RSA, privateKey, fromBase64(recipient.dataKey));
          return await subtle().importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
        } catch {
          throw new BackupError('checksumMismatch');
        }
      }
    }
  }
  return null;
}
