/**
 * The renderer build served over http://127.0.0.1 exactly as the desktop's `app://` handler
 * serves it: every request becomes the `app://tilleul/…` request Electron would hand to
 * `createAppProtocolHandler`, and the handler's own answer (path resolution, refusals,
 * Content-Security-Policy and the other security headers) goes back unchanged. The Chromium
 * suite runs against this server, so a policy that blocks a worker, a font, a blob or the PDF
 * viewer in the desktop app fails a test here, where no Electron binary exists.
 *
 * Usage: tsx --tsconfig test/tsconfig.json test/e2e/app-protocol-server.ts PORT [ROOT]
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { createAppProtocolHandler } from '@main/protocol/app-handler';
import { APP_ORIGIN } from '@main/security/app-origin';

export function appProtocolServer(rootDir: string) {
  const handle = createAppProtocolHandler({ rootDir });
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    // Only the path travels: the host the browser used is never trusted, as in Electron.
    const appRequest = new Request(`${APP_ORIGIN}${request.url ?? '/'}`, { method: request.method });
    void handle(appRequest).then(
      async (answer) => {
        response.writeHead(answer.status, answer.statusText, Object.fromEntries(answer.headers));
        response.end(Buffer.from(await answer.arrayBuffer()));
      },
      (error: unknown) => {
        console.error('[app-protocol-server]', error);
        response.writeHead(500).end();
      },
    );
  });
}

if (process.argv[1]?.endsWith('app-protocol-server.ts')) {
  const port = Number(process.argv[2]);
  const root = resolve(process.argv[3] ?? 'dist/renderer');
  if (!Number.isInteger(port) || port <= 0) {
    console.error('Usage : app-protocol-server.ts PORT [DOSSIER]');
    process.exit(2);
  }
  appProtocolServer(root).listen(port, '127.0.0.1', () => {
    console.info(`Build servi comme app:// sur http://127.0.0.1:${port} (${root})`);
  });
}
