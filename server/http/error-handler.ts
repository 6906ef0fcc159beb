import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody, ApiErrorCode } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { securityHeaders } from '@server/http/security-headers';

/** Fastify's own errors, turned into the API's codes and French sentences. */
function fromFastify(error: FastifyError): ApiError | undefined {
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return new ApiError(
      413,
      'PAYLOAD_TOO_LARGE',
      'Envoi trop volumineux : le serveur refuse les requêtes de cette taille.',
    );
  }
  if (status === 415) {
    return new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Le serveur attend du JSON (Content-Type: application/json).',
    );
  }
  if (status === 429) {
    return new ApiError(429, 'RATE_LIMITED', 'Trop de tentatives. Patientez une minute avant de réessayer.');
  }
  if (status === 503) {
    return new ApiError(503, 'SERVICE_UNAVAILABLE', 'Le serveur s’arrête. Réessayez dans un instant.');
  }
  if (status >= 400 && status < 500) {
    return new ApiError(400, 'BAD_REQUEST', 'Requête mal formée : le serveur n’a pas pu la lire.');
  }
  return undefined;
}

/**
 * The one way an error leaves the server: a JSON body with a stable code and a French sentence,
 * never the request's own text (a URL, a header) echoed back, and the security headers.
 */
export function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const apiError = error instanceof ApiError ? error : fromFastify(error);
  reply.headers(securityHeaders(request.url));
  if (apiError) {
    if (apiError.statusCode >= 500) request.log.error({ err: error }, 'requête refusée');
    return reply.status(apiError.statusCode).send(apiError.toBody());
  }
  request.log.error({ err: error }, 'erreur interne');
  const body: ApiErrorBody = {
    code: 'INTERNAL',
    message:
      'Erreur interne du serveur. Réessayez ; si elle persiste, prévenez la personne qui gère le serveur.',
  };
  return reply.status(500).send(body);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(sendError);
}

export function notFoundBody(code: ApiErrorCode = 'NOT_FOUND'): ApiErrorBody {
  return { code, message: 'Adresse inconnue de l’API Tilleul.' };
}
