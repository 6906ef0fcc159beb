import type { FastifyInstance } from 'fastify';
import { collectionSpecs } from '@shared/schema/collections';
import type { CollectionSpec } from '@shared/schema/collection-spec';
import { syncRulesFor, UNIQUE_KEY_FIELDS } from '@shared/sync/collection-rules';
import { deviceMayRead, deviceMayReplace, deviceMayWrite } from '@shared/sync/device-scope';
import { deviceReadAccess, mergeProjectedWrite, project, withdrawn } from '@shared/sync/read-scope';
import {
  DEFAULT_PULL_PAGE_BYTES,
  pullQuerySchema,
  pushQuerySchema,
  pushRequestSchema,
  SCHEMA_VERSION_HEADER,
} from '@shared/sync/protocol';
import type { PullResponse, PushResponse, SyncDocument } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { deviceHook, deviceOf } from '@server/http/authenticate';
import { parseRequest } from '@server/http/parse-request';
import type { ChangeFeed } from '@server/sync/change-feed';
import { rulesFor } from '@server/sync/collection-rules';
import { checkSchemaVersion } from '@server/sync/schema-version';
import { heldElsewhereError } from '@server/sync/held-keys';
import { validatePush } from '@server/sync/validate-push';
import { DirectorySeedCache, directorySeedFor, seedAttendanceFor } from '@server/sync/directory-seed';
import { DIRECTORY_SEED_PATH } from '@shared/sync/directory-seed';
import type { DirectorySeedResponse } from '@shared/sync/directory-seed';
import type { CollectionRules, Device, Store, StoredRow } from '@server/storage/store';

/** Collections come from the shared registry: a collection added there syncs with no server change. */
const specs: Readonly<Record<string, CollectionSpec>> = collectionSpecs;

function specFor(collection: string): CollectionSpec {
  const spec = Object.hasOwn(specs, collection) ? specs[collection] : undefined;
  if (!spec) {
    throw new ApiError(404, 'UNKNOWN_COLLECTION', `Collection inconnue du serveur : « ${collection} ».`);
  }
  return spec;
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 ** 2).toLocaleString('fr-FR');

/**
 * 507: the association is full, or this device's share of it. A person can act on it (the
 * server's administrator), nobody can retry it away.
 */
const quotaExceeded = (max: number, of: 'association' | 'device') =>
  new ApiError(
    507,
    'QUOTA_EXCEEDED',
    of === 'association'
      ? `L’espace de l’association sur le serveur est plein (${megabytes(max)} Mo au plus) : rien de cet envoi n’a été enregistré. Prévenez la personne qui gère le serveur.`
      : `Cet appareil a rempli sa part de l’espace de l’association sur le serveur (${megabytes(max)} Mo au plus) : rien de cet envoi n’a été enregistré. Prévenez la personne qui gère le serveur (elle peut l’agrandir avec --max-device-mb).`,
  );

const SCOPE_NAMES = { office: 'poste de bureau', door: 'poste d’entrée' } as const;

/**
 * The rules of a push from `device`: the collection's own, what its scope may change of a stored
 * document (door money), and, when it reads only part of the collection, the view it was sent.
 */
function pushRules(device: Device, collection: string): CollectionRules {
  const shared = rulesFor(collection);
  const access = deviceReadAccess(device.scope, collection);
  return {
    ...shared,
    mayReplace: (stored, next, read) =>
      (shared.mayReplace?.(stored, next, read) ?? true) &&
      deviceMayReplace(device.scope, collection, stored, next).allowed,
    ...(access.kind === 'all'
      ? {}
      : {
          view: {
            project: (document) => project(access, document),
            merge: (stored, next) => mergeProjectedWrite(access, stored, next),
          },
        }),
  };
}

/**
 * Authorship (DESIGN.md, Sync): a journal entry names the device that pushes it. An entry the
 * device wrote before it was enrolled names its standalone id, which is no enrolled device of the
 * association; it is taken, and the store records who pushed it all the same.
 */
