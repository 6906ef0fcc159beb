import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { DemoAssociation } from '@shared/demo/demo-association';
import { MAX_PUSH_ROWS } from '@shared/sync/protocol';
import { schemaHeaderFor } from '@server/test-support/fixtures';
import { ADMIN, firstRun, signIn } from './helpers';
import { createDoorAccount } from './door';
import { deName } from '@shared/format/french-elision';

/**
 * A real sync server for end-to-end stories: the CLI on SQLite in a temporary folder, serving
 * the production web build, so a page opened from it is the app as a phone or a second PC on
 * the association's network would load it (the server's `connect-src 'self'` holds).
 */
export const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const CLI = ['tsx', '--tsconfig', 'server/tsconfig.json', 'server/cli.ts'];

export async function cli(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('npx', [...CLI, ...args, '--json'], { cwd: root });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}

export class SyncServer {
  private child: ChildProcess | undefined;
  url = '';
  port = 0;
  /** The certificate's SHA-256 as the server printed it (`--https`), else null. */
  fingerprint: string | null = null;
  constructor(
    private readonly data: string,
    private readonly extraArgs: readonly string[] = [],
  ) {}

  async start(): Promise<void> {
    const child = spawn(
      'npx',
      [
        ...CLI,
        'serve',
        '--data',
        this.data,
        '--host',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--web',
        join(root, 'dist', 'renderer'),
        '--json',
        ...this.extraArgs,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    this.child = child;
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
      });
      child.on('exit', (code) => reject(new Error(`serve s’est arrêté (${code}) : ${err}`)));
    });
    const { url, fingerprint } = JSON.parse(line) as { url: string; fingerprint: string | null };
    this.url = url;
    this.fingerprint = fingerprint;
    this.port = Number(new URL(url).port);
  }

  /** Like a power cut: SIGKILL to the whole process group (npx → tsx → node). */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child?.pid) return;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    process.kill(-child.pid, 'SIGKILL');
    await exited;
  }
}

/**
 * Paramètres → Synchronisation on a signed-in administrator's page: enrols it with a fresh
 * office code, then signs in again once the app has restarted with the device's identity.
 */
export async function enrol(
  page: Page,
  server: { data: string; orgId: string; url: string },
  deviceName: string,
  admin: { name: string; password: string },
): Promise<void> {
  const { code } = await cli('invite', '--data', server.data, '--org', server.orgId, '--scope', 'office');
  await page.goto(`${server.url}/#/parametres/synchronisation`);
  await expect(page.getByLabel('Adresse du serveur')).toHaveValue(server.url);
  await page.getByLabel('Code d’inscription').fill(String(code));
  await page.getByLabel('Nom de cet appareil').fill(deviceName);
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
  // Under load (2 cores shared by several runs) an enrolment takes more than the default 5 s, and
  // its notice may be gone already when the app has restarted locked.
  const locked = page.getByRole('heading', { name: 'Tilleul est verrouillé' });
  await expect(page.getByText(/^Appareil inscrit auprès de/).or(locked)).toBeVisible({ timeout: 30_000 });
  await expect(locked).toBeVisible({ timeout: 30_000 });
  await signIn(page, admin.name, admin.password);
  await expect(page.getByText(`${admin.name} · Administrateur`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
}

/**
 * A new device joins the server from the first-run screen (« Rejoindre le serveur de
 * l’association ») with a fresh code of `scope`, and waits for the lock screen its accounts
 * arrived on; then the account given signs in.
 */
export async function joinFromFirstRun(
  page: Page,
  server: { data: string; orgId: string; url: string },
  scope: 'office' | 'door',
  deviceName: string,
  account: { name: string; secret: string },
): Promise<void> {
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByText('Rejoindre le serveur de l’association').click();
  const { code } = await cli('invite', '--data', server.data, '--org', server.orgId, '--scope', scope);
  await expect(page.getByLabel('Adresse du serveur')).toHaveValue(server.url);
  await page.getByLabel('Code d’inscription').fill(String(code));
  await page.getByLabel('Nom de cet appareil').fill(deviceName);
  await page.getByRole('button', { name: 'Inscrire cet appareil' }).click();
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible({
    timeout: 30_000,
  });
  await signIn(page, account.name, account.secret);
}

/** The association's server of one spec file, with what its tests opened. */
export interface SpecServer {
  data: string;
  orgId: string;
  server: SyncServer;
  /** Browser contexts the tests opened: closed after them all. */
  contexts: BrowserContext[];
  /** What `enrol` needs to know of the server. */
  org(): { data: string; orgId: string; url: string };
}

/**
 * A real sync server for the tests of one spec file: a fresh data folder and association before
 * them all (tsx compiles the CLI twice, init and serve: more than 30 s on a loaded 2-core
 * machine), and after them the contexts they opened closed, the server killed, the folder removed.
 */
export function serverForSpec(
  folderPrefix: string,
  orgName = 'Foyer rural de Saint-Léger',
  /** Started before the server: what it returns is added to `serve`'s arguments. */
  serveArgs: () => Promise<string[]> = () => Promise.resolve([]),
): SpecServer {
  const spec: SpecServer = {
    data: '',
    orgId: '',
    server: new SyncServer(''),
    contexts: [],
    org: () => ({ data: spec.data, orgId: spec.orgId, url: spec.server.url }),
  };
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    spec.data = mkdtempSync(join(tmpdir(), folderPrefix));
    spec.orgId = String((await cli('init', '--data', spec.data, '--org', orgName)).orgId);
    spec.server = new SyncServer(spec.data, await serveArgs());
    await spec.server.start();
  });
  test.afterAll(async () => {
    await Promise.all(spec.contexts.map((context) => context.close()));
    await spec.server.kill();
    if (spec.data) rmSync(spec.data, { recursive: true, force: true });
  });
  return spec;
}

