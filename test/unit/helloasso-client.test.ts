import { afterEach, describe, expect, it } from 'vitest';
import { fetchHelloAssoOrders, type HelloAssoClientOptions } from '@shared/import/helloasso-client';
import {
  API_ORDERS,
  startHelloAssoStandIn,
  type StandIn,
  type StandInOptions,
} from '@server/test-support/helloasso-standin';

const credentials = {
  clientId: 'client-123',
  clientSecret: 'secret-456',
  organizationSlug: 'amis-du-lavoir',
};
let standIn: StandIn | undefined;
const waits: number[] = [];

async function start(options: StandInOptions = {}) {
  standIn = await startHelloAssoStandIn(options);
  return standIn;
}
function running(): StandIn {
  if (!standIn) throw new Error('stand-in not started');
  return standIn;
}
const client = (over: Partial<HelloAssoClientOptions> = {}): HelloAssoClientOptions => ({
  fetch: globalThis.fetch,
  baseUrl: running().baseUrl,
  pageSize: 4,
  now: () => new Date('2026-01-05T10:00:00Z'),
  sleep: async (ms) => {
    waits.push(ms);
  },
  ...over,
});
const orderCalls = () => running().requests.filter((r) => r.path.endsWith('/orders'));

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
  waits.length = 0;
});

describe('fetchHelloAssoOrders against a stand-in of HelloAsso on 127.0.0.1', () => {
  it('gets a token with the client credentials and every order over three pages (a fourth, empty, ends them)', async () => {
    await start();
    const progress: number[] = [];
    const result = await fetchHelloAssoOrders(credentials, undefined, client(), (p) =>
      progress.push(p.orders),
    );
    expect(result).toMatchObject({ ok: true, fetchedUntil: '2026-01-05T10:00:00.000Z', pages: 4 });
    if (!result.ok) return;
    expect(result.orders.map((o) => o.id)).toEqual(API_ORDERS.map((o) => (o as { id: number }).id));
    expect(progress).toEqual([4, 8, 9, 9]);
    const [token] = running().requests;
    expect(token?.path).toBe('/oauth2/token');
    expect(token?.form?.get('grant_type')).toBe('client_credentials');
    expect(orderCalls()[1]?.query.get('continuationToken')).toBeTruthy();
    expect(orderCalls()[0]?.query.get('withDetails')).toBe('true');
  });

  it('fetches only since the last fetch', async () => {
    await start();
    const result = await fetchHelloAssoOrders(credentials, '2025-12-01T00:00:00.000Z', client());
    expect(result.ok && result.orders.map((o) => o.id)).toEqual([230000302, 230000303]);
    expect(orderCalls()[0]?.query.get('from')).toBe('2025-12-01T00:00:00.000Z');
  });

  it('renews an expired token with the refresh token and goes on', async () => {
    await start({ tokenPages: 1 });
    const result = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(result.ok && result.orders).toHaveLength(9);
    const grants = running()
      .requests.filter((r) => r.path === '/oauth2/token')
      .map((r) => r.form?.get('grant_type'));
    expect(grants.slice(0, 2)).toEqual(['client_credentials', 'refresh_token']);
  });

  it('waits as a 429 says (Retry-After) and goes on', async () => {
    await start({ rateLimit: { request: 2, retryAfter: '2' } });
    const result = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(result.ok && result.orders).toHaveLength(9);
    expect(waits).toEqual([2000]);
  });

  it('refuses a malformed page with a French message, and returns no order', async () => {
    await start({ malformedPage: 2 });
    const result = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Réponse inattendue de HelloAsso \(commandes, page 2\).*Rien n’a été importé/,
      ),
    });
  });

  it('says what to do on wrong credentials, a wrong association, a failing HelloAsso, no answer', async () => {
    await start();
    const wrong = await fetchHelloAssoOrders({ ...credentials, clientSecret: 'faux' }, undefined, client());
    expect(!wrong.ok && wrong.message).toMatch(/refuse les identifiants.*Membres → Importer → HelloAsso/);
    const slug = await fetchHelloAssoOrders(
      { ...credentials, organizationSlug: 'autre-asso' },
      undefined,
      client(),
    );
    expect(!slug.ok && slug.message).toMatch(/refuse l’accès à l’association « autre-asso »/);
    running().options.failWith = 500;
    const down = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(!down.ok && down.message).toMatch(/problème \(erreur 500\) : réessayez dans quelques minutes/);
    running().options.failWith = 429;
    const limited = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(!limited.ok && limited.message).toMatch(/limite le nombre de demandes/);
    const bad = await fetchHelloAssoOrders(
      { ...credentials, organizationSlug: 'Pas Un Slug' },
      undefined,
      client(),
    );
    expect(!bad.ok && bad.message).toMatch(/ne contient que a-z/);
  });

  it('reads the forms’ titles over their pages, for the campaigns of the gifts', async () => {
    const forms = Array.from({ length: 6 }, (_, index) => ({
      formSlug: `campagne-${index}`,
      formType: 'Donation',
      title: `Campagne n° ${index}`,
    }));
    await start({ forms: [...forms, { formSlug: 'sans-titre', formType: 'Event', title: '  ' }] });
    const result = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(result.ok && result.formTitles).toEqual(
      Object.fromEntries(forms.map((form, index) => [`donation/${form.formSlug}`, `Campagne n° ${index}`])),
    );
    const formCalls = running().requests.filter((r) => r.path.endsWith('/forms'));
    // 4 + 3 forms, then an empty page ends them (as the orders).
    expect(formCalls).toHaveLength(3);
    expect(formCalls[1]?.query.get('continuationToken')).toBeTruthy();
  });

  it('imports all the same when HelloAsso will not list the forms, and asks nothing when no order came', async () => {
    await start({ formsFailWith: 500 });
    const result = await fetchHelloAssoOrders(credentials, undefined, client());
    expect(result).toMatchObject({ ok: true, formTitles: {} });
    expect(result.ok && result.orders).toHaveLength(9);
    running().options.formsFailWith = undefined;
    running().requests.length = 0;
    const none = await fetchHelloAssoOrders(credentials, '2026-01-01T00:00:00.000Z', client());
    expect(none).toMatchObject({ ok: true, orders: [], formTitles: {} });
    expect(running().requests.filter((r) => r.path.endsWith('/forms'))).toEqual([]);
  });

  it('gives up after the timeout, and says so', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const result = await fetchHelloAssoOrders(credentials, undefined, {
        fetch: globalThis.fetch,
        baseUrl: `http://127.0.0.1:${port}`,
        timeoutMs: 300,
      });
      expect(!result.ok && result.message).toMatch(/n’a pas répondu en 1 secondes.*vérifiez la connexion/);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
    const refused = await fetchHelloAssoOrders(credentials, undefined, {
      fetch: globalThis.fetch,
      baseUrl: `http://127.0.0.1:${port}`,
    });
    expect(!refused.ok && refused.message).toMatch(/Impossible de joindre HelloAsso/);
  });
});
