import type { FastifyInstance } from 'fastify';
import { newDocumentId } from '@shared/ids';
import { enrolRequestSchema } from '@shared/sync/protocol';
import type { EnrolResponse } from '@shared/sync/protocol';
import { ApiError } from '@server/http/api-error';
import { parseRequest } from '@server/http/parse-request';
import { hashEnrolmentCode, hashSecret, newDeviceToken } from '@server/security/secrets';
import type { Store } from '@server/storage/store';

export interface EnrolRateLimit {
  max: number;
  timeWindowMs: number;
}

/** Guessing a code means many tries: a handful per minute and per address is plenty for people. */
export const DEFAULT_ENROL_RATE_LIMIT: EnrolRateLimit = { max: 10, timeWindowMs: 60_000 };

const REFUSALS = {
  unknown: new ApiError(
    403,
    'ENROLMENT_CODE_UNKNOWN',
    'Code d’inscription inconnu. Vérifiez-le, ou demandez-en un nouveau à un administrateur.',
  ),
  used: new ApiError(
    403,
    'ENROLMENT_CODE_USED',
    'Ce code d’inscription a déjà servi. Chaque code n’inscrit qu’un appareil : demandez-en un nouveau.',
  ),
  expired: new ApiError(
    403,
    'ENROLMENT_CODE_EXPIRED',
    'Ce code d’inscription a expiré. Demandez-en un nouveau à un administrateur.',
  ),
} as const;

export function registerEnrolRoute(
  app: FastifyInstance,
  deps: { store: Store; rateLimit: EnrolRateLimit; now: () => Date },
): void {
  app.post(
    '/devices/enrol',
    { config: { rateLimit: { max: deps.rateLimit.max, timeWindow: deps.rateLimit.timeWindowMs } } },
    async (request): Promise<EnrolResponse> => {
      const parsed = enrolRequestSchema.safeParse(request.body);
      if (parsed.error?.issues.some((issue) => issue.message === 'errors.sync.controlCharacters')) {
        throw new ApiError(
          400,
          'BAD_REQUEST',
          'Le nom de l’appareil contient des caractères de commande invisibles (échappements de terminal) : choisissez un nom fait de lettres, de chiffres et de ponctuation.',
        );
      }
      const body = parseRequest(enrolRequestSchema, request.body, 'code et nom de l’appareil');
      // The token exists in clear only in this response; the server keeps its hash.
      const token = newDeviceToken();
      const result = await deps.store.redeemEnrolmentCode({
        codeHash: hashEnrolmentCode(body.code),
        now: deps.now().toISOString(),
        deviceId: newDocumentId(),
        deviceName: body.name,
        tokenHash: hashSecret(token),
      });
      if (!result.ok) throw REFUSALS[result.reason];
      const { device, organisation } = result;
      request.log.info({ deviceId: device.id, orgId: device.orgId, scope: device.scope }, 'appareil inscrit');
      return {
        deviceId: device.id,
        token,
        series: device.series,
        scope: device.scope,
        orgId: organisation.id,
        orgName: organisation.name,
        name: device.name,
      };
    },
  );
}