/**
 * A demo association's people, households and memberships pushed through the API by an office
 * device enrolled for it (`deviceName`), as an import on another PC would send them: each push
 * accepted whole, no conflict. Returns how many documents were pushed.
 */
export async function pushDemoThroughApi(
  server: { data: string; orgId: string; url: string },
  demo: Pick<DemoAssociation, 'people' | 'households' | 'memberships'>,
  deviceName: string,
): Promise<number> {
  const { code } = await cli('invite', '--data', server.data, '--org', server.orgId, '--scope', 'office');
  const enrolled = await fetch(`${server.url}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: deviceName }),
  });
  expect(enrolled.status).toBe(200);
  const { token } = (await enrolled.json()) as { token: string };
  let count = 0;
  for (const [collection, docs] of [
    ['people', demo.people],
    ['households', demo.households],
    ['memberships', demo.memberships],
  ] as const) {
    for (let start = 0; start < docs.length; start += MAX_PUSH_ROWS) {
      const rows = docs
        .slice(start, start + MAX_PUSH_ROWS)
        .map((doc) => ({ newDocumentState: { ...doc, _deleted: false } }));
      const path = `/api/v1/sync/${collection}/push`;
      const reply = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...schemaHeaderFor(path),
        },
        body: JSON.stringify(rows),
      });
      expect(reply.status).toBe(200);
      expect(await reply.json()).toEqual([]);
      count += rows.length;
    }
  }
  return count;
}

/**
 * The office PC of a spec (1280×800): its first run, enrolled as « PC du bureau » by the
 * administrator, and these door accounts created in Paramètres → Comptes. Its context is closed
 * with the spec's.
 */
export async function officeWithDoors(
  browser: Browser,
  spec: SpecServer,
  doors: readonly { name: string; pin: string }[],
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  spec.contexts.push(context);
  const office = await context.newPage();
  await firstRun(office, `${spec.server.url}/`);
  await enrol(office, spec.org(), 'PC du bureau', ADMIN);
  await office.goto(`${spec.server.url}/#/parametres/comptes`);
  for (const door of doors) await createDoorAccount(office, door);
  return office;
}

/**
 * At the office's own entrance (tonight's one event): `query` typed, the first person found let
 * in, and the entry sent. The office may still be receiving people pushed elsewhere: it waits
 * for them.
 */
export async function letInAtTheOffice(
  office: Page,
  base: string,
  query: string,
  person: { firstName: string; lastName: string },
): Promise<void> {
  await office.goto(`${base}/#/entree`);
  await office
    .getByRole('textbox', { name: 'Nom, prénom ou numéro' })
    .pressSequentially(query, { delay: 20 });
  const hit = office.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem').first();
  await expect(hit).toContainText(person.lastName.toUpperCase(), { timeout: 60_000 });
  await office.keyboard.press('Enter');
  await expect(
    office.getByText(`Entrée ${deName(`${person.firstName} ${person.lastName}`)} enregistrée.`),
  ).toBeVisible();
  await expect(office.getByTestId('sync-status')).toContainText('À jour', { timeout: 30_000 });
}
