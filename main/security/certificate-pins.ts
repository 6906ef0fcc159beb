import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '@main/fs/atomic-write';

/**
 * The association's own server may serve https with a certificate it made itself
 * (`tilleul-server serve --https`): no authority vouches for it, so Chromium refuses it. At
 * enrolment the person compares the certificate's fingerprint with the one the server printed
 * and, if they match, this device trusts that one certificate for that host name — and nothing
 * else changes: any other certificate is judged by Chromium as usual (a real one still works,
 * another self-made one is still refused).
 */

/** A SHA-256 fingerprint as servers and browsers print it: 32 bytes, `AB:CD:…`. */
const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/** `ab cd ef…`, `abcdef…` or `AB:CD:…` → `AB:CD:…`; anything else → null. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)?.join(':') ?? null;
}

/** Electron's `certificate.fingerprint` (`sha256/<base64>`) in the printed form. */
export function fingerprintFromElectron(value: string): string | null {
  const match = /^sha256\/([A-Za-z0-9+/]+=*)$/.exec(value);
  if (!match?.[1]) return null;
  const bytes = Buffer.from(match[1], 'base64');
  if (bytes.length !== 32) return null;
  return normaliseFingerprint(bytes.toString('hex'));
}

/** What `setCertificateVerifyProc` answers: 0 trusted, -3 Chromium's own verdict. */
export type CertificateVerdict = 0 | -3;

/** The certificate pinned for `hostname` is trusted; every other certificate is Chromium's to judge. */
export function certificateVerdict(
  request: { hostname: string; fingerprint: string },
  pins: ReadonlyMap<string, string>,
): CertificateVerdict {
  const pinned = pins.get(request.hostname.toLowerCase());
  if (!pinned) return -3;
  return fingerprintFromElectron(request.fingerprint) === pinned ? 0 : -3;
}

const hostname = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/);
const pinsFileSchema = z
  .object({
    version: z.literal(1),
    pins: z.record(hostname, z.string().regex(FINGERPRINT)),
  })
  .strict()
  .refine((file) => Object.keys(file.pins).length <= MAX_PINS, { error: 'too many pins' });

/** More servers than an association will ever enrol with: a bound, not a limit anyone meets. */
export const MAX_PINS = 50;

/** The host name a URL's certificate is checked against (Electron gives no port). */
export function pinHost(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new TypeError('Only an https address has a certificate.');
  return parsed.hostname.toLowerCase();
}

/**
 * The pins of this device, kept in one JSON file in the app's data folder, written atomically.
 * A damaged file trusts nothing (and is replaced at the next pin): a lost pin only means
 * confirming the fingerprint again.
 */
export class CertificatePins {
  private constructor(
    private readonly file: string,
    private readonly pins: Map<string, string>,
  ) {}

  static async load(file: string): Promise<CertificatePins> {
    let pins = new Map<string, string>();
    try {
      const parsed = pinsFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) pins = new Map(Object.entries(parsed.data.pins));
    } catch {
      // No file yet, or not JSON: nothing pinned.
    }
    return new CertificatePins(file, pins);
  }

  get all(): ReadonlyMap<string, string> {
    return this.pins;
  }

  /** Trusts `fingerprint` for the host of `url` from now on (replacing an older pin). */
  async pin(url: string, fingerprint: string): Promise<void> {
    const host = pinHost(url);
    const normalised = normaliseFingerprint(fingerprint);
    if (!normalised) throw new TypeError('Not a SHA-256 fingerprint.');
    const next = new Map(this.pins).set(host, normalised);
    if (next.size > MAX_PINS) throw new RangeError('Too many pinned servers.');
    const content = pinsFileSchema.parse({ version: 1, pins: Object.fromEntries(next) });
    await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`));
    this.pins.set(host, normalised);
  }
}
