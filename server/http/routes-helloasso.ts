import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fetchHelloAssoOrders } from '@shared/import/helloasso-client';
import {
  helloAssoCursorSchema,
  helloAssoLinkInputSchema,
  helloAssoLinkStatus,
  type HelloAssoFetchResponse,
  type HelloAssoLinkStatus,
} from '@shared/import/helloasso-link';
import { ApiError } from '@server/http/api-error';
import { deviceHook, deviceOf } from '@server/http/authenticate';
import { parseRequest } from '@server/http/parse-request';
import { seal, unseal } from '@server/security/sealed';
import type { Store } from '@server/storage/store';

/**
 * « Récupérer depuis HelloAsso » for the web build (issue 18): the browser cannot call HelloAsso
 * (its CORS, and our Content-Security-Policy), so the association's server does, with the
 * connection it keeps — the client secret sealed under the server's key, never sent back, never
 * in a pull. Only an office device: the door's role cannot import (`data.import`), and a door
 * device never holds what an import reads. The device's user role is checked by the app before
 * it offers the screen (the server knows devices, not who is at them).
 *
 * The fetch answers the orders since the last fetch; the app plans and writes them like a file,
 * then says so (`/cursor`), and only then does the next fetch start later: a fetch not imported
 * is fetched again (idempotence by order reference makes that harmless).
 */
export interface HelloAssoServerOptions {
  /** 32 bytes; without it the connection cannot be kept, and the routes say so (503). */
  key?: Buffer;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const NO_KEY =
  'Le serveur n’a pas de clé de chiffrement pour garder les identifiants HelloAsso : la personne qui gère le serveur doit le redémarrer avec « serve --data DIR » (la clé est créée dans le dossier) ou « --secret-key FICHIER ».';
const NOT_LINKED =
  'Aucun compte HelloAsso n’est relié à l’association : renseignez le « client id », le « client secret » et le nom de l’association dans Membres → Importer → HelloAsso.';

export function registerHelloAssoRoutes(
  api: FastifyInstance,
  deps: { store: Store; options: HelloAssoServerOptions; now: () => Date },
): void {
  const { store, options } = deps;
  const office = (request: FastifyRequest) => {
    const device = deviceOf(request);
    if (device.scope !== 'office')
      throw new ApiError(
        403,
        'SCOPE_FORBIDDEN',
        'Un poste d’entrée n’importe rien : récupérez les commandes HelloAsso depuis un poste de bureau.',
      );
    return device;
  };
  const key = () => {
    if (!options.key) throw new ApiError(503, 'SERVICE_UNAVAILABLE', NO_KEY);
    return options.key;
  };
  const status = async (orgId: string): Promise<HelloAssoLinkStatus> => {
    return helloAssoLinkStatus(await store.getHelloAssoLink(orgId));
  };

  api.register(async (routes) => {
    routes.addHook('onRequest', deviceHook(store));

    routes.get('/helloasso', async (request) => status(office(request).orgId));

    routes.put('/helloasso', async (request) => {
      const { orgId } = office(request);
      const input = parseRequest(helloAssoLinkInputSchema, request.body, 'compte HelloAsso');
      const known = await store.getHelloAssoLink(orgId);
      const sealedSecret = input.clientSecret
        ? seal(key(), input.clientSecret)
        : known && known.clientId === input.clientId && unseal(key(), known.sealedSecret) !== undefined
          ? known.sealedSecret
          : undefined;
      if (!sealedSecret)
        throw new ApiError(
          400,
          'BAD_REQUEST',
          'Indiquez le « client secret » de HelloAsso (aucun n’est enregistré pour ce client id).',
        );
      await store.saveHelloAssoLink({
        orgId,
        clientId: input.clientId,
        sealedSecret,
        organizationSlug: input.organizationSlug,
        updatedAt: deps.now().toISOString(),
      });
      return status(orgId);
    });

    routes.delete('/helloasso', async (request) => {
      const { orgId } = office(request);
      await store.deleteHelloAssoLink(orgId);
      return status(orgId);
    });

    routes.post('/helloasso/fetch', async (request): Promise<HelloAssoFetchResponse> => {
      const { orgId } = office(request);
      const link = await store.getHelloAssoLink(orgId);
      if (!link) throw new ApiError(404, 'NOT_FOUND', NOT_LINKED);
      const clientSecret = unseal(key(), link.sealedSecret);
      if (clientSecret === undefined)
        throw new ApiError(
          409,
          'HELLOASSO_FAILED',
          'Le « client secret » HelloAsso enregistré ne peut plus être lu (la clé du serveur a changé) : saisissez-le à nouveau dans Membres → Importer → HelloAsso.',
        );
      const result = await fetchHelloAssoOrders(
        { clientId: link.clientId, clientSecret, organizationSlug: link.organizationSlug },
        link.fetchedUntil || undefined,
        {
          fetch: options.fetch ?? globalThis.fetch,
          baseUrl: options.baseUrl ?? 'https://api.helloasso.com',
          now: deps.now,
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
          ...(options.sleep ? { sleep: options.sleep } : {}),
        },
      );
      if (!result.ok) throw new ApiError(502, 'HELLOASSO_FAILED', result.message);
      return { orders: result.orders, formTitles: result.formTitles, fetchedUntil: result.fetchedUntil };
    });

    routes.post('/helloasso/cursor', async (request) => {
      const { orgId } = office(request);
      const { fetchedUntil } = parseRequest(helloAssoCursorSchema, request.body, 'fin de la récupération');
      if (!(await store.setHelloAssoFetchedUntil(orgId, fetchedUntil, deps.now().toISOString())))
        throw new ApiError(404, 'NOT_FOUND', NOT_LINKED);
      return status(orgId);
    });
  });
}
