import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { newPerson } from './door';
import { ADMIN, firstRun, signIn } from './helpers';
import { readCsvTable } from '@shared/import/table';

const shots = join('test-results', 'auto-backups-desktop');
mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

/**
 * The data folder of the PC, as main keeps it (main/backups/, tested in Node with real files):
 * the streamed chunks of each backup, then the whole file under its name, the newest of each day
 * kept. Shared by the two profiles below, as a folder would be.
 */
class PlayedMain {
  files = new Map<string, Buffer>();
  sessions = new Map<string, Buffer[]>();
  failure: { at: string; message: string } | null = null;
  failNext = false;
  calls: string[] = [];
  /** The copy from before an update chosen with « Revenir à cette copie ». */
  reverted: string | null = null;
  /** The files the app asked main to save (an export), by name. */
  saved = new Map<string, Buffer>();

  async install(context: BrowserContext) {
    await context.exposeFunction('playedMain', (method: string, args: unknown[]) => this.call(method, args));
    // Electron cannot run here: the preload's bridge is played by the page, each call answered
    // by `call` below as main's validated handlers would; the screens and the export are real.
    await context.addInitScript(() => {
      const main = (window as unknown as { playedMain: (m: string, a: unknown[]) => Promise<unknown> })
        .playedMain;
      const bridged =
        (method: string, encode?: (args: unknown[]) => unknown[]) =>
        (...args: unknown[]) =>
          main(method, encode ? encode(args) : args);
      Object.assign(window, {
        tilleul: {
          getAppInfo: bridged('getAppInfo'),
          saveFile: bridged('saveFile', ([request]) => {
            const { data, ...rest } = request as { data: Uint8Array };
            return [{ ...rest, data: Array.from(data) }];
          }),
          getUpdateState: bridged('getUpdateState'),
          autoBackupBegin: bridged('autoBackupBegin'),
          autoBackupChunk: bridged('autoBackupChunk', ([request]) => {
            const { id, data } = request as { id: string; data: Uint8Array };
            return [{ id, data: Array.from(data) }];
          }),
          autoBackupFinish: bridged('autoBackupFinish'),
          autoBackupAbort: bridged('autoBackupAbort'),
          autoBackupList: bridged('autoBackupList'),
          restoreBeforeUpdate: bridged('restoreBeforeUpdate'),
          autoBackupRead: async (request: unknown) => {
            const answer = (await main('autoBackupRead', [request])) as { ok: boolean; value: number[] };
            return answer.ok ? { ok: true, value: new Uint8Array(answer.value) } : answer;
          },
        },
      });
    });
  }

