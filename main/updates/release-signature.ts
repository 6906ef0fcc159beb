import { createHash, createPublicKey, verify } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The release signature of an update (issue 20): Ed25519 over the version, the artefact's name
 * and its SHA-512 as latest.yml gives it. A feed on the club's Wi-Fi can serve any file and any
 * latest.yml; only the project's release key can sign them, so a signature binds this artefact
 * to this version (an old signed release cannot be passed off as a newer one).
 * `build/sign-update.mjs` builds the same message: `sign-update.test.ts` proves they agree.
 */
export function signedMessage(release: { version: string; file: string; sha512: string }): Buffer {
  return Buffer.from(`tilleul-update/1\n${release.version}\n${release.file}\n${release.sha512}`, 'utf8');
}

/** An Ed25519 signature is 64 bytes: 88 characters of base64, a newline allowed after. */
const SIGNATURE = /^[A-Za-z0-9+/]{86}==\s*$/;

export type ReleaseVerdict = { ok: true } | { ok: false; reason: 'unsigned' | 'badSignature' | 'checksum' };

export interface ReleaseToVerify {
  version: string;
  /** The artefact's name in the feed (latest.yml's `url`). */
  file: string;
  /** SHA-512 in base64, as latest.yml gives it. */
  sha512: string;
  /** SHA-512 in base64 of the file actually downloaded. */
  downloadedSha512: string;
  /** The `.sig` file's text, `null` when the feed has none. */
  signature: string | null;
  /** The release public key built into the app (PEM, Ed25519). */
  publicKey: string;
}

/**
 * May this downloaded update be installed? Its SHA-512 must be latest.yml's (electron-updater
 * checked it too; checked again here, right before trusting it), and the signature of that
 * SHA-512 must verify with the built-in key. Anything missing or malformed says no.
 */
export function verifyRelease(release: ReleaseToVerify): ReleaseVerdict {
  if (release.downloadedSha512 !== release.sha512) return { ok: false, reason: 'checksum' };
  if (release.signature === null || release.signature.trim() === '') return { ok: false, reason: 'unsigned' };
  if (!SIGNATURE.test(release.signature)) return { ok: false, reason: 'badSignature' };
  try {
    const key = createPublicKey(release.publicKey);
    if (key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: 'badSignature' };
    const valid = verify(null, signedMessage(release), key, Buffer.from(release.signature.trim(), 'base64'));
    return valid ? { ok: true } : { ok: false, reason: 'badSignature' };
  } catch {
    return { ok: false, reason: 'badSignature' };
  }
}

/** SHA-512 of a file in base64 (latest.yml's form), read as a stream: installers are large. */
export async function sha512OfFile(path: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}
