import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { fetchHelloAssoOrders, type HelloAssoClientOptions } from '@shared/import/helloasso-client';
import { helloAssoLinkStatus } from '@shared/import/helloasso-link';
import type {
  HelloAssoFetchResponse,
  HelloAssoLinkInput,
  HelloAssoLinkStatus,
} from '@shared/import/helloasso-link';

/**
 * The desktop's HelloAsso connection (issue 18), kept by main in one file of the profile: client
 * id, organisation slug, end of the last fetch imported, and the client secret encrypted by
 * Electron's `safeStorage` (the OS keychain: DPAPI, Keychain, libsecret). Never in RxDB, so never
 * synced; the renderer only ever learns whether a secret is kept. Where `safeStorage` cannot
 * encrypt (a Linux session without a keyring), nothing is saved and the message says so.
 * Electron is a parameter (`cipher`), so this runs in plain Node tests.
 */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** HelloAsso's production API; the tests give a stand-in's address instead. */
export const HELLOASSO_API = 'https://api.helloasso.com';

const fileSchema = z.object({
  clientId: z.string().max(200),
  organizationSlug: z.string().max(200),
  fetchedUntil: z.string().max(40),
  encryptedSecret: z.string().max(10_000),
});
type LinkFile = z.infer<typeof fileSchema>;

const NO_KEYCHAIN =
  'Ce poste ne peut pas chiffrer le secret HelloAsso (aucun trousseau du système n’est disponible) : rien n’a été enregistré. Ouvrez une session avec un trousseau (Windows, macOS, ou GNOME/KDE sous Linux), ou récupérez les commandes par le serveur de l’association.';
const NOT_LINKED =
  'Aucun compte HelloAsso n’est relié à ce poste : renseignez le « client id », le « client secret » et le nom de l’association dans Membres → Importer → HelloAsso.';
const UNREADABLE =
  'Le « client secret » HelloAsso enregistré ne peut plus être lu sur ce poste (trousseau du système changé) : saisissez-le à nouveau dans Membres → Importer → HelloAsso.';

export class HelloAssoKeeper {
  constructor(
    private readonly file: string,
    private readonly cipher: SecretCipher,
    private readonly write: (path: string, data: Uint8Array) => Promise<void>,
    private readonly client: Omit<HelloAssoClientOptions, 'now'> & { now?: () => Date },
  ) {}

  private async read(): Promise<LinkFile | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private async store(link: LinkFile): Promise<void> {
    await this.write(this.file, new TextEncoder().encode(JSON.stringify(link)));
  }

  private secretOf(link: LinkFile): string | undefined {
    try {
      return this.cipher.decryptString(Buffer.from(link.encryptedSecret, 'base64'));
    } catch {
      return undefined;
    }
  }

  async status(): Promise<HelloAssoLinkStatus> {
    return helloAssoLinkStatus(await this.read());
  }

  async save(
    input: HelloAssoLinkInput,
  ): Promise<{ ok: true; status: HelloAssoLinkStatus } | { ok: false; message: string }> {
    if (!this.cipher.isEncryptionAvailable()) return { ok: false, message: NO_KEYCHAIN };
    const known = await this.read();
    const encryptedSecret = input.clientSecret
      ? this.cipher.encryptString(input.clientSecret).toString('base64')
      : known && known.clientId === input.clientId && this.secretOf(known) !== undefined
        ? known.encryptedSecret
        : undefined;
    if (!encryptedSecret)
      return {
        ok: false,
        message: 'Indiquez le « client secret » de HelloAsso (aucun n’est enregistré pour ce client id).',
      };
    await this.store({
      clientId: input.clientId,
      organizationSlug: input.organizationSlug,
      // Another association on HelloAsso: its orders are fetched from the start.
      fetchedUntil: known?.organizationSlug === input.organizationSlug ? known.fetchedUntil : '',
      encryptedSecret,
    });
    return { ok: true, status: await this.status() };
  }

  async forget(): Promise<HelloAssoLinkStatus> {
    await rm(this.file, { force: true });
    return this.status();
  }

  async fetch(): Promise<({ ok: true } & HelloAssoFetchResponse) | { ok: false; message: string }> {
    const link = await this.read();
    if (!link) return { ok: false, message: NOT_LINKED };
    const clientSecret = this.secretOf(link);
    if (clientSecret === undefined) return { ok: false, message: UNREADABLE };
    const result = await fetchHelloAssoOrders(
      { clientId: link.clientId, clientSecret, organizationSlug: link.organizationSlug },
      link.fetchedUntil || undefined,
      this.client,
    );
    return result.ok
      ? { ok: true, orders: result.orders, formTitles: result.formTitles, fetchedUntil: result.fetchedUntil }
      : result;
  }

  /** After the import of a fetch is written: the next fetch starts at its end. */
  async setFetchedUntil(fetchedUntil: string): Promise<HelloAssoLinkStatus> {
    const link = await this.read();
    if (link) await this.store({ ...link, fetchedUntil });
    return this.status();
  }
}
