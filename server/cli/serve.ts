import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandArguments } from '@server/cli/arguments';
import type { CliIo } from '@server/cli/output';
import { buildServer } from '@server/http/app';
import { hasWebBuild } from '@server/http/web';
import { loadServerKey } from '@server/security/sealed';
import type { Store } from '@server/storage/store';
import type { TlsMaterial } from '@server/tls/certificate';
import { loadTls } from '@server/tls/certificate';

type ServeArgs = Extract<CommandArguments, { command: 'serve' }>;

/** `npm run build:web` writes here; the packaged server ships it beside itself. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** Resolves on the first SIGTERM (systemd, Docker) or SIGINT (Ctrl+C). */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/**
 * Serves until asked to stop, then stops taking requests, ends the event streams, lets the
 * requests under way finish and closes the database: a push is never cut in the middle.
 * Logs (JSON, pino) go to stderr so that stdout carries only the command's own result.
 */
export async function serveCommand(
  store: Store,
  args: ServeArgs,
  io: CliIo,
  stopSignal: Promise<NodeJS.Signals>,
): Promise<void> {
  const webRoot = args.web ?? DEFAULT_WEB_ROOT;
  const tls: TlsMaterial | undefined =
    args.https || args.cert !== undefined || args.key !== undefined
      ? await loadTls({
          cert: args.cert,
          key: args.key,
          keepIn: 'data' in args.location ? args.location.data : undefined,
        })
      : undefined;
  // The key that seals the HelloAsso secret (issue 18): kept in --data, or given by --secret-key.
  const keyFile =
    args['secret-key'] ?? ('data' in args.location ? join(args.location.data, 'secret.key') : undefined);
  const helloAssoKey = keyFile ? loadServerKey(keyFile, args['secret-key'] === undefined) : undefined;
  const app = await buildServer({
    store,
    webRoot,
    helloAsso: {
      ...(helloAssoKey ? { key: helloAssoKey } : {}),
      ...(args['helloasso-url'] ? { baseUrl: args['helloasso-url'].replace(/\/+$/, '') } : {}),
    },
    updatesRoot: args.updates,
    https: tls,
    trustProxy: args['trust-proxy'],
    logger: { level: 'info', stream: process.stderr },
  });
  const address = await app.listen({ port: args.port, host: args.host });
  const url = address.replace('0.0.0.0', '127.0.0.1');
  const web = hasWebBuild(webRoot);
  const fingerprint = tls?.fingerprint ?? null;
  if (args.json) io.stdout(JSON.stringify({ ok: true, url, store: store.kind, web, fingerprint }));
  else {
    io.stdout(
      `Serveur Tilleul à l’écoute sur ${address} (base ${store.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}).`,
    );
    io.stdout(web ? `Application web servie à ${url}/` : `Pas d’application web : ${webRoot} est vide.`);
    if (args.updates !== undefined) io.stdout(`Mises à jour de l’application servies à ${url}/updates/`);
    if (tls) io.stdout(describeCertificate(tls));
  }
  const signal = await stopSignal;
  app.log.info({ signal }, 'arrêt demandé');
  await app.close();
}

function describeCertificate(tls: TlsMaterial): string {
  const until = tls.validTo.toLocaleDateString('fr-FR');
  const whose =
    tls.origin === 'given'
      ? 'Certificat donné par --cert'
      : tls.origin === 'created'
        ? 'Certificat du serveur créé'
        : 'Certificat du serveur';
  return `${whose}, valable jusqu’au ${until}. Empreinte SHA-256 : ${tls.fingerprint}`;
}