async function checkAuthors(store: Store, device: Device, rows: readonly StoredRow[]) {
  let others: Set<string> | undefined;
  // An erasure's rewrite of an entry keeps its author (shared/audit/erasure.ts): taken for an
  // entry the server holds, where the collection rule accepts exactly the rewrite; never for a
  // new entry, which would otherwise be a way to sign for another device.
  const rewrites = rows.filter(
    (row) => row.assumedMasterState && typeof row.newDocumentState.erasedBy === 'string',
  );
  const held = rewrites.length
    ? await store.pushedByOf(
        device.orgId,
        'audit',
        rewrites.map((row) => row.newDocumentState.id),
      )
    : new Map<string, string | null>();
  for (const { newDocumentState: entry } of rows) {
    if (entry.deviceId === device.id) continue;
    if (typeof entry.erasedBy === 'string' && held.has(entry.id)) continue;
    const beforeEnrolment = typeof entry.createdAt === 'string' && entry.createdAt < device.createdAt;
    if (beforeEnrolment) {
      others ??= new Set((await store.listDevices(device.orgId)).map((enrolled) => enrolled.id));
      if (typeof entry.deviceId === 'string' && !others.has(entry.deviceId)) continue;
    }
    throw new ApiError(
      403,
      'SCOPE_FORBIDDEN',
      `Une entrée du journal doit nommer l’appareil qui l’envoie (« ${device.id} ») : elle nomme « ${String(entry.deviceId)} ». Rien de cet envoi n’a été enregistré.`,
    );
  }
}

/**
 * Authorship (issue 15): each document says which enrolled device pushed it, by the name it was
 * enrolled under, from the server's own records (`documents.pushed_by`) — whatever its `deviceId`
 * claims. A document the server received before it recorded this carries nothing.
 */
async function fillRecordedDevices(
  store: Store,
  orgId: string,
  documents: SyncDocument[],
  pushedBy: readonly (string | null)[],
): Promise<void> {
  if (!pushedBy.some((id) => id !== null)) return;
  const names = new Map((await store.listDevices(orgId)).map((enrolled) => [enrolled.id, enrolled.name]));
  documents.forEach((document, index) => {
    const id = pushedBy[index];
    const name = id ? names.get(id) : undefined;
    if (id && name !== undefined && document._deleted !== true) {
      // The schema's bound, cut between characters (never inside a surrogate pair).
      documents[index] = { ...document, recordedDevice: { id, name: [...name].slice(0, 120).join('') } };
    }
  });
}

/** `recorded=1` on a collection whose documents carry `recordedDevice` (the journal). */
const wantsRecorded = (collection: string, recorded: '0' | '1') =>
  recorded === '1' && (syncRulesFor(collection).serverFields ?? []).includes('recordedDevice');

