import { pbkdf2, randomBytes, randomInt } from 'node:crypto';
import { promisify } from 'node:util';
import { auditEntrySchema } from '@shared/audit/audit';
import type { SecretHash, UserDocument } from '@shared/auth/user';
import { PBKDF2_ITERATIONS, userDocumentSchema } from '@shared/auth/user';
import { RECOVERY_ALPHABET } from '@shared/auth/recovery-code';
import { newDocumentId } from '@shared/ids';
import type { SyncDocument } from '@shared/sync/protocol';
import { printable } from '@shared/text/unicode';
import type { CommandArguments } from '@server/cli/arguments';
import { CliFailure } from '@server/cli/output';
import type { CommandResult } from '@server/cli/output';
import { rulesFor } from '@server/sync/collection-rules';
import type { Store } from '@server/storage/store';

/**
 * `tilleul-server reset-admin` (issue 15, item 14): the way back in for an association whose only
 * administrator forgot the password and lost the recovery code. The server holds the accounts as
 * any office device does; it gives the chosen administrator a temporary password, printed once,
 * that must be changed at first sign-in, as a normal synced change (office devices receive it at
 * their next sync), and journals it. The person who runs the server is trusted with the database
 * already; this only spares them editing it by hand.
 */

type Args = Extract<CommandArguments, { command: 'reset-admin' }>;

/** Who the server writes as: no account, no enrolled device. */
export const SERVER_AUTHOR = 'tilleul-server';

const derive = promisify(pbkdf2);

/** The same derivation as the apps' (renderer/data/users/password.ts), byte for byte. */
async function hashPassword(password: string): Promise<SecretHash> {
  const salt = randomBytes(16);
  const hash = await derive(password.normalize('NFC'), salt, PBKDF2_ITERATIONS, 32, 'sha256');
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations: PBKDF2_ITERATIONS,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}

/** 16 characters without look-alikes (~78 bits), in groups of four: typed once, then replaced. */
export function newTemporaryPassword(): string {
  let password = '';
  for (let i = 0; i < 16; i++) password += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return password.match(/.{4}/g)?.join('-') ?? password;
}

async function readAccounts(store: Store, orgId: string): Promise<SyncDocument[]> {
  const accounts: SyncDocument[] = [];
  let seq = 0;
  for (;;) {
    const page = await store.pull(orgId, 'users', seq, 1000);
    accounts.push(...page.documents);
    if (page.documents.length === 0 || page.seq === seq) return accounts;
    seq = page.seq;
  }
}

const line = (account: UserDocument) => `  ${account.id}  ${printable(account.name)}`;

function choose(admins: UserDocument[], wanted: string | undefined, orgName: string): UserDocument {
  if (admins.length === 0) {
    throw new CliFailure(
      'ADMIN_NONE',
      `« ${printable(orgName)} » n’a aucun compte administrateur sur le serveur : un poste du bureau ` +
        'ne l’a pas encore envoyé. Synchronisez ce poste, ou créez le compte dans Tilleul au premier démarrage.',
    );
  }
  if (wanted === undefined) {
    if (admins.length === 1) return admins[0] as UserDocument;
    throw new CliFailure(
      'ADMIN_AMBIGUOUS',
      [
        `« ${printable(orgName)} » a ${admins.length} administrateurs : lequel ? Relancez avec --account et son identifiant ou son nom :`,
        ...admins.map(line),
      ].join('\n'),
    );
  }
  const byId = admins.find((admin) => admin.id === wanted);
  const folded = wanted.trim().toLocaleLowerCase('fr');
  const byName = admins.filter((admin) => admin.name.toLocaleLowerCase('fr') === folded);
  if (byId) return byId;
  if (byName.length === 1) return byName[0] as UserDocument;
  if (byName.length > 1) {
    throw new CliFailure(
      'ADMIN_AMBIGUOUS',
      [
        `Plusieurs administrateurs s’appellent « ${printable(wanted)} » : donnez à --account l’identifiant de l’un d’eux :`,
        ...byName.map(line),
      ].join('\n'),
    );
  }
  throw new CliFailure(
    'ACCOUNT_UNKNOWN',
    [
      `Aucun administrateur de « ${printable(orgName)} » n’a l’identifiant ou le nom « ${printable(wanted)} ». Les administrateurs :`,
      ...admins.map(line),
    ].join('\n'),
  );
}

export async function resetAdminCommand(store: Store, args: Args, now: Date): Promise<CommandResult> {
  const organisation = await store.getOrganisation(args.org);
  if (!organisation) {
    throw new CliFailure(
      'ORGANISATION_UNKNOWN',
      `Aucune association n’a l’identifiant « ${printable(args.org)} ». C’est celui qu’a affiché init ; devices --json le donne aussi (orgId).`,
    );
  }
  const stored = new Map<string, SyncDocument>();
  const admins: UserDocument[] = [];
  for (const document of await readAccounts(store, organisation.id)) {
    const { _deleted: deleted, ...fields } = document;
    const parsed = userDocumentSchema.safeParse(fields);
    if (deleted || !parsed.success || parsed.data.role !== 'admin') continue;
    stored.set(document.id, document);
    admins.push(parsed.data);
  }
  const account = choose(admins, args.account, organisation.name);

  const password = newTemporaryPassword();
  const at = now.toISOString();
  const stamps = { updatedAt: at, updatedBy: SERVER_AUTHOR, deviceId: SERVER_AUTHOR };
  const next = userDocumentSchema.parse({
    ...account,
    ...stamps,
    secret: await hashPassword(password),
    mustChangeSecret: true,
    // A disabled administrator would still be locked out: the reset gives the account back.
    disabled: false,
  });
  const entry = auditEntrySchema.parse({
    id: newDocumentId(),
    createdAt: at,
    ...stamps,
    action: 'update',
    userName: SERVER_AUTHOR,
    collectionName: 'users',
    documentId: account.id,
    changes: [
      { field: 'secret', before: '[masqué]', after: '[masqué]' },
      { field: 'mustChangeSecret', before: account.mustChangeSecret ?? null, after: true },
      ...(account.disabled ? [{ field: 'disabled', before: true, after: false }] : []),
    ],
    detail: 'recovery.audit.resetAdmin',
  });

  // Written like a push whose assumed state is what was just read: a device that changed the
  // account meanwhile wins, and the command says to run it again.
  const outcome = await store.push(
    organisation.id,
    'users',
    [{ assumedMasterState: stored.get(account.id) ?? null, newDocumentState: { ...next, _deleted: false } }],
    rulesFor('users'),
    null,
  );
  if (outcome.lastSeq === null || outcome.lastSeq === undefined) {
    throw new CliFailure(
      'ACCOUNT_CHANGED',
      'Le compte a changé sur le serveur pendant la commande (un poste vient de synchroniser) : relancez-la.',
    );
  }
  await store.push(
    organisation.id,
    'audit',
    [{ newDocumentState: { ...entry, _deleted: false } }],
    rulesFor('audit'),
    null,
  );

  return {
    json: { ok: true, orgId: organisation.id, accountId: account.id, name: account.name, password },
    human: [
      `Mot de passe provisoire de « ${printable(account.name)} » (${printable(organisation.name)}) : ${password}`,
      'Il n’est affiché qu’une fois : notez-le. Tapez-le tel quel, tirets compris.',
      'Les postes du bureau le reçoivent à leur prochaine synchronisation ; à la première connexion,',
      'Tilleul demande de choisir un nouveau mot de passe. La remise à zéro figure au journal.',
    ].join('\n'),
  };
}
