import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { X509Certificate } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { SYNC_API_PREFIX } from '@shared/sync/protocol';
import type { HealthResponse } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { decorateDevice } from '@server/http/authenticate';
import { installErrorHandling, sendError } from '@server/http/error-handler';
import { installJsonParser } from '@server/http/json-body';
import { DEFAULT_ENROL_RATE_LIMIT, registerEnrolRoute } from '@server/http/routes-enrol';
import type { EnrolRateLimit } from '@server/http/routes-enrol';
import { registerHelloAssoRoutes } from '@server/http/routes-helloasso';
import type { HelloAssoServerOptions } from '@server/http/routes-helloasso';
import { registerStreamRoute } from '@server/http/routes-stream';
import type { OpenStreams } from '@server/http/routes-stream';
import { registerSyncRoutes } from '@server/http/routes-sync';
import { installUpdateFeed } from '@server/http/updates';
import { installHeaders, installWebApp } from '@server/http/web';
import { ChangeFeed } from '@server/sync/change-feed';
import type { Store } from '@server/storage/store';
import { SERVER_VERSION } from '@server/version';

/** What is compressed: text, JSON and XML, never the event stream or octet-stream (mime-db decides the rest). */
const COMPRESSIBLE_TYPES =
  /^text\/(?!event-stream)|(?:\+|\/)json(?:;|$)|(?:\+|\/)text(?:;|$)|(?:\+|\/)xml(?:;|$)/u;

/**
 * A push carries whole documents; the largest today are settings with a logo and a signature
 * (300 KB each as images, a third more in base64). 8 MiB lets a full batch of those through and
 * still refuses what no client sends.
 */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * Whom to believe about the client's address (X-Forwarded-For) behind a reverse proxy: every
 * proxy (`true`), the nearest `n` hops, or the proxies at these IP addresses or CIDR ranges.
 * The enrolment rate limit counts per client address, so without it every device behind the
 * proxy shares one limit.
 */
export type TrustProxy = true | number | readonly string[];

/**
 * Fastify 5 ignores a number for `trustProxy` (it fails closed: a hop count cannot tell a proxy
 * from a client that reached the server directly), hence the hop count as a function. The
 * operator chose it, and USAGE says it is for a server reachable only through the proxy.
 */
function fastifyTrustProxy(trust: TrustProxy | undefined): FastifyServerOptions['trustProxy'] {
  if (trust === undefined) return false;
  if (typeof trust === 'number') return (_address: string, hop: number) => hop < trust;
  return trust === true ? true : [...trust];
}

export interface ServerOptions {
  store: Store;
  /** Fastify's logger option: `false` (tests), `true`, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the renderer's web build; served at `/` when it holds an index.html. */
  webRoot?: string;
  /** Folder of the desktop app's update feed (`latest*.yml` and installers), at `/updates/`. */
  updatesRoot?: string;
  bodyLimit?: number;
  /** Bytes of documents in one pull page (`DEFAULT_PULL_PAGE_BYTES`); lowered by tests. */
  pullPageBytes?: number;
  /** Not trusted by default: the address is the socket's. */
  trustProxy?: TrustProxy;
  /** PEM certificate and key: the server answers in https (`serve --https`). */
  https?: { cert: string; key: string };
  enrolRateLimit?: EnrolRateLimit;
  heartbeatMs?: number;
  now?: () => Date;
  /** « Récupérer depuis HelloAsso » (issue 18): the server's key, and HelloAsso's address in tests. */
  helloAsso?: HelloAssoServerOptions;
}

/** Request logs without query strings: the event stream may carry a token there. */
const requestSerializer = (request: { method: string; url: string; ip?: string }) => ({
  method: request.method,
  url: request.url.split('?')[0],
  remoteAddress: request.ip,
});

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const logger =
    options.logger && typeof options.logger === 'object'
      ? { ...options.logger, serializers: { req: requestSerializer, ...options.logger.serializers } }
      : options.logger === true
        ? { serializers: { req: requestSerializer } }
        : false;
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key } } : {}),
    logger,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    trustProxy: fastifyTrustProxy(options.trustProxy),
    // A malformed URL (`/%`) is refused before routing: through the same handler as the rest.
    frameworkErrors: (error, request, reply) => sendError(error, request, reply),
  });
  const tlsFingerprint = options.https ? new X509Certificate(options.https.cert).fingerprint256 : null;
  const changes = new ChangeFeed();
  // Other processes on the same PostgreSQL database: their pushes reach these streams too.
  if (options.store.watchChanges) {
    const stopWatching = await options.store.watchChanges({
      onChange: (change) => changes.publish(change.orgId, change.collection, change.seq),
      onGap: () => {
        app.log.warn('écoute des changements PostgreSQL rétablie : les clients resynchronisent');
        changes.resyncAll();
      },
    });
    app.addHook('onClose', stopWatching);
  }
  const open: OpenStreams = new Set();

  // Every answer the client accepts compressed is (issue 19: members join over weak 3G or old
  // ADSL; a pull page of 2,000 people is 1.4 MB as JSON, about 0.1 MB in gzip or brotli), the
  // web build too. Brotli at the plugin's quality 4, not zlib's 11, which costs a second a page;
  // the event stream is never held back in a compressor (text/event-stream is left out, and its
  // reply is hijacked). Request bodies are not decompressed: no client compresses its pushes,
  // and a small body must not become a large one past the body limit.
  // Binary answers (application/octet-stream: the installers of the update feed, already
  // compressed) go as they are, with their length and byte ranges for differential updates.
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    customTypes: COMPRESSIBLE_TYPES,
  });
  installErrorHandling(app);
  installJsonParser(app);
  decorateDevice(app);
  installHeaders(app);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        'RATE_LIMITED',
        `Trop de tentatives depuis cette adresse. Réessayez dans ${Math.ceil(context.ttl / 1000)} secondes.`,
      ),
  });

  await app.register(
    async (api) => {
      api.get('/health', async (): Promise<HealthResponse> => ({
        ok: true,
        version: SERVER_VERSION,
        tlsFingerprint,
      }));
      registerEnrolRoute(api, {
        store: options.store,
        rateLimit: options.enrolRateLimit ?? DEFAULT_ENROL_RATE_LIMIT,
        now: options.now ?? (() => new Date()),
      });
      registerSyncRoutes(api, {
        store: options.store,
        changes,
        pullPageBytes: options.pullPageBytes,
        ...(options.now ? { now: options.now } : {}),
      });
      registerHelloAssoRoutes(api, {
        store: options.store,
        options: options.helloAsso ?? {},
        now: options.now ?? (() => new Date()),
      });
      registerStreamRoute(api, {
        store: options.store,
        changes,
        open,
        options: { heartbeatMs: options.heartbeatMs ?? 25_000 },
      });
    },
    { prefix: SYNC_API_PREFIX },
  );
  if (options.updatesRoot !== undefined) await installUpdateFeed(app, options.updatesRoot);
  await installWebApp(app, options.webRoot);

  // Event streams never end on their own: close them first, or `close()` would wait forever.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });
  return app;
}
