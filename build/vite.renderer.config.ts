import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from '../shared/security/csp.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(at('../package.json'), 'utf8')) as { version: string };

/**
 * The app's one policy (shared/security/csp.ts) as a meta tag for
 * the web build. Only on build: Vite's dev server injects inline scripts that it would block.
 */
function contentSecurityPolicy(): Plugin {
  const policy = buildContentSecurityPolicy({ forMetaTag: true });
  return {
    name: 'tilleul-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: at('../renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: {
    alias: { '@shared': at('../shared'), '@renderer': at('../renderer') },
  },
  build: {
    outDir: at('../dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
