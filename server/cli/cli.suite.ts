import { pbkdf2Sync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDocumentId } from '@shared/ids';
import { runCli } from '@server/cli/run';
import { hashEnrolmentCode, hashSecret } from '@server/security/secrets';
import type { Backend } from '@server/test-support/backend';

/** The code points of `text` that drive a terminal or reorder text (line breaks aside). */
const controlsIn = (text: string) =>
  [...text]
    .map((char) => char.codePointAt(0) ?? 0)
    .filter(
      (code) =>
        (code < 0x20 && code !== 0x0a) ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x202a && code <= 0x202e),
    );

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
  json: Record<string, unknown>;
}

/** The CLI in-process (`runCli` with captured output), on the backend's database. */
export function describeCli(backend: Backend): void {
  describe(`CLI (${backend.name})`, () => {
    let scratch = '';
    beforeAll(() => {
      scratch = mkdtempSync(join(tmpdir(), 'tilleul-cli-'));
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    const where = () =>
      'data' in backend.location
        ? ['--data', backend.location.data]
        : ['--database-url', backend.location.databaseUrl];

    async function cli(...args: string[]): Promise<Run> {
      const stdout: string[] = [];
      const stderr: string[] = [];
      const code = await runCli(args, {
        stdout: (line) => stdout.push(line),
        stderr: (line) => stderr.push(line),
      });
      let json: Record<string, unknown> = {};
      if (args.includes('--json')) {
        expect(stdout).toHaveLength(1);
        json = JSON.parse(stdout[0] as string) as Record<string, unknown>;
      }
      return { code, stdout, stderr, json };
    }

    async function enrolWith(code: string, name: string) {
      const store = await backend.open();
      try {
        return await store.redeemEnrolmentCode({
          codeHash: hashEnrolmentCode(code),
          now: new Date().toISOString(),
          deviceId: newDocumentId(),
          deviceName: name,
          tokenHash: hashSecret(newDocumentId()),
        });
      } finally {
        await store.close();
      }
    }

    it('runs init → invite → devices → revoke with one JSON object per command', async () => {
      const init = await cli('init', ...where(), '--org', 'Foyer rural', '--json');
      expect(init.code).toBe(0);
      expect(init.json).toMatchObject({
        ok: true,
        name: 'Foyer rural',
        scope: 'office',
        code: expect.stringMatching(/^[A-Z2-9]{4}-/),
      });
      const orgId = String(init.json.orgId);
      expect((await enrolWith(String(init.json.code), 'Secrétariat')).ok).toBe(true);

      const invite = await cli(
        'invite',
        ...where(),
        '--org',
        orgId,
        '--scope',
        'door',
        '--name',
        'Porte 1',
        '--json',
      );
      expect(invite.code).toBe(0);
      expect(invite.json).toMatchObject({ ok: true, orgId, scope: 'door', name: 'Porte 1' });
      expect(Date.parse(String(invite.json.expiresAt)) - Date.now()).toBeGreaterThan(71 * 3_600_000);
      expect((await enrolWith(String(invite.json.code), 'Téléphone')).ok).toBe(true);

      const devices = await cli('devices', ...where(), '--org', orgId, '--json');
      expect(devices.code).toBe(0);
      const list = devices.json.devices as {
        id: string;
        name: string;
        scope: string;
        series: string;
        revokedAt: null;
      }[];
      expect(list.map(({ name, scope, series, revokedAt }) => ({ name, scope, series, revokedAt }))).toEqual([
        { name: 'Secrétariat', scope: 'office', series: 'A', revokedAt: null },
        { name: 'Porte 1', scope: 'door', series: 'B', revokedAt: null },
      ]);

      const revoke = await cli('revoke', ...where(), String(list[1]?.id), '--json');
      expect(revoke.code).toBe(0);
      expect(revoke.json).toMatchObject({
        ok: true,
        device: { name: 'Porte 1', revokedAt: expect.any(String) },
      });
    });

    it('prints no terminal escape from a name, and refuses them in the names it is given', async () => {
      const init = await cli('init', ...where(), '--org', 'Échappées', '--json');
      const orgId = String(init.json.orgId);
      // As enrolled before names were checked: the store keeps what it was given.
      const hostile = 'Porte\u001b[2J\u001b[H\u001b]0;pwned\u0007\u202e1\u009b';
      expect((await enrolWith(String(init.json.code), hostile)).ok).toBe(true);
      const devices = await cli('devices', ...where(), '--org', orgId);
      expect(devices.code).toBe(0);
      const printed = devices.stdout.join('\n');
      expect(printed).toContain('Porte[2J[H]0;pwned1');
      expect(controlsIn(printed)).toEqual([]);
      const [device] = (await cli('devices', ...where(), '--org', orgId, '--json')).json.devices as {
        id: string;
        name: string;
      }[];
      expect(device?.name).toBe(hostile);
      const revoke = await cli('revoke', ...where(), String(device?.id));
      expect(controlsIn(revoke.stdout.join(''))).toEqual([]);

      for (const args of [
        ['invite', ...where(), '--org', orgId, '--scope', 'door', '--name', 'Porte\u001b[2J'],
        ['init', ...where(), '--org', 'Club\u0007'],
        ['init', ...where(), '--org', 'Club \ud800'],
      ]) {
        const run = await cli(...args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr.join('\n')).toMatch(/caractères de commande invisibles/);
      }
      const unknown = await cli('\u001b[2Jfrobnicate');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr.join('\n')).not.toContain('\u001b');
    });

    describe('reset-admin', () => {
      const secret = (hash: string) => ({
        algorithm: 'PBKDF2-SHA256',
        iterations: 600_000,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
        hash,
      });
      const account = (id: string, name: string, role: string, extra: Record<string, unknown> = {}) => ({
        id,
        createdAt: '2026-09-01T08:00:00.000Z',
        updatedAt: '2026-09-01T08:00:00.000Z',
        updatedBy: 'setup',
        deviceId: 'pc-1',
        name,
        role,
        secretKind: role === 'door' ? 'pin' : 'password',
        secret: secret('QURNSU5BRE1JTkFETUlOQURNSU5BRE1JTkFETUlOQUQ='),
        disabled: false,
        ...extra,
        _deleted: false,
      });
      const RECOVERY = secret('UkVDT1ZFUllSRUNPVkVSWVJFQ09WRVJZUkVDT1ZFUlk=');

      /** An association whose office PC sent its accounts, as the server holds them. */
      async function association(accounts: ReturnType<typeof account>[]) {
        const init = await cli('init', ...where(), '--org', 'Comité des fêtes', '--json');
        const orgId = String(init.json.orgId);
        const store = await backend.open();
        try {
          const outcome = await store.push(
            orgId,
            'users',
            accounts.map((newDocumentState) => ({ newDocumentState })),
          );
          expect(outcome.conflicts).toEqual([]);
          return { orgId, seq: outcome.lastSeq ?? 0 };
        } finally {
          await store.close();
        }
      }

      async function pulled(orgId: string, collection: string, after = 0) {
        const store = await backend.open();
        try {
          return (await store.pull(orgId, collection, after, 100)).documents;
        } finally {
          await store.close();
        }
      }

      it('gives the only administrator a temporary password to change at first sign-in, synced and journalled', async () => {
        const { orgId, seq } = await association([
          account('u-admin', 'Anne Admin', 'admin', { recovery: RECOVERY }),
          account('u-door', 'Porte 1', 'door'),
        ]);
        const run = await cli('reset-admin', ...where(), '--org', orgId, '--json');
        expect(run.code).toBe(0);
        const password = String(run.json.password);
        expect(run.json).toMatchObject({ ok: true, orgId, accountId: 'u-admin', name: 'Anne Admin' });
        expect(password).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);

        // A normal synced change: an office device pulling from where it was receives it.
        const [changed, ...others] = await pulled(orgId, 'users', seq);
        expect(others).toEqual([]);
        expect(changed).toMatchObject({
          id: 'u-admin',
          mustChangeSecret: true,
          disabled: false,
          updatedBy: 'tilleul-server',
          recovery: RECOVERY,
        });
        const stored = changed?.secret as { salt: string; hash: string; iterations: number };
        expect(stored.iterations).toBe(600_000);
        // The apps' derivation (PBKDF2-SHA256 of the NFC text) finds the printed password.
        const derived = pbkdf2Sync(password, Buffer.from(stored.salt, 'base64'), 600_000, 32, 'sha256');
        expect(derived.toString('base64')).toBe(stored.hash);

        const journal = await pulled(orgId, 'audit');
        expect(journal).toEqual([
          expect.objectContaining({
            action: 'update',
            collectionName: 'users',
            documentId: 'u-admin',
            detail: 'recovery.audit.resetAdmin',
            userName: 'tilleul-server',
          }),
        ]);
        expect(JSON.stringify(journal)).not.toContain(password);
        expect(JSON.stringify(journal)).not.toContain(stored.hash);

        const human = await cli('reset-admin', ...where(), '--org', orgId);
        expect(human.code).toBe(0);
        expect(human.stdout.join('\n')).toMatch(
          /Mot de passe provisoire de « Anne Admin » \(Comité des fêtes\) : [A-Z2-9-]{19}\n.*une fois/,
        );
      });

      it('asks which administrator when there are several, and says so for an unknown one', async () => {
        const { orgId } = await association([
          account('u-anne', 'Anne Admin', 'admin'),
          account('u-bruno', 'Bruno Admin', 'admin'),
          account('u-sec', 'Sophie Secrétaire', 'secretary'),
        ]);
        const several = await cli('reset-admin', ...where(), '--org', orgId, '--json');
        expect(several).toMatchObject({ code: 1, json: { ok: false, code: 'ADMIN_AMBIGUOUS' } });
        expect(several.stderr.join('\n')).toMatch(
          /2 administrateurs : lequel \?[\s\S]*u-anne {2}Anne Admin[\s\S]*u-bruno/,
        );
        const unknown = await cli(
          'reset-admin',
          ...where(),
          '--org',
          orgId,
          '--account',
          'Sophie Secrétaire',
        );
        expect(unknown.code).toBe(1);
        expect(unknown.stderr.join('\n')).toMatch(/Aucun administrateur .* « Sophie Secrétaire »/);
        expect(await pulled(orgId, 'audit')).toEqual([]);

        const byName = await cli(
          'reset-admin',
          ...where(),
          '--org',
          orgId,
          '--account',
          'bruno admin',
          '--json',
        );
        expect(byName).toMatchObject({ code: 0, json: { accountId: 'u-bruno' } });
        const byId = await cli('reset-admin', ...where(), '--org', orgId, '--account', 'u-anne', '--json');
        expect(byId).toMatchObject({ code: 0, json: { accountId: 'u-anne' } });
        const users = await pulled(orgId, 'users');
        expect(
          users
            .filter((user) => user.mustChangeSecret === true)
            .map((user) => user.id)
            .sort(),
        ).toEqual(['u-anne', 'u-bruno']);
      });

      it('says plainly when the association or its administrator does not exist', async () => {
        const none = await cli('reset-admin', ...where(), '--org', 'nope', '--json');
        expect(none).toMatchObject({ code: 1, json: { ok: false, code: 'ORGANISATION_UNKNOWN' } });
        const { orgId } = await association([account('u-door', 'Porte 1', 'door')]);
        const noAdmin = await cli('reset-admin', ...where(), '--org', orgId, '--json');
        expect(noAdmin).toMatchObject({ code: 1, json: { ok: false, code: 'ADMIN_NONE' } });
        expect(noAdmin.stderr.join('')).toMatch(/aucun compte administrateur/);
        const missing = await cli('reset-admin', ...where());
        expect(missing.code).toBe(2);
        expect(missing.stderr.join('')).toMatch(/--org/);
      });
    });

    it('speaks French to people when --json is absent', async () => {
      const init = await cli('init', ...where(), '--org', 'Club de pétanque');
      expect(init.code).toBe(0);
      expect(init.stdout.join('\n')).toMatch(/Association « Club de pétanque » créée/);
      expect(init.stdout.join('\n')).toMatch(/Code d’inscription du poste administrateur : [A-Z2-9-]{14}/);
    });

    it('fails with exit code 1 and a JSON error for an unknown association or device', async () => {
      const invite = await cli('invite', ...where(), '--org', 'nope', '--scope', 'office', '--json');
      expect(invite).toMatchObject({ code: 1, json: { ok: false, code: 'ORGANISATION_UNKNOWN' } });
      const revoke = await cli('revoke', ...where(), 'nope', '--json');
      expect(revoke).toMatchObject({ code: 1, json: { ok: false, code: 'DEVICE_UNKNOWN' } });
      expect(revoke.stderr.join('')).toMatch(/Aucun appareil/);
    });

    it('refuses bad arguments with exit code 2 and a clear sentence', async () => {
      const cases: [string[], RegExp][] = [
        [['invite', ...where(), '--org', 'x', '--scope', 'porte'], /--scope doit valoir office ou door/],
        [['invite', ...where(), '--scope', 'door'], /--org/],
        [['init', '--org', 'X'], /--data DIR ou --database-url/],
        [['init', '--data', scratch, '--database-url', 'postgres://x/y', '--org', 'X'], /pas les deux/],
        [['devices', '--database-url', 'mysql://x/y'], /postgres:\/\//],
        [['serve', ...where(), '--port', 'huit'], /--port doit être un nombre entier/],
        [['serve', ...where(), '--max-association-mb', '0'], /--max-association-mb : au moins 1/],
        [['serve', ...where(), '--max-device-mb', '0'], /--max-device-mb : au moins 1/],
        [['revoke', ...where()], /appareil à retirer/],
        [['frobnicate'], /Commande inconnue/],
        [['devices', ...where(), '--colour'], /Unknown option/],
      ];
      for (const [args, message] of cases) {
        const run = await cli(...args);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr.join('\n')).toMatch(message);
      }
      const json = await cli('invite', ...where(), '--org', 'x', '--scope', 'porte', '--json');
      expect(json).toMatchObject({ code: 2, json: { ok: false, code: 'USAGE' } });
    });

    it('says so when --data points to a folder without a database', async () => {
      const run = await cli('devices', '--data', join(scratch, 'empty'), '--json');
      expect(run).toMatchObject({ code: 1, json: { ok: false, code: 'NO_DATABASE' } });
    });

    if (backend.name === 'sqlite') {
      it('backs the SQLite database up into one consistent file', async () => {
        const init = await cli('init', ...where(), '--org', 'Sauvegardée', '--json');
        const out = join(scratch, 'backup.sqlite');
        const backup = await cli('backup', ...where(), '--out', out, '--json');
        expect(backup).toMatchObject({ code: 0, json: { ok: true, out } });
        const copy = new Database(out, { readonly: true, fileMustExist: true });
        try {
          const row = copy.prepare('SELECT name FROM organisations WHERE id = ?').get(init.json.orgId);
          expect(row).toEqual({ name: 'Sauvegardée' });
        } finally {
          copy.close();
        }
      });
    } else {
      it('points to pg_dump for a PostgreSQL backup', async () => {
        const run = await cli('backup', ...where(), '--out', join(scratch, 'x'), '--json');
        expect(run).toMatchObject({ code: 1, json: { ok: false, code: 'BACKUP_UNSUPPORTED' } });
        expect(run.stderr.join('')).toMatch(/pg_dump --format=custom .* pg_restore --no-owner/);
      });
    }
  });
}
