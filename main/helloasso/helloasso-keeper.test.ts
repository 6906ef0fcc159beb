import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helloAssoFetchIpcResponseSchema } from '@shared/ipc/helloasso';
import { writeFileAtomic } from '@main/fs/atomic-write';
import { HelloAssoKeeper, type SecretCipher } from '@main/helloasso/helloasso-keeper';
import { startHelloAssoStandIn, type StandIn } from '@server/test-support/helloasso-standin';

/** What safeStorage does, in Node: AES-GCM under a key of this "session". */
function cipher(available = true): SecretCipher {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const d = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      d.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([d.update(encrypted.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

const ACCOUNT = { clientId: 'client-123', clientSecret: 'secret-456', organizationSlug: 'amis-du-lavoir' };
let dir = '';
let standIn: StandIn;
const keeper = (c: SecretCipher = cipher()) =>
  new HelloAssoKeeper(join(dir, 'helloasso.json'), c, writeFileAtomic, {
    fetch: globalThis.fetch,
    baseUrl: standIn.baseUrl,
    pageSize: 4,
    sleep: async () => undefined,
  });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tilleul-helloasso-'));
  standIn = await startHelloAssoStandIn({ tokenPages: 1 });
});
afterEach(async () => {
  await standIn.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the desktop’s HelloAsso connection, kept by main', () => {
  it('keeps the secret encrypted, never answers it, fetches every page and goes on from the last import', async () => {
    const kept = keeper();
    expect(await kept.status()).toEqual({
      configured: false,
      clientId: '',
      organizationSlug: '',
      fetchedUntil: '',
    });
    expect(await kept.fetch()).toEqual({
      ok: false,
      message: expect.stringMatching(/Membres → Importer → HelloAsso/),
    });
    const saved = await kept.save(ACCOUNT);
    expect(saved).toEqual({
      ok: true,
      status: {
        configured: true,
        clientId: 'client-123',
        organizationSlug: 'amis-du-lavoir',
        fetchedUntil: '',
      },
    });
    expect(readFileSync(join(dir, 'helloasso.json'), 'utf8')).not.toContain('secret-456');
    // Saved again without the secret (« Remplacer » not used): the one kept stays.
    expect((await kept.save({ clientId: 'client-123', organizationSlug: 'amis-du-lavoir' })).ok).toBe(true);

    const fetched = helloAssoFetchIpcResponseSchema.parse(await kept.fetch());
    expect(fetched.ok && fetched.orders).toHaveLength(9);
    if (!fetched.ok) return;
    const grants = standIn.requests
      .filter((r) => r.path === '/oauth2/token')
      .map((r) => r.form?.get('grant_type'));
    expect(grants).toContain('refresh_token');
    expect((await kept.setFetchedUntil(fetched.fetchedUntil)).fetchedUntil).toBe(fetched.fetchedUntil);
    const next = await kept.fetch();
    expect(next.ok && next.orders).toEqual([]);

    expect((await kept.forget()).configured).toBe(false);
  });

  it('saves nothing where the system cannot encrypt, and says so', async () => {
    const saved = await keeper(cipher(false)).save(ACCOUNT);
    expect(saved).toEqual({
      ok: false,
      message: expect.stringMatching(/ne peut pas chiffrer.*rien n’a été enregistré/),
    });
    expect((await keeper().status()).configured).toBe(false);
  });

  it('asks the secret again when this session cannot read it back, or when none was kept', async () => {
    await keeper().save(ACCOUNT);
    const otherSession = keeper();
    expect(await otherSession.fetch()).toEqual({
      ok: false,
      message: expect.stringMatching(/ne peut plus être lu/),
    });
    const without = await otherSession.save({ clientId: 'client-123', organizationSlug: 'amis-du-lavoir' });
    expect(without).toEqual({ ok: false, message: expect.stringMatching(/Indiquez le « client secret »/) });
  });

  it('passes HelloAsso’s refusal on as its French message', async () => {
    const kept = keeper();
    await kept.save({ ...ACCOUNT, clientSecret: 'faux' });
    expect(await kept.fetch()).toEqual({
      ok: false,
      message: expect.stringMatching(/refuse les identifiants/),
    });
  });
});
