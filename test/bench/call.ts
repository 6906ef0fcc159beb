import type { Page } from '@playwright/test';
import type { TilleulBench } from './page/main';

/** Calls a function of the page's `tilleulBench` object. */
export function call<K extends keyof TilleulBench>(
  page: Page,
  name: K,
  ...args: Parameters<TilleulBench[K]>
) {
  return page.evaluate(
    ([fn, fnArgs]) => {
      const api = (globalThis as unknown as { tilleulBench: Record<string, (...a: unknown[]) => unknown> })
        .tilleulBench;
      const target = api[fn];
      if (!target) throw new Error(`tilleulBench.${fn} does not exist`);
      return target(...fnArgs);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<TilleulBench[K]>>>;
}
