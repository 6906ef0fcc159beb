import type { HelloAssoPort } from '@shared/ipc/helloasso';
import { SyncApi } from '@renderer/sync/api-client';
import type { FetchLike } from '@renderer/sync/api-client';
import { SyncError } from '@renderer/sync/sync-error';

/** HelloAsso answers page after page: the server's fetch of many orders may take a while. */
const HELLOASSO_TIMEOUT_MS = 180_000;

/**
 * HelloAsso through the association's server (the web build: the browser cannot call it), with
 * this device's token: the server keeps the connection, its secret sealed, and makes the calls.
 * The server's French sentence is the answer of a refused save or fetch.
 */
export function serverHelloAsso(
  enrolment: { serverUrl: string; token: string },
  fetch?: FetchLike,
): HelloAssoPort {
  const api = new SyncApi({
    baseUrl: enrolment.serverUrl,
    token: enrolment.token,
    fetch,
    timeoutMs: HELLOASSO_TIMEOUT_MS,
  });
  const refused = (error: unknown) => {
    if (error instanceof SyncError && error.code !== 'NETWORK')
      return { ok: false as const, message: error.message };
    throw error;
  };
  return {
    status: () => api.helloAssoStatus(),
    save: (input) => api.helloAssoSave(input).then((status) => ({ ok: true as const, status }), refused),
    forget: () => api.helloAssoForget(),
    fetch: () => api.helloAssoFetch().then((fetched) => ({ ok: true as const, ...fetched }), refused),
    setCursor: (fetchedUntil) => api.helloAssoSetCursor(fetchedUntil),
  };
}
