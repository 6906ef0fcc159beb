import type { ApiErrorBody, ApiErrorCode, FieldError } from '@shared/sync/protocol';

/** An error meant for the client: an HTTP status, a stable code and a French sentence. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.errors
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message };
  }
}

export const unauthenticated = () =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    'Cet appareil n’est pas reconnu par le serveur. Inscrivez-le avec un code d’inscription (Paramètres → Synchronisation).',
  );
