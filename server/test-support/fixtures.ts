import { newDocumentId } from '@shared/ids';
import { schemaHeader } from '@shared/sync/schema-header';
import type { DeviceScope, EnrolResponse } from '@shared/sync/protocol';
import { hashEnrolmentCode, newEnrolmentCode } from '@server/security/secrets';
import type { Store } from '@server/storage/store';

/** Helpers shared by the server's test suites: associations, codes, documents, HTTP calls. */

export async function createOrganisation(store: Store, name = 'Foyer rural de Tilleul'): Promise<string> {
  const id = newDocumentId();
  await store.createOrganisation({ id, name, createdAt: new Date().toISOString() });
  return id;
}

export async function issueCode(
  store: Store,
  orgId: string,
  scope: DeviceScope,
  options: { name?: string; expiresAt?: string } = {},
): Promise<string> {
  const code = newEnrolmentCode();
  await store.createEnrolmentCode({
    orgId,
    scope,
    name: options.name ?? null,
    codeHash: hashEnrolmentCode(code),
    createdAt: new Date().toISOString(),
    expiresAt: options.expiresAt ?? new Date(Date.now() + 3_600_000).toISOString(),
  });
  return code;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * The schema version header the app sends with a pull or push of `path`'s collection (the one
 * this code holds), so that calls speak as the current app does; none for other paths or for a
 * collection the registry does not know.
 */
export function schemaHeaderFor(path: string): Record<string, string> {
  const collection = /\/sync\/([^/?]+)\/(?:pull|push)(?:\?|$)/.exec(path)?.[1];
  return collection ? schemaHeader(collection) : {};
}

/**
 * One HTTP call. A pull or a push carries the current schema version unless `headers` sets it,
 * or `schema: false` leaves it out (an app from before the header).
 */
export async function call<T = unknown>(
  baseUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS',
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    schema?: false;
  } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {
    ...(options.schema === false ? {} : schemaHeaderFor(path)),
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = options.rawBody ?? JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  return {
    status: response.status,
    body: (isJson && text ? JSON.parse(text) : text) as T,
    headers: response.headers,
  };
}

export async function enrol(
  baseUrl: string,
  store: Store,
  orgId: string,
  scope: DeviceScope = 'office',
): Promise<EnrolResponse> {
  const code = await issueCode(store, orgId, scope);
  const reply = await call<EnrolResponse>(baseUrl, 'POST', '/api/v1/devices/enrol', {
    body: { code, name: `Poste ${scope}` },
  });
  if (reply.status !== 200)
    throw new Error(`enrolment failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

let clock = Date.parse('2026-09-01T08:00:00.000Z');

/** A valid settings document (the one collection that exists today), as a client pushes it. */
export function settingsDoc(id: string, value: Record<string, unknown> = {}, deleted = false) {
  clock += 1000;
  const now = new Date(clock).toISOString();
  return {
    id,
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: now,
    updatedBy: 'user-1',
    deviceId: 'device-1',
    value,
    _deleted: deleted,
  };
}