export function registerSyncRoutes(
  app: FastifyInstance,
  deps: { store: Store; changes: ChangeFeed; pullPageBytes?: number; now?: () => Date },
): void {
  const { store, changes } = deps;
  const now = deps.now ?? (() => new Date());
  const pullPageBytes = deps.pullPageBytes ?? DEFAULT_PULL_PAGE_BYTES;
  const onRequest = deviceHook(store);

  // Issue 19: a new device's directory in one answer (its people and memberships as it may read
  // them, built into the search snapshot), searchable before the replication has pulled a person.
  // Built once for the devices of an association and scope that ask until its people change.
  const seeds = new DirectorySeedCache(changes, (device) => directorySeedFor(store, device, now()));
  app.addHook('onClose', async () => seeds.clear());
  app.get(DIRECTORY_SEED_PATH, { onRequest }, async (request): Promise<DirectorySeedResponse> => {
    // No schema header: the snapshot's signature names the schema versions, and a device that
    // reads another ignores the seed and pulls as before. The check-ins of the events around
    // today are read for each request (never cached: every entry changes them).
    const device = deviceOf(request);
    const [seed, attendance] = await Promise.all([
      seeds.seedFor(device),
      seedAttendanceFor(store, device, now()),
    ]);
    return attendance ? { ...seed, attendance } : seed;
  });

  app.get<{ Params: { collection: string } }>(
    '/sync/:collection/pull',
    { onRequest },
    async (request): Promise<PullResponse> => {
      const device = deviceOf(request);
      checkSchemaVersion(specFor(request.params.collection), request.headers[SCHEMA_VERSION_HEADER]);
      if (!deviceMayRead(device.scope, request.params.collection)) {
        throw new ApiError(
          403,
          'SCOPE_FORBIDDEN',
          `Un ${SCOPE_NAMES[device.scope]} ne reçoit pas « ${request.params.collection} » : ces données restent sur les postes de bureau.`,
        );
      }
      const query = parseRequest(pullQuerySchema, request.query, 'paramètres seq et limit');
      const { collection } = request.params;
      // A deletion from before this device enrolled is of a document it cannot hold (issue 19).
      const page = await store.pull(device.orgId, collection, query.seq, query.limit, pullPageBytes, {
        skipDeletionsUpTo: device.enrolledSeq,
      });
      // Need to know: a door device gets its view of each document, and only the id of one it
      // may not see (so that an account that stopped being a door account leaves its list).
      const access = deviceReadAccess(device.scope, collection);
      const documents = page.documents.map(
        (document) => (project(access, document) as SyncDocument | null) ?? withdrawn(document.id),
      );
      if (wantsRecorded(collection, query.recorded))
        await fillRecordedDevices(store, device.orgId, documents, page.pushedBy);
      return page.more
        ? { documents, checkpoint: { seq: page.seq }, more: true, remaining: page.remaining }
        : { documents, checkpoint: { seq: page.seq }, remaining: page.remaining };
    },
  );

  app.post<{ Params: { collection: string } }>(
    '/sync/:collection/push',
    { onRequest },
    async (request): Promise<PushResponse> => {
      const device = deviceOf(request);
      const collection = request.params.collection;
      const spec = specFor(collection);
      checkSchemaVersion(spec, request.headers[SCHEMA_VERSION_HEADER]);
      const rows = parseRequest(pushRequestSchema, request.body, 'lignes d’envoi');
      const query = parseRequest(pushQuerySchema, request.query, 'paramètre recorded');

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

      if (collection === 'audit') {
        await checkAuthors(store, device, validated.rows);
      }

      const outcome = await store.push(
        device.orgId,
        collection,
        validated.rows,
        pushRules(device, collection),
        device.id,
      );
      if (outcome.hidden) {
        request.log.warn(
          { deviceId: device.id, collection, hidden: outcome.hidden },
          'conflit sur un document caché',
        );
        throw new ApiError(
          403,
          'SCOPE_FORBIDDEN',
          `Un ${SCOPE_NAMES[device.scope]} ne peut pas remplacer un document de « ${collection} » qu’il ne reçoit pas. Rien de cet envoi n’a été enregistré.`,
        );
      }
      if (outcome.duplicates) {
        const [first] = outcome.duplicates;
        request.log.warn(
          { deviceId: device.id, collection, duplicates: outcome.duplicates },
          'numéro déjà attribué',
        );
        const members = collection === 'people';
        throw new ApiError(
          409,
          'DUPLICATE_NUMBER',
          members
            ? `Le numéro d’adhérent ${first?.key ?? ''} est déjà attribué à une autre personne de l’association. Rien de cet envoi n’a été enregistré.`
            : `Le numéro ${first?.key ?? ''} est déjà attribué à un autre document de « ${collection} » dans cette association. Rien de cet envoi n’a été enregistré.`,
          outcome.duplicates.map((duplicate) => ({
            row: duplicate.row,
            documentId: duplicate.documentId,
            path: UNIQUE_KEY_FIELDS[collection] ?? 'number',
            message: members ? 'errors.sync.memberNumberTaken' : 'errors.sync.numberTaken',
          })),
        );
      }
      if (outcome.held) {
        request.log.warn(
          { deviceId: device.id, collection, held: outcome.held.map(({ holder: _h, ...rest }) => rest) },
          'valeur déjà prise par un document vivant',
        );
        throw heldElsewhereError(collection, outcome.held, deviceMayRead(device.scope, collection));
      }
      if (outcome.quotaExceeded) {
        request.log.warn({ deviceId: device.id, collection, ...outcome.quotaExceeded }, 'quota dépassé');
        throw quotaExceeded(outcome.quotaExceeded.max, outcome.quotaExceeded.of);
      }
      if (outcome.forbidden > 0) {
        request.log.warn(
          { deviceId: device.id, collection, forbidden: outcome.forbidden },
          'modification interdite renvoyée comme conflit',
        );
      }
      if (outcome.lastSeq !== null) changes.publish(device.orgId, collection, outcome.lastSeq);
      // A conflict answer is what a pull would give: the device the server recorded, when asked.
      // Read after the push: journal entries are never changed, so it is the answer's revision.
      if (outcome.conflicts.length > 0 && wantsRecorded(collection, query.recorded)) {
        const conflicts = [...outcome.conflicts];
        const pushers = await store.pushedByOf(
          device.orgId,
          collection,
          conflicts.map((document) => document.id),
        );
        const pushedBy = conflicts.map((document) => pushers.get(document.id) ?? null);
        await fillRecordedDevices(store, device.orgId, conflicts, pushedBy);
        return conflicts;
      }
      return outcome.conflicts;
    },
  );
}
