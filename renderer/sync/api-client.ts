import type { z } from 'zod';
import {
  apiErrorSchema,
  enrolResponseSchema,
  healthResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_API_PREFIX,
} from '@shared/sync/protocol';
import { collectionSpecs } from '@shared/schema/collections';
import { schemaHeader } from '@shared/sync/schema-header';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import type {
  EnrolRequest,
  EnrolResponse,
  HealthResponse,
  PullResponse,
  PushResponse,
  PushRow,
} from '@shared/sync/protocol';
import { DIRECTORY_SEED_PATH, directorySeedResponseSchema } from '@shared/sync/directory-seed';
import type { DirectorySeedResponse } from '@shared/sync/directory-seed';
import { RequestSlots } from '@renderer/sync/request-slots';
import { SyncError } from '@renderer/sync/sync-error';
import type {
  HelloAssoFetchResponse,
  HelloAssoLinkInput,
  HelloAssoLinkStatus,
} from '@shared/import/helloasso-link';

/**
 * The HelloAsso answers' schemas, with the order and CSV code they bring (papaparse), are loaded
 * by the first HelloAsso call, not with the sync at start-up (issue 19: the first load). A browser
 * that cannot fetch them has no network for the call either: it says so as the call would.
 */
const helloAssoSchemas = () =>
  import('@shared/import/helloasso-link').catch((reason: unknown) => {
    throw new SyncError('NETWORK', reason instanceof Error ? reason.message : String(reason));
  });

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface SyncApiOptions {
  /** Normalised server address (server-address.ts), without `/api/v1`. */
  baseUrl: string;
  token?: string;
  /** Injected by tests to cut connections; the browser's fetch otherwise. */
  fetch?: FetchLike;
  /**
   * A request during which nothing arrives for this long (Wi-Fi gone mid-request) is abandoned
   * and retried. A timeout of inactivity, not of total duration: over a rural link a page that
   * keeps arriving takes as long as it needs (issue 19).
   */
  timeoutMs?: number;
  /** Requests at once (`RequestSlots`); the event stream is not one of them. */
  concurrency?: number;
  /** The collections this app holds, whose schema versions pulls and pushes name. */
  specs?: Readonly<Record<string, CollectionSpec>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Six connections a server in a browser, less the event stream's and one for the app's files. */
const DEFAULT_CONCURRENCY = 4;

/**
 * An abort signal that fires once `ms` pass without `touch()`: each byte received (the answer's
 * headers, each chunk of its body) gives the request another `ms`.
 */
function inactivityTimeout(ms: number) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new InactivityTimeout(ms)), ms);
  };
  touch();
  return { signal: controller.signal, touch, stop: () => clearTimeout(timer) };
}

/** What aborts a request the server stopped answering. */
class InactivityTimeout extends Error {
  constructor(ms: number) {
    super(
      `Le serveur n’a rien envoyé pendant ${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s : la synchronisation reprendra où elle s’est arrêtée.`,
    );
    this.name = 'InactivityTimeout';
  }
}

/**
 * The body as text, read chunk by chunk so that each chunk counts as activity, and its size in
 * bytes (as decoded: what the first sync's progress shows in megabytes).
 */
async function readText(response: Response, onChunk: () => void): Promise<{ text: string; bytes: number }> {
  if (!response.body) {
    const text = await response.text();
    return { text, bytes: text.length };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), bytes };
    onChunk();
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}

/** A pull page and the bytes of its answer. */
export type PulledPage = PullResponse & { bytes: number };

/**
 * The sync API as typed calls. Every answer is checked with the shared wire schemas: a proxy's
 * HTML error page or a truncated body becomes a `BAD_RESPONSE`, never a half-read document.
 */
