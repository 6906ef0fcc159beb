import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashSecret } from '@server/security/secrets';
import { ApiError, unauthenticated } from '@server/http/api-error';
import type { Device, Store } from '@server/storage/store';

/**
 * Browsers' EventSource cannot send an Authorization header, so the event stream (and only it)
 * also accepts the token as `?token=`; the request logger strips query strings (`app.ts`).
 */
function tokenOf(request: FastifyRequest, allowQuery: boolean): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  if (!allowQuery) return undefined;
  const token = (request.query as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' ? token : undefined;
}

export async function authenticate(
  store: Store,
  request: FastifyRequest,
  options: { allowQueryToken: boolean } = { allowQueryToken: false },
): Promise<Device> {
  const token = tokenOf(request, options.allowQueryToken);
  // A real token is 43 characters; anything far off is refused before touching the database.
  if (!token || token.length < 32 || token.length > 128) throw unauthenticated();
  const device = await store.findDeviceByTokenHash(hashSecret(token));
  if (!device) throw unauthenticated();
  if (device.revokedAt) {
    throw new ApiError(
      401,
      'DEVICE_REVOKED',
      'Cet appareil a été retiré de l’association. Demandez un nouveau code d’inscription à un administrateur.',
    );
  }
  return device;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The enrolled device making the request, set by `requireDevice` hooks. */
    device: Device | null;
  }
}

/**
 * An `onRequest` hook: the token is checked before the body is even read, so a stranger
 * cannot make the server parse megabytes of JSON, and learns nothing about collections.
 */
export function deviceHook(store: Store, options: { allowQueryToken: boolean } = { allowQueryToken: false }) {
  return async (request: FastifyRequest): Promise<void> => {
    request.device = await authenticate(store, request, options);
  };
}

export function decorateDevice(app: FastifyInstance): void {
  app.decorateRequest('device', null);
}

/** The device set by `deviceHook`; a route without the hook is a programming error. */
export function deviceOf(request: FastifyRequest): Device {
  if (!request.device) throw new Error('route sans deviceHook');
  return request.device;
}
