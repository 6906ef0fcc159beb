import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { ANY_SERVER_CONNECT_SOURCES, buildContentSecurityPolicy } from '../shared/security/csp.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(at('../package.json'), 'utf8')) as { version: string };

/**
 * The app's one policy (shared/security/csp.ts) as a meta tag. The same `index.html` is served
 * by the desktop's `app://` handler, for which the association's server is another origin, so
 * the tag allows connecting to any server and each host's header narrows it (policies intersect).
 * Only on build: Vite's dev server injects inline scripts that it would block.
 */
function contentSecurityPolicy(): Plugin {
  const policy = buildContentSecurityPolicy({ forMetaTag: true, connectSources: ANY_SERVER_CONNECT_SOURCES });
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

/**
 * The XLSX libraries' fflate, made to zip and unzip in the page (build/fflate-in-page.ts): its
 * asynchronous functions start a Web Worker from a `blob:` URL for large files, which the policy
 * above refuses (`script-src 'self'`, no `worker-src`), so a large XLSX export or import never
 * ended. Better than allowing `blob:` workers.
 */
function fflateInPage(): Plugin {
  const replacement = at('./fflate-in-page.ts');
  return {
    name: 'tilleul-fflate-in-page',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && /[\\/](write|read)-excel-file[\\/]/.test(importer ?? '')) return replacement;
      return null;
    },
  };
}

/**
 * The web build as an installable app whose shell a service worker keeps (Workbox, through
 * vite-plugin-pwa): after one visit on a secure origin, a phone that loses the network, reloads or
 * restarts its browser still opens Tilleul with its data. Registered by the app itself
 * (renderer/platform/service-worker.ts), never on the desktop. A new version waits until every
 * tab has closed (no skipWaiting), so it never replaces the app in the middle of a check-in.
 */
function installableWebApp() {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    includeAssets: ['favicon.svg', 'icons/*.png'],
    manifest: {
      name: 'Tilleul',
      short_name: 'Tilleul',
      description: 'Le back-office des associations, même sans réseau',
      lang: 'fr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#2f9e44',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest,wasm}'],
      // pdfmake's fonts and the main chunk are large; the door needs them offline all the same.
      maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The sync API is never answered from the cache.
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
      // The first version installed takes the tabs already open (an update still waits, with no
      // skipWaiting): a tab opened before the worker was installed then finds pdfmake and the
      // pages in the kept shell when the network goes (deposit-clash.spec: a slip printed offline
      // from a tab the worker never took failed).
      clientsClaim: true,
    },
  });
}

export default defineConfig({
  root: at('../renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy(), fflateInPage(), installableWebApp()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: {
    alias: { '@shared': at('../shared'), '@renderer': at('../renderer') },
  },
  // The PDF worker loads pdfmake (documents) or pdfkit (attendance sheets) when a job needs it:
  // an ES module worker keeps them in chunks of their own instead of one 3 MB script parsed at
  // every start.
  worker: { format: 'es' },
  build: {
    outDir: at('../dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
