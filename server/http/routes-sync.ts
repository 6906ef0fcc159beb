import type { FastifyInstance } from 'fastify';
import { collectionSpecs } from '@shared/schema/collections';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { deviceMayRead, deviceMayWrite } from '@shared/sync/device-scope';
import { pullQuerySchema, pushRequestSchema } from '@shared/sync/protocol';
import type { PullResponse, PushResponse } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { deviceHook, deviceOf } from '@server/http/authenticate';
import { parseRequest } from '@server/http/parse-request';
import type { ChangeFeed } from '@server/sync/change-feed';
import { rulesFor } from '@server/sync/collection-rules';
import { validatePush } from '@server/sync/validate-push';
import type { Store } from '@server/storage/store';

/** Collections come from the shared registry: a collection added there syncs with no server change. */
const specs: Readonly<Record<string, CollectionSpec>> = collectionSpecs;

function specFor(collection: string): CollectionSpec {
  const spec = Object.hasOwn(specs, collection) ? specs[collection] : undefined;
  if (!spec) {
    throw new ApiError(404, 'UNKNOWN_COLLECTION', `Collection inconnue du serveur : « ${collection} ».`);
  }
  return spec;
}

const SCOPE_NAMES = { office: 'poste de bureau', door: 'poste d’entrée' } as const;

export function registerSyncRoutes(app: FastifyInstance, deps: { store: Store; changes: ChangeFeed }): void {
  const { store, changes } = deps;
  const onRequest = deviceHook(store);

  app.get<{ Params: { collection: string } }>(
    '/sync/:collection/pull',
    { onRequest },
    async (request): Promise<PullResponse> => {
      const device = deviceOf(request);
      specFor(request.params.collection);
      if (!deviceMayRead(device.scope, request.params.collection)) {
        throw new ApiError(
          403,
          'SCOPE_FORBIDDEN',
          `Un ${SCOPE_NAMES[device.scope]} ne reçoit pas « ${request.params.collection} » : ces données restent sur les postes de bureau.`,
        );
      }
      const query = parseRequest(pullQuerySchema, request.query, 'paramètres seq et limit');
      const page = await store.pull(device.orgId, request.params.collection, query.seq, query.limit);
      return { documents: page.documents, checkpoint: { seq: page.seq } };
    },
  );

  app.post<{ Params: { collection: string } }>(
    '/sync/:collection/push',
    { onRequest },
    async (request): Promise<PushResponse> => {
      const device = deviceOf(request);
      const collection = request.params.collection;
      const spec = specFor(collection);
      const rows = parseRequest(pushRequestSchema, request.body, 'lignes d’envoi');

      const validated = validatePush(spec, rows);
      if (!validated.ok) {
        throw new ApiError(
          422,
          'INVALID_DOCUMENT',
          `Documents refusés : ${validated.errors.length} champ(s) invalide(s). Rien de cet envoi n’a été enregistré.`,
          validated.errors,
        );
      }
      // The whole batch is checked before anything is written: a refused row refuses the batch.
      for (const row of validated.rows) {
        const decision = deviceMayWrite(device.scope, collection, row);
        if (!decision.allowed) {
          request.log.warn(
            { deviceId: device.id, collection, reason: decision.reason },
            'écriture hors périmètre',
          );
          throw new ApiError(
            403,
            'SCOPE_FORBIDDEN',
            `Un ${SCOPE_NAMES[device.scope]} ne peut pas faire cette modification dans « ${collection} ». Rien de cet envoi n’a été enregistré.`,
          );
        }
      }

      const outcome = await store.push(device.orgId, collection, validated.rows, rulesFor(collection));
      if (outcome.duplicates) {
        const [first] = outcome.duplicates;
        request.log.warn(
          { deviceId: device.id, collection, duplicates: outcome.duplicates },
          'numéro déjà attribué',
        );
        throw new ApiError(
          409,
          'DUPLICATE_NUMBER',
          `Le numéro ${first?.key ?? ''} est déjà attribué à un autre document de « ${collection} » dans cette association. Rien de cet envoi n’a été enregistré.`,
          outcome.duplicates.map((duplicate) => ({
            row: duplicate.row,
            documentId: duplicate.documentId,
            path: 'number',
            message: 'errors.sync.numberTaken',
          })),
        );
      }
      if (outcome.forbidden > 0) {
        request.log.warn(
          { deviceId: device.id, collection, forbidden: outcome.forbidden },
          'modification interdite renvoyée comme conflit',
        );
      }
      if (outcome.lastSeq !== null) changes.publish(device.orgId, collection, outcome.lastSeq);
      return outcome.conflicts;
    },
  );
}
