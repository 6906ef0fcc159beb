import { z } from 'zod';
import {
  formTitleKey,
  helloAssoOrderSchema,
  helloAssoPageSchema,
  type HelloAssoApiOrder,
} from '@shared/import/helloasso-api';

/**
 * The HTTP side of « Récupérer depuis HelloAsso »: OAuth2 client credentials at `/oauth2/token`
 * (refreshed with the refresh token, or asked again, when HelloAsso says the token expired), then
 * the organisation's orders with their details page after page (`continuationToken`) from the
 * last fetch on. Plain functions over an injected `fetch` and base URL: the desktop's main process
 * and the association's server run the same code (the renderer cannot: its Content-Security-Policy
 * and HelloAsso's CORS forbid the call). Every failure is a French sentence saying what to do;
 * a malformed page fails the whole fetch, so nothing half-fetched is ever imported.
 */

export const helloAssoCredentialsSchema = z.object({
  clientId: z.string().trim().min(1, 'Indiquez le « client id » de HelloAsso.').max(200),
  clientSecret: z.string().trim().min(1, 'Indiquez le « client secret » de HelloAsso.').max(500),
  organizationSlug: z
    .string()
    .trim()
    .min(1, 'Indiquez le nom de l’association dans l’adresse HelloAsso (ex. « amis-du-lavoir »).')
    .max(200)
    .regex(
      /^[a-z0-9-]+$/,
      'Le nom de l’association dans l’adresse HelloAsso ne contient que a-z, 0-9 et des tirets.',
    ),
});
export type HelloAssoCredentials = z.infer<typeof helloAssoCredentialsSchema>;

export interface HelloAssoClientOptions {
  fetch: typeof globalThis.fetch;
  /** `https://api.helloasso.com` (or the sandbox, or a stand-in in tests), without `/v5`. */
  baseUrl: string;
  /** Per request; 20 s by default. */
  timeoutMs?: number;
  /** Waits for a 429's Retry-After; injected by tests. */
  sleep?: (ms: number) => Promise<void>;
  /** The end of the window fetched (`to`); now by default. */
  now?: () => Date;
  pageSize?: number;
}

export type HelloAssoFetchResult =
  | {
      ok: true;
      orders: HelloAssoApiOrder[];
      /**
       * The titles of the association's forms (« Soutenez la rénovation du lavoir »), by
       * `formTitleKey`: a gift's campaign is its form's title. Empty when HelloAsso would not list
       * the forms (the campaign is then read from the form's slug): never a reason to fail.
       */
      formTitles: Record<string, string>;
      /** The `to` of this fetch: the `from` of the next one, once this one is imported. */
      fetchedUntil: string;
      pages: number;
    }
  | { ok: false; message: string };

export interface HelloAssoProgress {
  page: number;
  orders: number;
}

const tokenSchema = z.object({
  access_token: z.string().min(1).max(10_000),
  refresh_token: z.string().max(10_000).optional(),
  expires_in: z.number().optional(),
});

class HelloAssoFailure extends Error {}

/** One form of `GET /v5/organizations/{slug}/forms`, as far as it is read. */
const formSchema = z.object({
  formSlug: z.string().max(250),
  formType: z.string().max(40),
  title: z.string().max(250),
});

const MAX_PAGES = 1000;
const MAX_FORM_PAGES = 20;
const MAX_RETRIES = 3;
const MAX_WAIT_MS = 60_000;

function retryAfterMs(response: Response): number {
  const header = response.headers.get('retry-after') ?? '';
  const seconds = Number(header);
  if (header !== '' && Number.isFinite(seconds)) return Math.min(MAX_WAIT_MS, Math.max(0, seconds * 1000));
  const date = Date.parse(header);
  return Number.isNaN(date) ? 5_000 : Math.min(MAX_WAIT_MS, Math.max(0, date - Date.now()));
}

function statusMessage(status: number, what: string, slug: string): string {
  if (status === 401)
    return `HelloAsso refuse les identifiants (${what}) : vérifiez le « client id » et le « client secret » dans Membres → Importer → HelloAsso, ou créez une nouvelle clé dans votre espace HelloAsso (Mon compte → Intégrations et API).`;
  if (status === 403)
    return `HelloAsso refuse l’accès à l’association « ${slug} » : vérifiez son nom dans Membres → Importer → HelloAsso (tel qu’il apparaît dans l’adresse de sa page HelloAsso) et que la clé API est bien celle de cette association.`;
  if (status === 404)
    return `HelloAsso ne connaît pas l’association « ${slug} » : vérifiez son nom dans Membres → Importer → HelloAsso (tel qu’il apparaît dans l’adresse de sa page HelloAsso).`;
  if (status === 429)
    return 'HelloAsso limite le nombre de demandes et demande d’attendre : réessayez dans quelques minutes. Rien n’a été importé.';
  if (status >= 500)
    return `HelloAsso rencontre un problème (erreur ${status}) : réessayez dans quelques minutes. Rien n’a été importé.`;
  return `HelloAsso a répondu par une erreur ${status} (${what}) : réessayez plus tard, ou importez l’export en fichier. Rien n’a été importé.`;
}

