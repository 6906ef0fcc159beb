import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson } from '@shared/members/testing';
import {
  DEFAULT_PULL_PAGE_BYTES,
  MAX_PULL_LIMIT,
  MAX_PUSH_ROWS,
  pullResponseSchema,
} from '@shared/sync/protocol';
import type { EnrolResponse } from '@shared/sync/protocol';
import { buildServer } from '@server/http/app';
import type { Store } from '@server/storage/store';
import type { Backend } from '@server/test-support/backend';
import { call, createOrganisation, enrol, schemaHeaderFor } from '@server/test-support/fixtures';

const PREFIX = '/api/v1';

/** A GET read byte for byte as it crossed the wire: node:http does not decompress. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/**
 * Issue 19, over a rural link: every answer the client accepts compressed is compressed, and a
 * pull page is bounded in bytes (`DEFAULT_PULL_PAGE_BYTES`) whatever its document limit.
 */
export function describeRuralLink(backend: Backend): void {
  describe(`over a rural link (${backend.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    let base = '';
    let device: EnrolResponse;
    /** 3,000 people with a few lines of notes: about 2.4 MB of JSON. */
    const people = Array.from({ length: 3000 }, (_, n) => ({
      ...makePerson({
        id: `person-${String(n).padStart(5, '0')}`,
        firstName: `Prénom${n % 97}`,
        lastName: `Nom${n}`,
        memberNumber: '',
        notes: `Adhérent depuis ${2000 + (n % 25)}, bénévole à la buvette du loto. `.repeat(4),
      }),
      _deleted: false,
    }));

    beforeAll(async () => {
      store = await backend.open();
      app = await buildServer({
        store,
        enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
        heartbeatMs: 60_000,
      });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
      device = await enrol(base, store, await createOrganisation(store));
      for (let start = 0; start < people.length; start += MAX_PUSH_ROWS) {
        const rows = people.slice(start, start + MAX_PUSH_ROWS).map((doc) => ({ newDocumentState: doc }));
        const reply = await call(base, 'POST', `${PREFIX}/sync/people/push`, {
          token: device.token,
          body: rows,
        });
        expect(reply).toMatchObject({ status: 200, body: [] });
      }
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    const pullUrl = (seq: number, limit = 2000) =>
      `${base}${PREFIX}/sync/people/pull?seq=${seq}&limit=${limit}`;
    // As the app asks: its token, and the schema version of the people it holds.
    const auth = () => ({
      authorization: `Bearer ${device.token}`,
      ...schemaHeaderFor(`${PREFIX}/sync/people/pull`),
    });

    it('compresses a pull page in gzip or brotli, as the client accepts, to a tenth of its size', async () => {
      const plain = await rawGet(pullUrl(0), { ...auth(), 'accept-encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const json = plain.body.toString('utf8');
      expect(pullResponseSchema.parse(JSON.parse(json)).documents.length).toBeGreaterThan(500);

      const gzip = await rawGet(pullUrl(0), { ...auth(), 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).toString('utf8')).toBe(json);
      expect(gzip.body.length).toBeLessThan(plain.body.length / 10);

      // What Chromium sends: brotli is preferred.
      const br = await rawGet(pullUrl(0), { ...auth(), 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).toString('utf8')).toBe(json);
      expect(br.body.length).toBeLessThan(plain.body.length / 10);
      expect(br.headers.vary).toMatch(/accept-encoding/i);
    });

    it('compresses an error answer too, never the event stream', async () => {
      // A large push refused as invalid: its answer lists every faulty field.
      const invalid = people.slice(0, 300).map((doc) => ({ newDocumentState: { ...doc, lastName: 7 } }));
      const body = JSON.stringify(invalid);
      const refused = await new Promise<{ status: number; encoding: unknown; body: Buffer }>(
        (resolve, reject) => {
          const req = request(
            `${base}${PREFIX}/sync/people/push`,
            {
              method: 'POST',
              headers: { ...auth(), 'content-type': 'application/json', 'accept-encoding': 'gzip' },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  encoding: res.headers['content-encoding'],
                  body: Buffer.concat(chunks),
                }),
              );
            },
          );
          req.on('error', reject);
          req.end(body);
        },
      );
      expect(refused.status).toBe(422);
      expect(refused.encoding).toBe('gzip');
      expect(JSON.parse(gunzipSync(refused.body).toString('utf8'))).toMatchObject({
        code: 'INVALID_DOCUMENT',
      });

      const stream = await new Promise<{ encoding: unknown; type: unknown; first: string }>(
        (resolve, reject) => {
          const req = request(
            `${base}${PREFIX}/sync/stream`,
            { headers: { ...auth(), 'accept-encoding': 'gzip, br' } },
            (res) => {
              res.once('data', (chunk: Buffer) => {
                resolve({
                  encoding: res.headers['content-encoding'],
                  type: res.headers['content-type'],
                  first: chunk.toString('utf8'),
                });
                req.destroy();
              });
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
      expect(stream.type).toMatch(/text\/event-stream/);
      expect(stream.encoding).toBeUndefined();
      expect(stream.first).toContain('"RESYNC"');
    });

    it('bounds a page by its bytes whatever the limit asked, says more follow and how many, and the pages add up to everything', async () => {
      const seen: string[] = [];
      let seq = 0;
      let pages = 0;
      for (;;) {
        const reply = await rawGet(pullUrl(seq, MAX_PULL_LIMIT), {
          ...auth(),
          'accept-encoding': 'identity',
        });
        const page = pullResponseSchema.parse(JSON.parse(reply.body.toString('utf8')));
        pages += 1;
        // The bound counts the documents, not the commas of the array between them.
        const bytes = page.documents.reduce((sum, doc) => sum + Buffer.byteLength(JSON.stringify(doc)), 0);
        expect(bytes).toBeLessThanOrEqual(DEFAULT_PULL_PAGE_BYTES);
        seen.push(...page.documents.map((doc) => doc.id));
        // What a first sync shows as still to come: exact, page after page (issue 19).
        expect(page.remaining).toBe(people.length - seen.length);
        seq = page.checkpoint.seq;
        if (!page.more) break;
      }
      // Pages of at most 1 MiB, as few as that allows: not one page of 5,000 documents.
      const fewest = Math.ceil(Buffer.byteLength(JSON.stringify(people)) / DEFAULT_PULL_PAGE_BYTES);
      expect(fewest).toBeGreaterThanOrEqual(2);
      expect(pages).toBeGreaterThanOrEqual(fewest);
      expect(pages).toBeLessThanOrEqual(fewest + 1);
      expect(seen).toEqual(people.map((person) => person.id));
    });
  });
}