type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class SyncApi {
  readonly baseUrl: string;
  private readonly token: string | undefined;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly slots: RequestSlots;
  private readonly specs: Readonly<Record<string, CollectionSpec>>;

  constructor(options: SyncApiOptions) {
    this.baseUrl = options.baseUrl;
    this.token = options.token;
    // Called unbound, the browser's fetch throws "Illegal invocation".
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.slots = new RequestSlots(options.concurrency ?? DEFAULT_CONCURRENCY);
    this.specs = options.specs ?? collectionSpecs;
  }

  url(path: string): string {
    return `${this.baseUrl}${SYNC_API_PREFIX}${path}`;
  }

  authHeaders(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  /** Opens a long-lived GET (the event stream): no timeout, the caller aborts it. */
  openStream(path: string, signal: AbortSignal): Promise<Response> {
    return this.fetchImpl(this.url(path), {
      headers: { ...this.authHeaders(), accept: 'text/event-stream' },
      signal,
      cache: 'no-store',
    });
  }

  health(): Promise<HealthResponse> {
    return this.request(healthResponseSchema, 'GET', '/health');
  }

  enrol(body: EnrolRequest): Promise<EnrolResponse> {
    return this.request(enrolResponseSchema, 'POST', '/devices/enrol', body);
  }

  /** `recorded`: ask for the collection's server fields (collection-rules.ts `serverFields`). */
  /**
   * The association's HelloAsso connection, kept by the server (issue 18): its status (never the
   * secret), saving and forgetting it, the orders since the last fetch, and where the next starts.
   */
  async helloAssoStatus(): Promise<HelloAssoLinkStatus> {
    const { helloAssoLinkStatusSchema } = await helloAssoSchemas();
    return this.request(helloAssoLinkStatusSchema, 'GET', '/helloasso');
  }

  async helloAssoSave(input: HelloAssoLinkInput): Promise<HelloAssoLinkStatus> {
    const { helloAssoLinkStatusSchema } = await helloAssoSchemas();
    return this.request(helloAssoLinkStatusSchema, 'PUT', '/helloasso', input);
  }

  async helloAssoForget(): Promise<HelloAssoLinkStatus> {
    const { helloAssoLinkStatusSchema } = await helloAssoSchemas();
    return this.request(helloAssoLinkStatusSchema, 'DELETE', '/helloasso');
  }

  async helloAssoFetch(): Promise<HelloAssoFetchResponse> {
    const { helloAssoFetchResponseSchema } = await helloAssoSchemas();
    return this.request(helloAssoFetchResponseSchema, 'POST', '/helloasso/fetch', {});
  }

  async helloAssoSetCursor(fetchedUntil: string): Promise<HelloAssoLinkStatus> {
    const { helloAssoLinkStatusSchema } = await helloAssoSchemas();
    return this.request(helloAssoLinkStatusSchema, 'POST', '/helloasso/cursor', { fetchedUntil });
  }

  async pull(
    collection: string,
    seq: number,
    limit: number,
    options: { recorded?: boolean } = {},
  ): Promise<PulledPage> {
    const query = new URLSearchParams({ seq: String(seq), limit: String(limit) });
    if (options.recorded) query.set('recorded', '1');
    const { data, bytes } = await this.exchange(
      pullResponseSchema,
      'GET',
      `/sync/${encodeURIComponent(collection)}/pull?${query.toString()}`,
      undefined,
      schemaHeader(collection, this.specs),
    );
    return { ...data, bytes };
  }

  /** This device's directory seed (shared/sync/directory-seed.ts), and the bytes of its answer. */
  async directorySeed(): Promise<DirectorySeedResponse & { bytes: number }> {
    const { data, bytes } = await this.exchange(directorySeedResponseSchema, 'GET', DIRECTORY_SEED_PATH);
    return { ...data, bytes };
  }

  /** `recorded`: conflict answers carry the collection's server fields, as pulls do. */
  push(
    collection: string,
    rows: readonly PushRow[],
    options: { recorded?: boolean } = {},
  ): Promise<PushResponse> {
    const query = options.recorded ? '?recorded=1' : '';
    return this.request(
      pushResponseSchema,
      'POST',
      `/sync/${encodeURIComponent(collection)}/push${query}`,
      rows,
      schemaHeader(collection, this.specs),
    );
  }

  /** One request, its timeout running from when it leaves the queue of `slots`. */
  private async send(
    method: HttpMethod,
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): Promise<{ response: Response; text: string; bytes: number }> {
    const timeout = inactivityTimeout(this.timeoutMs);
    try {
      const response = await this.fetchImpl(this.url(path), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: timeout.signal,
        cache: 'no-store',
      });
      timeout.touch();
      return { response, ...(await readText(response, timeout.touch)) };
    } catch {
      // fetch rejects on DNS, refused connections, offline mode, CORS and timeouts alike. Only
      // the timeout's own French sentence is kept: the browser's (« Failed to fetch », « Load
      // failed ») says nothing more than the code, in English, under « Serveur injoignable ».
      if (timeout.signal.aborted && timeout.signal.reason instanceof InactivityTimeout)
        throw new SyncError('NETWORK', timeout.signal.reason.message);
      throw new SyncError('NETWORK', '');
    } finally {
      timeout.stop();
    }
  }

  private async request<S extends z.ZodType>(
    schema: S,
    method: HttpMethod,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<z.output<S>> {
    return (await this.exchange(schema, method, path, body, extraHeaders)).data;
  }

  /** The answer checked against `schema`, with the size of its body. */
  private async exchange<S extends z.ZodType>(
    schema: S,
    method: HttpMethod,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ data: z.output<S>; bytes: number }> {
    const headers: Record<string, string> = {
      ...this.authHeaders(),
      ...extraHeaders,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const { response, text, bytes } = await this.slots.run(() => this.send(method, path, headers, body));
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const apiError = apiErrorSchema.safeParse(json);
      if (apiError.success) {
        const { code, message, errors } = apiError.data;
        throw new SyncError(code, message, response.status, errors);
      }
      throw new SyncError('BAD_RESPONSE', `HTTP ${response.status}`, response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncError('BAD_RESPONSE', parsed.error.message, response.status);
    return { data: parsed.data, bytes };
  }
}