/** One fetch of the orders since `from` (an ISO date-time; the beginning when absent). */
export async function fetchHelloAssoOrders(
  credentials: HelloAssoCredentials,
  from: string | undefined,
  options: HelloAssoClientOptions,
  onProgress?: (progress: HelloAssoProgress) => void,
): Promise<HelloAssoFetchResult> {
  const checked = helloAssoCredentialsSchema.safeParse(credentials);
  if (!checked.success)
    return { ok: false, message: checked.error.issues[0]?.message ?? 'Identifiants HelloAsso incomplets.' };
  const { clientId, clientSecret, organizationSlug: slug } = checked.data;
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 20_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pageSize = options.pageSize ?? 100;
  const to = (options.now?.() ?? new Date()).toISOString();

  async function send(url: string, init: RequestInit, what: string): Promise<Response> {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const timedOut =
          error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw new HelloAssoFailure(
          timedOut
            ? `HelloAsso n’a pas répondu en ${Math.max(1, Math.ceil(timeoutMs / 1000))} secondes (${what}) : vérifiez la connexion à Internet et réessayez. Rien n’a été importé.`
            : `Impossible de joindre HelloAsso (${what}) : vérifiez la connexion à Internet et réessayez. Rien n’a été importé.`,
        );
      }
      const retry =
        response.status === 429 ||
        response.status === 502 ||
        response.status === 503 ||
        response.status === 504;
      if (!retry || attempt >= MAX_RETRIES) return response;
      await response.body?.cancel();
      await sleep(response.status === 429 ? retryAfterMs(response) : 1000 * (attempt + 1));
    }
  }

  async function json(response: Response, what: string): Promise<unknown> {
    try {
      return await response.json();
    } catch {
      throw new HelloAssoFailure(
        `Réponse illisible de HelloAsso (${what}) : réessayez plus tard, ou importez l’export en fichier. Rien n’a été importé.`,
      );
    }
  }

  let refreshToken: string | undefined;
  async function token(grant: Record<string, string>): Promise<string> {
    const response = await send(
      `${base}/oauth2/token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: clientId, ...grant }).toString(),
      },
      'connexion',
    );
    if (response.status === 400 || response.status === 401) {
      await response.body?.cancel();
      throw new HelloAssoFailure(statusMessage(401, 'connexion', slug));
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new HelloAssoFailure(statusMessage(response.status, 'connexion', slug));
    }
    const parsed = tokenSchema.safeParse(await json(response, 'connexion'));
    if (!parsed.success)
      throw new HelloAssoFailure(
        'Réponse inattendue de HelloAsso à la connexion : réessayez plus tard. Rien n’a été importé.',
      );
    refreshToken = parsed.data.refresh_token;
    return parsed.data.access_token;
  }
  const newToken = () => token({ grant_type: 'client_credentials', client_secret: clientSecret });
  async function renewedToken(): Promise<string> {
    if (refreshToken) {
      try {
        return await token({ grant_type: 'refresh_token', refresh_token: refreshToken });
      } catch {
        // A refresh token expires too: ask for a new token with the client's credentials.
      }
    }
    return newToken();
  }

  let access = '';
  /** A page of `path`, the token renewed once when HelloAsso says it expired. */
  async function getPage(path: string, query: URLSearchParams, what: string): Promise<unknown> {
    const url = `${base}/v5/organizations/${encodeURIComponent(slug)}/${path}?${query.toString()}`;
    const get = (bearer: string) =>
      send(url, { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' } }, what);
    let response = await get(access);
    if (response.status === 401) {
      await response.body?.cancel();
      access = await renewedToken();
      response = await get(access);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new HelloAssoFailure(statusMessage(response.status, what, slug));
    }
    return json(response, what);
  }

  /** The titles of the forms, page after page; a failure leaves the campaigns to the slugs. */
  async function formTitles(): Promise<Record<string, string>> {
    const titles: Record<string, string> = {};
    try {
      let continuation: string | undefined;
      for (let page = 1; page <= MAX_FORM_PAGES; page += 1) {
        const query = new URLSearchParams({
          pageSize: String(pageSize),
          ...(continuation ? { continuationToken: continuation } : {}),
        });
        const body = helloAssoPageSchema.safeParse(await getPage('forms', query, `campagnes, page ${page}`));
        if (!body.success) return titles;
        for (const item of body.data.data) {
          const form = formSchema.safeParse(item);
          if (form.success && form.data.title.trim() !== '')
            titles[formTitleKey(form.data.formType, form.data.formSlug)] = form.data.title.trim();
        }
        continuation = body.data.pagination?.continuationToken;
        if (body.data.data.length === 0 || !continuation) return titles;
      }
    } catch (error) {
      if (!(error instanceof HelloAssoFailure)) throw error;
    }
    return titles;
  }

  try {
    access = await newToken();
    const orders: HelloAssoApiOrder[] = [];
    let continuation: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const query = new URLSearchParams({
        pageSize: String(pageSize),
        withDetails: 'true',
        sortOrder: 'Asc',
        to,
        ...(from ? { from } : {}),
        ...(continuation ? { continuationToken: continuation } : {}),
      });
      const what = `commandes, page ${page}`;
      const body = helloAssoPageSchema.safeParse(await getPage('orders', query, what));
      const pageOrders = body.success ? z.array(helloAssoOrderSchema).safeParse(body.data.data) : undefined;
      if (!body.success || !pageOrders?.success) {
        throw new HelloAssoFailure(
          `Réponse inattendue de HelloAsso (${what}) : une commande n’a pas la forme attendue. Rien n’a été importé ; réessayez plus tard, ou importez l’export en fichier.`,
        );
      }
      orders.push(...pageOrders.data);
      onProgress?.({ page, orders: orders.length });
      continuation = body.data.pagination?.continuationToken;
      if (pageOrders.data.length === 0 || !continuation) {
        // Titles only matter when there is something to import.
        const titles = orders.length > 0 ? await formTitles() : {};
        return { ok: true, orders, formTitles: titles, fetchedUntil: to, pages: page };
      }
    }
    throw new HelloAssoFailure(
      `HelloAsso a répondu plus de ${MAX_PAGES} pages : importez plutôt l’export en fichier. Rien n’a été importé.`,
    );
  } catch (error) {
    if (error instanceof HelloAssoFailure) return { ok: false, message: error.message };
    throw error;
  }
}
