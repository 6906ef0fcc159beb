import type { CollectionSpec } from '@shared/schema/collection-spec';
import { SCHEMA_VERSION_HEADER, schemaVersionHeaderSchema } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { SERVER_VERSION } from '@server/version';

/**
 * Versions that disagree (issue 20): a pull or a push must name the schema version of its
 * collection, and it must be the one this server holds. Older, newer or missing, the answer is
 * a 426 that says who must update, before the body is read: nothing is written, nothing is sent.
 */
export function checkSchemaVersion(spec: CollectionSpec, header: string | string[] | undefined): void {
  const parsed = schemaVersionHeaderSchema.safeParse(Array.isArray(header) ? header[0] : header);
  const asked = parsed.success ? parsed.data : null;
  if (asked === spec.version) return;
  if (asked !== null && asked > spec.version) {
    throw new ApiError(
      426,
      'SERVER_OUTDATED',
      `Le serveur de l’association (Tilleul ${SERVER_VERSION}) est plus ancien que cet appareil : il connaît « ${spec.name} » en version ${spec.version}, cet appareil en version ${asked}. Rien n’a été échangé. Mettez Tilleul à jour sur le serveur (prévenez la personne qui le gère), puis redémarrez Tilleul ici.`,
    );
  }
  throw new ApiError(
    426,
    'APP_OUTDATED',
    asked === null
      ? `Cet appareil n’indique pas la version de ses données (en-tête ${SCHEMA_VERSION_HEADER}) : son Tilleul est plus ancien que celui du serveur (${SERVER_VERSION}). Rien n’a été échangé. Mettez Tilleul à jour sur cet appareil.`
      : `Cet appareil a un Tilleul plus ancien que celui du serveur (${SERVER_VERSION}) : il connaît « ${spec.name} » en version ${asked}, le serveur en version ${spec.version}. Rien n’a été échangé. Mettez Tilleul à jour sur cet appareil.`,
  );
}
