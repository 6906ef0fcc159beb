import { describe, expect, it } from 'vitest';
import { RequestSlots } from '@renderer/sync/request-slots';

describe('RequestSlots', () => {
  it('runs at most `size` at a time, the others in the order they came, each once a slot frees', async () => {
    const slots = new RequestSlots(2);
    const running = new Set<number>();
    const started: number[] = [];
    let most = 0;
    const finish = new Map<number, () => void>();
    const task = (n: number) =>
      slots.run(async () => {
        running.add(n);
        started.push(n);
        most = Math.max(most, running.size);
        await new Promise<void>((resolve) => finish.set(n, resolve));
        running.delete(n);
        return n;
      });
    const all = [1, 2, 3, 4, 5].map(task);
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    finish.get(2)?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 2, 3]);
    for (const n of [1, 3, 4, 5]) {
      finish.get(n)?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('frees the slot of a request that fails', async () => {
    const slots = new RequestSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('coupé')))).rejects.toThrow('coupé');
    expect(await slots.run(async () => 'suivante')).toBe('suivante');
  });
});
