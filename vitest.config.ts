import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (folder: string) => fileURLToPath(new URL(`./${folder}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@shared': at('shared'),
      '@renderer': at('renderer'),
      '@main': at('main'),
      '@server': at('server'),
    },
  },
  test: {
    include: ['{shared,renderer,main,server,test/unit,test/bench}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
