import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncDocument } from '@shared/sync/protocol';
import { openStore } from '@server/storage/open-store';
import type { Store } from '@server/storage/store';
import { useBackend } from '@server/test-support/backend';
import { createOrganisation } from '@server/test-support/fixtures';
import { findPostgresBin } from '@server/test-support/postgres-cluster';

const run = promisify(execFile);

const document = (id: string, value: Record<string, unknown>) => {
  const now = new Date().toISOString();
  return { id, createdAt: now, updatedAt: now, updatedBy: 'u', deviceId: 'd', value, _deleted: false };
};

async function everything(store: Store, orgId: string): Promise<{ documents: SyncDocument[]; seq: number }> {
  return store.pull(orgId, 'settings', 0, 1_000_000);
}

/**
 * What the README tells a PostgreSQL administrator to run instead of `backup`: pg_dump in its
 * custom format while the server keeps writing, then pg_restore into an empty database.
 */
const backend = useBackend('postgres');
if (backend) {
  describe('PostgreSQL backup with pg_dump and pg_restore (README)', () => {
    let scratch = '';
    let store: Store;
    let orgId = '';
    beforeAll(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'tilleul-pgdump-'));
      store = await backend.open();
      orgId = await createOrganisation(store);
      const pad = 'x'.repeat(4000);
      for (let batch = 0; batch < 4; batch++) {
        const rows = Array.from({ length: 500 }, (_, n) => ({
          newDocumentState: document(`seed-${batch}-${n}`, { pad }),
        }));
        await store.push(orgId, 'settings', rows);
      }
    }, 60_000);
    afterAll(async () => {
      await store?.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    it('takes one consistent snapshot while pushes go on, and restores it whole', async () => {
      const bin = findPostgresBin() as string;
      const url = 'databaseUrl' in backend.location ? backend.location.databaseUrl : '';
      const writer = await backend.open();
      let stopped = false;
      const acks: { id: string; acked: number }[] = [];
      const pushing = (async () => {
        for (let n = 0; !stopped; n++) {
          await writer.push(orgId, 'settings', [{ newDocumentState: document(`pushed-${n}`, { n }) }]);
          acks.push({ id: `pushed-${n}`, acked: Date.now() });
        }
      })();
      const out = join(scratch, 'tilleul.dump');
      let started = 0;
      let finished = 0;
      try {
        while (acks.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
        const before = acks.map((ack) => ack.id);
        started = Date.now();
        await run(join(bin, 'pg_dump'), ['--format=custom', `--file=${out}`, url]);
        finished = Date.now();
        while (acks.filter((ack) => ack.acked > finished).length < 10) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        stopped = true;
        await pushing;
        expect(acks.filter((ack) => ack.acked > started && ack.acked < finished).length).toBeGreaterThan(0);

        const admin = new pg.Client({ connectionString: url.replace(/\/tilleul_test$/, '/postgres') });
        await admin.connect();
        await admin.query('CREATE DATABASE tilleul_restored');
        await admin.end();
        const restoredUrl = url.replace(/\/tilleul_test$/, '/tilleul_restored');
        await run(join(bin, 'pg_restore'), ['--no-owner', `--dbname=${restoredUrl}`, out]);

        const restored = await openStore({ databaseUrl: restoredUrl }, { create: false });
        try {
          const copy = await everything(restored, orgId);
          const live = await everything(store, orgId);
          const ids = new Set(copy.documents.map((doc) => doc.id));
          for (const id of before) expect(ids.has(id), id).toBe(true);
          expect(copy.documents.filter((doc) => doc.id.startsWith('seed-'))).toHaveLength(2000);
          // Documents are only added here: the copy is the live database up to its last sequence.
          expect(copy.documents).toEqual(live.documents.slice(0, copy.documents.length));
          expect(live.documents.length).toBeGreaterThan(copy.documents.length);
          const next = await restored.push(orgId, 'settings', [
            { newDocumentState: document('after-restore', {}) },
          ]);
          expect(next.lastSeq).toBe(copy.seq + 1);
        } finally {
          await restored.close();
        }
      } finally {
        stopped = true;
        await pushing;
        await writer.close();
      }
    }, 120_000);
  });
}
