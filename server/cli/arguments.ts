import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEVICE_SCOPES } from '@shared/sync/protocol';
import { hasControlCharacters, isWellFormedText, printable } from '@shared/text/unicode';
import type { TrustProxy } from '@server/http/app';
import type { StoreLocation } from '@server/storage/open-store';

/** A command line that does not fit: printed as is, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Utilisation : npm run server -- <commande> [options]

  init     --data DIR --org "Nom"                     crée l’association, affiche un code administrateur
  invite   --data DIR --org ID --scope office|door [--name "Porte 1"] [--hours 72]
  devices  --data DIR [--org ID]                       liste les appareils inscrits
  revoke   --data DIR DEVICE                           retire un appareil
  serve    --data DIR [--port 8787] [--host 0.0.0.0] [--web DIR] [--trust-proxy 127.0.0.1]
           [--max-association-mb 2048]                 espace de chaque association (2048 Mo par défaut)
           [--max-device-mb 512]                       part de chaque appareil (le quart du précédent par défaut)
           [--https] [--cert FICHIER --key FICHIER]    https : certificat créé et gardé dans --data, ou le vôtre
           [--secret-key FICHIER]                      clé qui chiffre le secret HelloAsso (par défaut DIR/secret.key)
           [--helloasso-url URL]                       adresse de l’API HelloAsso (par défaut https://api.helloasso.com ;
                                                       son bac à sable, ou un double de test)
           [--updates DIR]                             mises à jour de l’application de bureau, servies à /updates/
                                                       (latest*.yml, installeurs et leurs .sig, tels que publiés)
  backup   --data DIR --out FICHIER                    copie cohérente de la base SQLite, serveur en marche
                                                       (PostgreSQL : pg_dump, voir le README)
  reset-admin --data DIR --org ID [--account ID|NOM]  mot de passe provisoire pour un administrateur
                                                       qui a tout perdu (à changer à la connexion)

Partout : --database-url postgres://… au lieu de --data DIR (PostgreSQL), --json pour une sortie JSON.

Derrière un proxy inverse (nginx, Caddy) : --trust-proxy fait lire l’adresse de chaque appareil dans
X-Forwarded-For ; sans elle, tous ont celle du proxy et partagent une seule limite d’inscriptions.
Valeurs : les adresses IP ou plages CIDR du proxy, séparées par des virgules (127.0.0.1,10.0.0.0/8) ;
un nombre de proxys (1) ou true (tous), seulement si le serveur n’est joignable que par le proxy
(--host 127.0.0.1) : sinon un appareil peut s’attribuer n’importe quelle adresse.

En https sans --cert : le serveur crée son certificat une fois, le garde dans DIR/tls et affiche son
empreinte SHA-256 à chaque démarrage ; comparez-la à celle que montre l’appareil la première fois.`;

const options = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  org: { type: 'string' },
  account: { type: 'string' },
  scope: { type: 'string' },
  name: { type: 'string' },
  hours: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  web: { type: 'string' },
  updates: { type: 'string' },
  out: { type: 'string' },
  'trust-proxy': { type: 'string' },
  https: { type: 'boolean' },
  cert: { type: 'string' },
  key: { type: 'string' },
  'secret-key': { type: 'string' },
  'helloasso-url': { type: 'string' },
  'max-association-mb': { type: 'string' },
  'max-device-mb': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} manquant.` })
    .trim()
    .min(1, `${label} vide.`)
    .max(max, `${label} trop long (${max} caractères au plus).`);

/** A name printed later by `devices` and the journals: no terminal escapes, no lone surrogates. */
const name = (label: string, max: number) =>
  text(label, max).refine((value) => !hasControlCharacters(value) && isWellFormedText(value), {
    error: `${label} contient des caractères de commande invisibles : n’y mettez que des lettres, des chiffres et de la ponctuation.`,
  });

const location = z
  .object({ data: z.string().min(1).optional(), 'database-url': z.string().optional() })
  .transform((value, context): StoreLocation => {
    const url = value['database-url'];
    if (value.data !== undefined && url !== undefined) {
      context.addIssue({ code: 'custom', message: 'Donnez --data ou --database-url, pas les deux.' });
      return z.NEVER;
    }
    if (url !== undefined) {
      if (!/^postgres(ql)?:\/\//.test(url)) {
        context.addIssue({
          code: 'custom',
          message: '--database-url doit commencer par postgres:// ou postgresql://.',
        });
        return z.NEVER;
      }
      return { databaseUrl: url };
    }
    if (value.data === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'Indiquez où sont les données : --data DIR ou --database-url URL.',
      });
      return z.NEVER;
    }
    return { data: value.data };
  });