  call(method: string, args: unknown[]): unknown {
    this.calls.push(method);
    const ok = (value: unknown) => ({ ok: true, value });
    const now = new Date();
    switch (method) {
      case 'getAppInfo':
        return ok({
          version: '0.1.0',
          dataDir: '/home/anne/.config/Tilleul',
          platform: 'linux',
          electron: '39.0.0',
        });
      case 'saveFile': {
        const { suggestedName, data } = args[0] as { suggestedName: string; data: number[] };
        this.saved.set(suggestedName, Buffer.from(data));
        return ok({ saved: true, path: `/home/anne/Documents/${suggestedName}` });
      }
      case 'getUpdateState':
        return ok({ status: 'idle' });
      case 'autoBackupBegin': {
        if (this.failNext) {
          this.failNext = false;
          this.failure = { at: now.toISOString(), message: 'errors.ipc.writeFailed' };
          return { ok: false, error: { code: 'WRITE_FAILED', message: 'errors.ipc.writeFailed' } };
        }
        const id = crypto.randomUUID();
        this.sessions.set(id, []);
        return ok({ id });
      }
      case 'autoBackupChunk': {
        const { id, data } = args[0] as { id: string; data: number[] };
        this.sessions.get(id)?.push(Buffer.from(data));
        return ok(null);
      }
      case 'autoBackupFinish': {
        const { id } = args[0] as { id: string };
        const name = `tilleul-auto-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.tilleul`;
        // The rotation: the newest of the day only.
        for (const old of this.files.keys())
          if (old.slice(13, 23) === name.slice(13, 23)) this.files.delete(old);
        this.files.set(name, Buffer.concat(this.sessions.get(id) ?? []));
        this.sessions.delete(id);
        this.failure = null;
        return ok({ path: `/home/anne/.config/Tilleul/sauvegardes/${name}`, removed: 0 });
      }
      case 'autoBackupAbort':
        return ok(null);
      case 'restoreBeforeUpdate':
        // Main records the request and relaunches (main/ipc/handlers.test.ts); here nothing restarts.
        this.reverted = (args[0] as { name: string }).name;
        return ok(null);
      case 'autoBackupList': {
        const daily = [...this.files].map(([name, bytes]) => ({
          name,
          at: `${name.slice(13, 23)}T${name.slice(24, 32).replace(/-/g, ':')}.000Z`,
          kind: 'daily',
          bytes: bytes.byteLength,
        }));
        const copy = {
          name: 'tilleul-avant-maj-2026-06-30T07-12-00Z',
          at: '2026-06-30T07:12:00.000Z',
          kind: 'beforeUpdate',
          bytes: 1_834_000,
        };
        return ok({ backups: [...daily.reverse(), copy], failure: this.failure });
      }
      case 'autoBackupRead': {
        const { name, offset } = args[0] as { name: string; offset: number };
        const file = this.files.get(name);
        if (!file)
          return { ok: false, error: { code: 'WRITE_FAILED', message: 'errors.ipc.backupNotFound' } };
        return ok(Array.from(file.subarray(offset, offset + 1024 * 1024)));
      }
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'errors.ipc.unknownChannel' } };
    }
  }
}

