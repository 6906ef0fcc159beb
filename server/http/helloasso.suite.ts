import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helloAssoFetchResponseSchema, type HelloAssoLinkStatus } from '@shared/import/helloasso-link';
import type { ApiErrorBody } from '@shared/sync/protocol';
import { buildServer } from '@server/http/app';
import { unseal } from '@server/security/sealed';
import type { Store } from '@server/storage/store';
import type { Backend } from '@server/test-support/backend';
import { call, createOrganisation, enrol } from '@server/test-support/fixtures';
import { startHelloAssoStandIn, type StandIn } from '@server/test-support/helloasso-standin';

const PREFIX = '/api/v1';
const ACCOUNT = { clientId: 'client-123', clientSecret: 'secret-456', organizationSlug: 'amis-du-lavoir' };

/**
 * « Récupérer depuis HelloAsso » through the association's server (issue 18), on a real server on
 * 127.0.0.1 for one backend, against a stand-in of HelloAsso on 127.0.0.1: the connection is kept
 * with its secret sealed (never answered back), only an office device uses it, the fetch answers
 * the orders over several pages, and the next fetch starts where the imported one ended.
 */
export function describeHelloAsso(backend: Backend): void {
  describe(`HelloAsso connection and fetch (${backend.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    let base = '';
    let standIn: StandIn;
    const key = randomBytes(32);

    beforeAll(async () => {
      standIn = await startHelloAssoStandIn({ tokenPages: 2 });
      store = await backend.open();
      app = await buildServer({
        store,
        enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
        heartbeatMs: 60_000,
        helloAsso: { key, baseUrl: standIn.baseUrl, sleep: async () => undefined },
      });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
      await standIn.close();
    });

    it('keeps the secret sealed and never answers it; fetches every page; goes on from the last import', async () => {
      const orgId = await createOrganisation(store);
      const { token } = await enrol(base, store, orgId, 'office');
      const empty = await call<HelloAssoLinkStatus>(base, 'GET', `${PREFIX}/helloasso`, { token });
      expect(empty.body).toEqual({ configured: false, clientId: '', organizationSlug: '', fetchedUntil: '' });
      const notLinked = await call<ApiErrorBody>(base, 'POST', `${PREFIX}/helloasso/fetch`, {
        token,
        body: {},
      });
      expect(notLinked.status).toBe(404);
      expect(notLinked.body.message).toMatch(/Membres → Importer → HelloAsso/);

      const saved = await call<HelloAssoLinkStatus>(base, 'PUT', `${PREFIX}/helloasso`, {
        token,
        body: ACCOUNT,
      });
      expect(saved.status).toBe(200);
      expect(JSON.stringify(saved.body)).not.toContain('secret-456');
      const row = await store.getHelloAssoLink(orgId);
      expect(row?.sealedSecret).not.toContain('secret-456');
      expect(row && unseal(key, row.sealedSecret)).toBe('secret-456');
      // Saved again without the secret (« Remplacer » not used): the one kept stays.
      const again = await call(base, 'PUT', `${PREFIX}/helloasso`, {
        token,
        body: { clientId: ACCOUNT.clientId, organizationSlug: ACCOUNT.organizationSlug },
      });
      expect(again.status).toBe(200);

      const fetched = await call(base, 'POST', `${PREFIX}/helloasso/fetch`, { token, body: {} });
      expect(fetched.status).toBe(200);
      const answer = helloAssoFetchResponseSchema.parse(fetched.body);
      expect(answer.orders).toHaveLength(9);
      const pages = standIn.requests.filter((r) => r.path.endsWith('/orders'));
      expect(pages).toHaveLength(2); // 9 orders, then the empty page that ends them

      const cursor = await call<HelloAssoLinkStatus>(base, 'POST', `${PREFIX}/helloasso/cursor`, {
        token,
        body: { fetchedUntil: answer.fetchedUntil },
      });
      expect(cursor.body.fetchedUntil).toBe(answer.fetchedUntil);
      const next = await call(base, 'POST', `${PREFIX}/helloasso/fetch`, { token, body: {} });
      expect(helloAssoFetchResponseSchema.parse(next.body).orders).toEqual([]);
      expect(
        standIn.requests
          .filter((r) => r.path.endsWith('/orders'))
          .at(-1)
          ?.query.get('from'),
      ).toBe(answer.fetchedUntil);
    });

    it('refuses a door device, says what HelloAsso refused, and forgets the connection', async () => {
      const orgId = await createOrganisation(store);
      const door = await enrol(base, store, orgId, 'door');
      const refused = await call<ApiErrorBody>(base, 'PUT', `${PREFIX}/helloasso`, {
        token: door.token,
        body: ACCOUNT,
      });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/poste d’entrée n’importe rien/);
      expect(await store.getHelloAssoLink(orgId)).toBeUndefined();

      const { token } = await enrol(base, store, orgId, 'office');
      const stranger = await call(base, 'GET', `${PREFIX}/helloasso`);
      expect(stranger.status).toBe(401);
      const noSecret = await call<ApiErrorBody>(base, 'PUT', `${PREFIX}/helloasso`, {
        token,
        body: { clientId: 'client-123', organizationSlug: 'amis-du-lavoir' },
      });
      expect(noSecret.status).toBe(400);
      await call(base, 'PUT', `${PREFIX}/helloasso`, { token, body: { ...ACCOUNT, clientSecret: 'faux' } });
      const wrong = await call<ApiErrorBody>(base, 'POST', `${PREFIX}/helloasso/fetch`, { token, body: {} });
      expect(wrong.status).toBe(502);
      expect(wrong.body).toMatchObject({
        code: 'HELLOASSO_FAILED',
        message: expect.stringMatching(/refuse les identifiants/),
      });

      const gone = await call<HelloAssoLinkStatus>(base, 'DELETE', `${PREFIX}/helloasso`, { token });
      expect(gone.body.configured).toBe(false);
      expect(await store.getHelloAssoLink(orgId)).toBeUndefined();
    });
  });
}