const integer = (label: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${label} doit être un nombre entier.`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${label} : au moins ${min}.`).max(max, `${label} : au plus ${max}.`));

const TRUST_PROXY_FORMS =
  'Donnez true, un nombre de proxys (1 ou plus), ou les adresses IP ou plages CIDR du proxy ' +
  'séparées par des virgules, par exemple 127.0.0.1,10.0.0.0/8.';

/** An IP address, or a CIDR range whose prefix fits the address (what Fastify's proxy-addr takes). */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** `--trust-proxy`: whom to believe about X-Forwarded-For (see USAGE and ServerOptions.trustProxy). */
const trustProxy = z.string().transform((raw, context): TrustProxy => {
  const value = raw.trim();
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (value === 'true') return true;
  if (value === '') return fail(`--trust-proxy vide. ${TRUST_PROXY_FORMS}`);
  if (value === 'false')
    return fail('--trust-proxy false : omettez plutôt l’option, c’est le réglage par défaut.');
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 ? hops : fail(`--trust-proxy : au moins 1 proxy. ${TRUST_PROXY_FORMS}`);
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isAddressOrRange(entry));
  if (wrong === '')
    return fail(`--trust-proxy : virgule en trop, ou adresse manquante. ${TRUST_PROXY_FORMS}`);
  if (wrong !== undefined) {
    return fail(
      `--trust-proxy : « ${wrong} » n’est ni une adresse IP ni une plage CIDR. ${TRUST_PROXY_FORMS}`,
    );
  }
  return entries;
});

const commandSchemas = {
  init: z.object({ org: name('Le nom de l’association (--org)', 120) }),
  invite: z.object({
    org: text('L’identifiant de l’association (--org)', 64),
    scope: z.enum(DEVICE_SCOPES, { error: '--scope doit valoir office ou door.' }),
    name: name('Le nom de l’appareil (--name)', 80).optional(),
    hours: integer('--hours', 1, 24 * 30).default(72),
  }),
  devices: z.object({ org: text('L’identifiant de l’association (--org)', 64).optional() }),
  revoke: z.object({ device: text('L’identifiant de l’appareil à retirer', 64) }),
  serve: z.object({
    port: integer('--port', 0, 65_535).default(8787),
    // Every interface by default: phones at the door reach the server over the local network.
    host: z.string().min(1).default('0.0.0.0'),
    web: z.string().min(1).optional(),
    updates: z.string().min(1, '--updates vide : donnez le dossier des mises à jour.').max(4096).optional(),
    'trust-proxy': trustProxy.optional(),
    'max-association-mb': integer('--max-association-mb', 1, 1024 * 1024).optional(),
    'max-device-mb': integer('--max-device-mb', 1, 1024 * 1024).optional(),
    https: z.boolean().default(false),
    cert: z.string().min(1, '--cert vide.').optional(),
    key: z.string().min(1, '--key vide.').optional(),
    'secret-key': z.string().min(1, '--secret-key vide.').max(4096).optional(),
    'helloasso-url': z
      .url({
        protocol: /^https?$/,
        error: '--helloasso-url : une adresse http(s), par exemple https://api.helloasso-sandbox.com.',
      })
      .max(2048)
      .optional(),
  }),
  backup: z.object({ out: text('Le fichier de sauvegarde (--out)', 4096) }),
  'reset-admin': z.object({
    org: text('L’identifiant de l’association (--org)', 64),
    account: text('Le compte administrateur (--account)', 80).optional(),
  }),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandArguments = {
  [K in CommandName]: { command: K; location: StoreLocation; json: boolean } & z.output<
    (typeof commandSchemas)[K]
  >;
}[CommandName];

export type ParsedCommandLine = { help: true; json: boolean } | ({ help: false } & CommandArguments);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : 'arguments invalides.';
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const json = values.json ?? false;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { help: true, json };
  if (!Object.hasOwn(commandSchemas, command)) {
    throw new UsageError(`Commande inconnue : « ${printable(command)} ».\n\n${USAGE}`);
  }
  const name = command as CommandName;
  if (name !== 'revoke' && rest.length > 0)
    throw new UsageError(`Argument en trop : « ${printable(rest.join(' '))} ».`);
  if (name === 'revoke' && rest.length > 1) throw new UsageError('revoke retire un seul appareil à la fois.');

  const where = location.safeParse(values);
  if (!where.success) throw new UsageError(firstIssue(where.error));
  const input = name === 'revoke' ? { ...values, device: rest[0] } : values;
  const args = commandSchemas[name].safeParse(input);
  if (!args.success) throw new UsageError(firstIssue(args.error));
  return { help: false, command: name, location: where.data, json, ...args.data } as ParsedCommandLine;
}