test('desktop: a backup at start and on demand, a failure explained, one restored into a fresh profile', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const main = new PlayedMain();
  const first = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await main.install(first);
  const page = await first.newPage();
  await firstRun(page);
  // At start, none a day old: one is streamed to main without anyone asking.
  await expect.poll(() => main.files.size, { timeout: 20_000 }).toBe(1);
  expect(main.calls.filter((c) => c === 'autoBackupChunk').length).toBeGreaterThan(0);

  await newPerson(page, 'Élise', 'Lefèvre');
  await page.goto('/#/parametres/sauvegardes');
  const card = page.getByRole('region', { name: 'Sauvegardes automatiques' });
  await expect(card.getByTestId('auto-backup-last')).toHaveText(
    /^Dernière sauvegarde automatique\s: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(\d+(,\d)?\s(o|ko)\)\.$/,
  );
  await card.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const table = card.getByRole('table', { name: 'Sauvegardes automatiques' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Quotidienne');
  await expect(table.getByRole('row').nth(2)).toContainText('Avant mise à jour');
  await expect(table.getByRole('row').nth(2)).toContainText('1,8\u00a0Mo');
  await shot(page, '1-list');
  // The list as a file, saved where main is told: the screen's columns, a date and its time.
  await card.getByRole('button', { name: 'Exporter la liste « Sauvegardes automatiques »' }).click();
  await page.getByRole('menuitem', { name: 'Exporter en CSV (Excel)' }).click();
  await expect(page.getByText('2 lignes exportées (CSV).')).toBeVisible();
  const [listName, listBytes] = [...main.saved].at(-1) ?? ['', Buffer.alloc(0)];
  expect(listName).toMatch(/^sauvegardes-automatiques-\d{4}-\d{2}-\d{2}\.csv$/);
  const list = readCsvTable(listBytes.toString('utf8'));
  expect(list.header).toEqual(['Date', 'Heure', 'Type', 'Taille', 'Fichier']);
  expect(list.rows.map((row) => row.cells.map((cell) => cell.replace(/\s/g, ' ')))).toEqual([
    [
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      expect.stringMatching(/^\d{2}:\d{2}$/),
      'Quotidienne',
      expect.stringMatching(/ (o|ko)$/),
      expect.stringMatching(/^tilleul-auto-/),
    ],
    [
      '30/06/2026',
      expect.stringMatching(/^\d{2}:12$/),
      'Avant mise à jour',
      '1,8 Mo',
      'tilleul-avant-maj-2026-06-30T07-12-00Z',
    ],
  ]);

  // The disk is full: the failure is said in French, with what to do; the app goes on.
  main.failNext = true;
  await card.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('La dernière sauvegarde automatique a échoué');
  await expect(alert).toContainText('Le fichier n’a pas pu être écrit.');
  await expect(alert).toContainText('Sauvegarder maintenant');
  await shot(page, '2-failure');
  await card.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(card.getByRole('alert')).toHaveCount(0, { timeout: 30_000 });
  // Encrypted in the page before a byte reaches main: no member's name on disk.
  expect(main.files.size).toBeGreaterThan(0);
  for (const bytes of main.files.values()) {
    expect(bytes.subarray(0, 14).toString('latin1')).toBe('TILLEUL-AUTO1\n');
    expect(bytes.includes(Buffer.from('Lefèvre'))).toBe(false);
    expect(bytes.includes(Buffer.from('Élise'))).toBe(false);
  }

  // The update went wrong: the copy taken before it, put back whole. Échap first changes nothing.
  const revert = table.getByRole('button', { name: /^Revenir à la copie du \d{2}\/\d{2}\/2026/ });
  await revert.click();
  const confirm = page.getByRole('dialog', { name: 'Revenir à la copie d’avant la mise à jour ?' });
  await expect(confirm).toContainText('Tilleul va redémarrer');
  await expect(confirm).toContainText('IndexedDB-remplacee-');
  await expect(confirm.getByRole('button', { name: 'Ne rien changer' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect(main.reverted).toBeNull();
  await revert.click();
  await shot(page, '3-revert');
  await confirm.getByRole('button', { name: 'Revenir à cette copie et redémarrer' }).click();
  await expect(confirm.getByRole('status')).toHaveText('Tilleul redémarre pour remettre la copie en place…');
  expect(main.reverted).toBe('tilleul-avant-maj-2026-06-30T07-12-00Z');

  // The same PC after its profile was lost: a fresh one, the backups' folder still there.
  const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await main.install(second);
  const other = await second.newPage();
  await firstRun(other);
  await other.goto('/#/parametres/sauvegardes');
  const restoreCard = other.getByRole('region', { name: 'Sauvegardes automatiques' });
  await restoreCard
    .getByRole('button', { name: /^Restaurer la sauvegarde du / })
    .first()
    .click();
  // Encrypted for the administrators: a wrong password is refused in French, then the
  // administrator's (the same person set up this profile again) opens it.
  const secret = restoreCard.getByLabel('Mot de passe administrateur ou code de secours');
  await secret.pressSequentially('pas-le-bon-mot');
  await secret.press('Enter');
  await expect(restoreCard.getByRole('alert')).toContainText(
    'Ce mot de passe n’ouvre pas cette sauvegarde automatique.',
    { timeout: 20_000 },
  );
  await shot(other, '3-wrong-password');
  await secret.fill('');
  await secret.pressSequentially(ADMIN.password);
  await secret.press('Enter');
  const preview = restoreCard.getByRole('region', { name: 'Contenu de la sauvegarde' });
  await expect(preview.getByRole('row', { name: /^Personnes\s+1$/ })).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole('row', { name: /^Chiffrée\s+Oui$/ })).toBeVisible();
  await preview.getByLabel('Pour confirmer, tapez RESTAURER').pressSequentially('RESTAURER');
  await preview.getByRole('button', { name: 'Restaurer' }).click();
  // Decrypted twice more (staging, applying): slow on a loaded 2-core machine.
  await expect(other.getByText(/Restauration terminée\s:\s\d+ documents remis/)).toBeVisible({
    timeout: 90_000,
  });
  await shot(other, '4-restored');
  await other.goto('/#/membres');
  await expect(other.getByRole('heading', { level: 1, name: 'Membres' })).toBeVisible({ timeout: 20_000 });
  await expect(other.getByText('Lefèvre').first()).toBeVisible({ timeout: 20_000 });

  // A new PC, a copy of an automatic backup brought on a USB key: picked from the first-run
  // screen, it asks for an administrator's secret (not « the backup's password ») and opens with it.
  const [autoName, autoBytes] = [...main.files].find(([name]) => name.startsWith('tilleul-auto-')) ?? [];
  expect(autoName).toBeDefined();
  const copy = join(mkdtempSync(join(tmpdir(), 'tilleul-auto-copy-')), autoName ?? 'copie.tilleul');
  writeFileSync(copy, autoBytes ?? Buffer.alloc(0));
  const third = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const blank = await third.newPage();
  await blank.goto('/');
  await blank.getByText('Restaurer une sauvegarde sur ce poste').click();
  const chooser = blank.waitForEvent('filechooser');
  await blank.getByRole('button', { name: 'Fichier de sauvegarde (.tilleul)' }).click();
  await (await chooser).setFiles(copy);
  await expect(blank.getByLabel('Mot de passe de la sauvegarde')).toHaveCount(0);
  const adminSecret = blank.getByLabel('Mot de passe administrateur ou code de secours');
  await adminSecret.pressSequentially(ADMIN.password);
  await adminSecret.press('Enter');
  const copyPreview = blank.getByRole('region', { name: 'Contenu de la sauvegarde' });
  await expect(copyPreview.getByRole('row', { name: /^Chiffrée\s+Oui$/ })).toBeVisible({ timeout: 30_000 });
  await shot(blank, '5-first-run-auto-copy');

  // The same PC again, its database dropped (Chromium deletes one it finds damaged) and its
  // backups' folder still there: the first run says so before anyone starts again from nothing,
  // and restores the latest backup from its list; the backup's accounts then sign in.
  const fourth = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await main.install(fourth);
  const dropped = await fourth.newPage();
  await dropped.goto('/');
  const found = dropped
    .getByRole('alert')
    .filter({ hasText: 'Ce PC garde des sauvegardes automatiques de Tilleul' });
  await expect(found).toContainText(
    /La dernière date du .+\. Si les données de Tilleul ont disparu de ce PC/,
    {
      timeout: 15_000,
    },
  );
  await shot(dropped, '6-first-run-found-alert');
  await found.getByRole('button', { name: 'Restaurer une sauvegarde automatique' }).click();
  const backupsTable = dropped.getByRole('table', { name: 'Sauvegardes automatiques' });
  // The PC's backups first; a file (a USB key) still possible below them.
  await expect(dropped.getByText('Ou un fichier de sauvegarde (une clé USB, un autre PC) :')).toBeVisible();
  await shot(dropped, '6-first-run-list');
  await backupsTable
    .getByRole('button', { name: /^Restaurer la sauvegarde du / })
    .first()
    .click();
  const listSecret = dropped.getByLabel('Mot de passe administrateur ou code de secours');
  await listSecret.pressSequentially(ADMIN.password);
  await listSecret.press('Enter');
  const listPreview = dropped.getByRole('region', { name: 'Contenu de la sauvegarde' });
  await expect(listPreview.getByRole('row', { name: /^Personnes\s+1$/ })).toBeVisible({ timeout: 30_000 });
  await expect(listPreview.getByLabel('Pour confirmer, tapez RESTAURER')).toBeFocused();
  await dropped.keyboard.type('RESTAURER');
  await listPreview.getByRole('button', { name: 'Restaurer' }).click();
  await expect(dropped.getByText(/Restauration terminée\s:\s\d+ documents remis/)).toBeVisible({
    timeout: 90_000,
  });
  await shot(dropped, '7-first-run-restored');
  await dropped.getByRole('button', { name: 'Continuer vers la connexion' }).click();
  await signIn(dropped, ADMIN.name, ADMIN.password);
  await dropped.goto('/#/membres');
  await expect(dropped.getByText('Lefèvre').first()).toBeVisible({ timeout: 20_000 });
  await first.close();
  await second.close();
  await third.close();
  await fourth.close();
});
