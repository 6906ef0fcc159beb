import { describe, expect, it } from 'vitest';
import { retryDelay } from '@renderer/sync/backoff';

describe('retryDelay', () => {
  const options = { baseMs: 500, maxMs: 15_000 };
  it('doubles up to the cap, with jitter between half and all of it', () => {
    expect(retryDelay(0, options, () => 1)).toBe(500);
    expect(retryDelay(0, options, () => 0)).toBe(250);
    expect(retryDelay(3, options, () => 1)).toBe(4000);
    expect(retryDelay(10, options, () => 1)).toBe(15_000);
    expect(retryDelay(1000, options, () => 0)).toBe(7500);
  });
});
