import { BackupError } from '@shared/backup/errors';
import type { BackupErrorCode } from '@shared/backup/errors';
import type { ByteReader, ByteSource } from '@shared/backup/bytes';

/**
 * Password encryption of a backup, streamed: AES-256-GCM over chunks of 64 KiB, the key derived
 * from the password with PBKDF2-SHA-256 (WebCrypto). Layout: the magic line, a 16-byte salt, the
 * iteration count (uint32, big-endian); then frames of [length uint32][IV 12 bytes][ciphertext].
 * Each frame's additional data is its index and whether it is the last, so frames can be neither
 * reordered, dropped nor cut off at the end without the decryption failing.
 */
export const ENCRYPTED_MAGIC = new TextEncoder().encode('TILLEUL-AES1\n');
export const DEFAULT_ITERATIONS = 600_000;
const MIN_ITERATIONS = 10_000;
const MAX_ITERATIONS = 10_000_000;
const CHUNK = 64 * 1024;
const TAG = 16;
const IV = 12;

type Subtle = typeof crypto.subtle;
export type Key = Awaited<ReturnType<Subtle['deriveKey']>>;

export function subtle(): Subtle {
  if (typeof crypto === 'undefined' || typeof crypto.subtle?.deriveKey !== 'function') {
    throw new BackupError('noWebCrypto');
  }
  return crypto.subtle;
}

async function deriveKey(password: string, salt: Uint8Array, iterations: number): Promise<Key> {
  const base = await subtle().importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', salt: salt as Uint8Array<ArrayBuffer>, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function frameData(index: number, final: boolean): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(5);
  new DataView(data.buffer).setUint32(0, index);
  data[4] = final ? 1 : 0;
  return data;
}

export function uint32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** Regroups a byte stream into blocks of exactly `size` bytes (the last one shorter). */
async function* blocks(source: ByteSource, size: number): AsyncGenerator<Uint8Array> {
  let buffer = new Uint8Array(size);
  let used = 0;
  for await (const chunk of source) {
    let offset = 0;
    while (offset < chunk.byteLength) {
      const take = Math.min(size - used, chunk.byteLength - offset);
      buffer.set(chunk.subarray(offset, offset + take), used);
      used += take;
      offset += take;
      if (used === size) {
        yield buffer;
        buffer = new Uint8Array(size);
        used = 0;
      }
    }
  }
  yield buffer.slice(0, used);
}

export async function* encryptBackup(
  source: ByteSource,
  password: string,
  iterations = DEFAULT_ITERATIONS,
): AsyncGenerator<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(password, salt, iterations);
  yield ENCRYPTED_MAGIC;
  yield salt;
  yield uint32(iterations);
  yield* sealFrames(source, key);
}

/** The frames of an encrypted backup: 64 KiB blocks, each sealed with `key` (AES-256-GCM). */
export async function* sealFrames(source: ByteSource, key: Key): AsyncGenerator<Uint8Array> {
  let index = 0;
  let held: Uint8Array | null = null;
  const seal = async (plain: Uint8Array, final: boolean) => {
    const iv = crypto.getRandomValues(new Uint8Array(IV));
    const sealed = new Uint8Array(
      await subtle().encrypt(
        { name: 'AES-GCM', iv, additionalData: frameData(index, final) },
        key,
        plain as Uint8Array<ArrayBuffer>,
      ),
    );
    index += 1;
    const frame = new Uint8Array(4 + IV + sealed.byteLength);
    frame.set(uint32(sealed.byteLength));
    frame.set(iv, 4);
    frame.set(sealed, 4 + IV);
    return frame;
  };
  // One block is held back until the next arrives: only then is it known not to be the last.
  for await (const block of blocks(source, CHUNK)) {
    if (held) yield await seal(held, false);
    held = block;
  }
  yield await seal(held ?? new Uint8Array(0), true);
}

/** The plain bytes of an encrypted backup; `reader` stands just after the magic line. */
export async function* decryptBackup(reader: ByteReader, password: string): AsyncGenerator<Uint8Array> {
  const salt = await reader.read(16);
  const count = await reader.read(4);
  if (!salt || !count) throw new BackupError('truncated');
  const iterations = new DataView(count.buffer, count.byteOffset, 4).getUint32(0);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) throw new BackupError('notABackup');
  const key = await deriveKey(password, salt, iterations);
  // The first frame is the password's test; a later one failing means a damaged file.
  yield* openFrames(reader, key, 'wrongPassword');
}

/**
 * The plain bytes of frames sealed by `sealFrames`; `reader` stands on the first frame. A first
 * frame that does not open throws `firstFailure` (the key is wrong); a later one, a damaged file.
 */
export async function* openFrames(
  reader: ByteReader,
  key: Key,
  firstFailure: BackupErrorCode,
): AsyncGenerator<Uint8Array> {
  for (let index = 0; ; index++) {
    const head = await reader.read(4);
    if (!head) throw new BackupError('truncated');
    const length = new DataView(head.buffer, head.byteOffset, 4).getUint32(0);
    if (length < TAG || length > CHUNK + TAG) throw new BackupError('checksumMismatch');
    const iv = await reader.read(IV);
    const sealed = await reader.read(length);
    if (!iv || !sealed) throw new BackupError('truncated');
    const open = async (final: boolean) =>
      new Uint8Array(
        await subtle().decrypt(
          { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: frameData(index, final) },
          key,
          sealed as Uint8Array<ArrayBuffer>,
        ),
      );
    const final = length < CHUNK + TAG;
    let plain: Uint8Array;
    try {
      plain = await open(final);
    } catch {
      throw new BackupError(index === 0 ? firstFailure : 'checksumMismatch');
    }
    yield plain;
    if (final) {
      if ((await reader.read(1)) !== null) throw new BackupError('checksumMismatch');
      return;
    }
  }
}
