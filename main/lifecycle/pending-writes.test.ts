import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '@main/fs/atomic-write';
import { PendingWrites, quitHandler } from '@main/lifecycle/pending-writes';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a clean quit waits for pending writes', () => {
  it('holds the quit until a real atomic write has landed, then quits once', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'tilleul-quit-'));
    try {
      const writes = new PendingWrites();
      const target = join(folder, 'recu-2026-A-0042.pdf');
      const data = new Uint8Array(8 * 1024 * 1024).fill(7);
      const saving = writes.track(async () => {
        await later(50);
        await writeFileAtomic(target, data);
      });
      const events: string[] = [];
      const onBeforeQuit = quitHandler({
        writes,
        installUpdate: () => false,
        quit: () => events.push(`quit after ${writes.count} pending`),
      });
      let prevented = 0;
      onBeforeQuit({ preventDefault: () => prevented++ });
      expect(prevented).toBe(1);
      expect(events).toEqual([]);
      await saving;
      await later(10);
      expect(events).toEqual(['quit after 0 pending']);
      expect((await readFile(target)).length).toBe(data.length);
      // The second `before-quit` (from `quit()`) goes through.
      onBeforeQuit({ preventDefault: () => prevented++ });
      expect(prevented).toBe(1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('runs a verified update’s installer instead of quitting, after the writes', async () => {
    const writes = new PendingWrites();
    const order: string[] = [];
    void writes.track(() => later(30).then(() => order.push('written')));
    const onBeforeQuit = quitHandler({
      writes,
      installUpdate: () => (order.push('install'), true),
      quit: () => order.push('quit'),
    });
    onBeforeQuit({ preventDefault: () => undefined });
    await later(80);
    expect(order).toEqual(['written', 'install']);
  });

  it('does not wait forever for a stuck write, and a failed write does not hold the quit', async () => {
    const writes = new PendingWrites();
    void writes.track(() => new Promise(() => undefined));
    await expect(writes.track(() => Promise.reject(new Error('disque plein')))).rejects.toThrow(
      'disque plein',
    );
    expect(await writes.settled(50)).toBe(false);
    const quits: number[] = [];
    quitHandler({ writes, installUpdate: () => false, quit: () => quits.push(1), timeoutMs: 30 })({
      preventDefault: () => undefined,
    });
    await later(80);
    expect(quits).toEqual([1]);
    expect(await new PendingWrites().settled(10)).toBe(true);
  });
});
