import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for HelloAsso's API v5 on 127.0.0.1, answering with the shapes of its public
 * documentation: `POST /oauth2/token` (client credentials, refresh token; `access_token`,
 * `refresh_token`, `token_type`, `expires_in`) and
 * `GET /v5/organizations/{slug}/orders` (`data` + `pagination` with its `continuationToken`,
 * `pageSize`, `from`/`to` on the order's date, `withDetails`) and `GET /v5/organizations/{slug}/forms`
 * (the forms with their `title`, `formSlug` and `formType`, in pages the same way). Its faults are switched on by the
 * test: an access token that expires after N calls, a 429 with Retry-After, a malformed page.
 */

export const API_ORDERS: unknown[] = JSON.parse(
  readFileSync(new URL('../../test/fixtures/helloasso/api-orders.json', import.meta.url), 'utf8'),
) as unknown[];

/** The forms of the fixtures' orders, as HelloAsso lists them (a title with its accents). */
export const API_FORMS: unknown[] = [
  { formSlug: 'adhesions-2025-2026', formType: 'Membership', title: 'Adhésions 2025-2026', state: 'Public' },
  {
    formSlug: 'soutenez-la-renovation-du-lavoir',
    formType: 'Donation',
    title: 'Soutenez la rénovation du lavoir',
    state: 'Public',
  },
  { formSlug: 'loto-2025', formType: 'Event', title: 'Loto de la Saint-Martin', state: 'Public' },
];

export interface StandInOptions {
  clientId?: string;
  clientSecret?: string;
  slug?: string;
  orders?: unknown[];
  /** Each access token works for this many order pages, then answers 401 (expired). */
  tokenPages?: number;
  /** The n-th orders request (1-based) answers 429 with this Retry-After (seconds). */
  rateLimit?: { request: number; retryAfter: string };
  /** This page (1-based) holds an order without its id. */
  malformedPage?: number;
  /** Every orders request answers this status. */
  failWith?: number;
  forms?: unknown[];
  /** Every forms request answers this status. */
  formsFailWith?: number;
}

export interface StandIn {
  baseUrl: string;
  requests: { method: string; path: string; query: URLSearchParams; form?: URLSearchParams }[];
  options: StandInOptions;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHelloAssoStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const clientId = options.clientId ?? 'client-123';
  const clientSecret = options.clientSecret ?? 'secret-456';
  const slug = options.slug ?? 'amis-du-lavoir';
  const tokens = new Map<string, number>();
  const refreshTokens = new Set<string>();
  let issued = 0;
  let ordersRequests = 0;
  const requests: StandIn['requests'] = [];

  function issue(response: ServerResponse) {
    issued += 1;
    const access = `access-${issued}`;
    const refresh = `refresh-${issued}`;
    tokens.set(access, 0);
    refreshTokens.add(refresh);
    send(response, 200, {
      access_token: access,
      refresh_token: refresh,
      token_type: 'bearer',
      expires_in: 1800,
    });
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = request.method === 'POST' ? await readBody(request) : '';
      const form = request.method === 'POST' ? new URLSearchParams(text) : undefined;
      requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        ...(form ? { form } : {}),
      });

      if (request.method === 'POST' && url.pathname === '/oauth2/token') {
        if (request.headers['content-type'] !== 'application/x-www-form-urlencoded' || !form)
          return send(response, 400, { error: 'invalid_request' });
        if (form.get('client_id') !== clientId) return send(response, 400, { error: 'invalid_client' });
        if (form.get('grant_type') === 'client_credentials') {
          if (form.get('client_secret') !== clientSecret)
            return send(response, 400, { error: 'invalid_client' });
          return issue(response);
        }
        if (form.get('grant_type') === 'refresh_token') {
          const refresh = form.get('refresh_token') ?? '';
          if (!refreshTokens.delete(refresh)) return send(response, 400, { error: 'invalid_grant' });
          return issue(response);
        }
        return send(response, 400, { error: 'unsupported_grant_type' });
      }

      const match = /^\/v5\/organizations\/([^/]+)\/orders$/.exec(url.pathname);
      if (request.method === 'GET' && match) {
        ordersRequests += 1;
        const bearer = (request.headers.authorization ?? '').replace(/^Bearer /, '');
        const used = tokens.get(bearer);
        if (used === undefined) return send(response, 401, { message: 'Unauthorized' });
        if (options.tokenPages !== undefined && used >= options.tokenPages) {
          tokens.delete(bearer);
          return send(response, 401, { message: 'Token expired' });
        }
        tokens.set(bearer, used + 1);
        if (match[1] !== slug) return send(response, 403, { message: 'Forbidden' });
        if (options.failWith) return send(response, options.failWith, { message: 'failure' });
        if (options.rateLimit?.request === ordersRequests)
          return send(
            response,
            429,
            { message: 'Too many requests' },
            { 'retry-after': options.rateLimit.retryAfter },
          );
        const from = url.searchParams.get('from');
        const to = url.searchParams.get('to');
        const all = (options.orders ?? API_ORDERS).filter((order) => {
          const date = Date.parse((order as { date?: string }).date ?? '');
          return (!from || date >= Date.parse(from)) && (!to || date < Date.parse(to));
        });
        const pageSize = Number(url.searchParams.get('pageSize') ?? '20');
        const token = url.searchParams.get('continuationToken');
        const offset = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
        const page = Math.floor(offset / pageSize) + 1;
        let data = all.slice(offset, offset + pageSize);
        if (options.malformedPage === page)
          data = data.map((order, index) =>
            index === 0 ? { ...(order as object), id: 'pas-un-nombre' } : order,
          );
        return send(response, 200, {
          data,
          pagination: {
            pageSize,
            totalCount: all.length,
            pageIndex: page,
            totalPages: Math.ceil(all.length / pageSize),
            continuationToken: Buffer.from(String(offset + data.length)).toString('base64url'),
          },
        });
      }
      const forms = /^\/v5\/organizations\/([^/]+)\/forms$/.exec(url.pathname);
      if (request.method === 'GET' && forms) {
        const bearer = (request.headers.authorization ?? '').replace(/^Bearer /, '');
        if (!tokens.has(bearer)) return send(response, 401, { message: 'Unauthorized' });
        if (forms[1] !== slug) return send(response, 403, { message: 'Forbidden' });
        if (options.formsFailWith) return send(response, options.formsFailWith, { message: 'failure' });
        const all = options.forms ?? API_FORMS;
        const pageSize = Number(url.searchParams.get('pageSize') ?? '20');
        const token = url.searchParams.get('continuationToken');
        const offset = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
        const data = all.slice(offset, offset + pageSize);
        return send(response, 200, {
          data,
          pagination: {
            pageSize,
            totalCount: all.length,
            pageIndex: Math.floor(offset / pageSize) + 1,
            totalPages: Math.ceil(all.length / pageSize),
            continuationToken: Buffer.from(String(offset + data.length)).toString('base64url'),
          },
        });
      }
      send(response, 404, { message: 'Not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    options,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
