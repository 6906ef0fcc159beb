import { resolve } from 'node:path';
import { newDocumentId } from '@shared/ids';
import type { DeviceScope } from '@shared/sync/protocol';
import { printable } from '@shared/text/unicode';
import type { CommandArguments } from '@server/cli/arguments';
import { CliFailure } from '@server/cli/output';
import type { CommandResult } from '@server/cli/output';
import { hashEnrolmentCode, newEnrolmentCode } from '@server/security/secrets';
import type { Device, Store } from '@server/storage/store';

type Args<K extends CommandArguments['command']> = Extract<CommandArguments, { command: K }>;

const HOUR_MS = 3_600_000;
const SCOPE_LABELS: Record<DeviceScope, string> = { office: 'bureau', door: 'entrée' };

async function createCode(
  store: Store,
  input: { orgId: string; scope: DeviceScope; name: string | null; hours: number; now: Date },
) {
  const code = newEnrolmentCode();
  const expiresAt = new Date(input.now.getTime() + input.hours * HOUR_MS).toISOString();
  await store.createEnrolmentCode({
    orgId: input.orgId,
    scope: input.scope,
    name: input.name,
    codeHash: hashEnrolmentCode(code),
    createdAt: input.now.toISOString(),
    expiresAt,
  });
  return { code, expiresAt };
}

const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** The first device of a new association is its administration PC, hence an office code. */
export async function initCommand(store: Store, args: Args<'init'>, now: Date): Promise<CommandResult> {
  const organisation = { id: newDocumentId(), name: args.org, createdAt: now.toISOString() };
  await store.createOrganisation(organisation);
  const { code, expiresAt } = await createCode(store, {
    orgId: organisation.id,
    scope: 'office',
    name: null,
    hours: 72,
    now,
  });
  return {
    json: { ok: true, orgId: organisation.id, name: organisation.name, code, scope: 'office', expiresAt },
    human: [
      `Association « ${printable(organisation.name)} » créée (identifiant ${organisation.id}).`,
      `Code d’inscription du poste administrateur : ${code}`,
      `Il sert une seule fois, jusqu’au ${formatDate(expiresAt)}.`,
      'Saisissez-le dans Tilleul : au premier démarrage d’un poste, « Rejoindre le serveur de l’association »',
      '(le compte administrateur se crée alors sur ce poste) ; sur un poste déjà en service, Paramètres → Synchronisation.',
    ].join('\n'),
  };
}

export async function inviteCommand(store: Store, args: Args<'invite'>, now: Date): Promise<CommandResult> {
  const organisation = await store.getOrganisation(args.org);
  if (!organisation) {
    throw new CliFailure(
      'ORGANISATION_UNKNOWN',
      `Aucune association n’a l’identifiant « ${printable(args.org)} ».`,
    );
  }
  const name = args.name ?? null;
  const { code, expiresAt } = await createCode(store, {
    orgId: organisation.id,
    scope: args.scope,
    name,
    hours: args.hours,
    now,
  });
  return {
    json: { ok: true, orgId: organisation.id, code, scope: args.scope, name, expiresAt },
    human: [
      `Code d’inscription pour un poste ${SCOPE_LABELS[args.scope]}${name ? ` (« ${printable(name)} »)` : ''} de « ${printable(organisation.name)} » : ${code}`,
      `Il sert une seule fois, jusqu’au ${formatDate(expiresAt)}.`,
    ].join('\n'),
  };
}

function deviceLine(device: Device): string {
  const state = device.revokedAt ? `retiré le ${formatDate(device.revokedAt)}` : 'actif';
  return `${device.series.padEnd(4)} ${SCOPE_LABELS[device.scope].padEnd(7)} ${printable(device.name).padEnd(24)} ${device.id}  ${state}`;
}

export async function devicesCommand(store: Store, args: Args<'devices'>): Promise<CommandResult> {
  if (args.org !== undefined && !(await store.getOrganisation(args.org))) {
    throw new CliFailure(
      'ORGANISATION_UNKNOWN',
      `Aucune association n’a l’identifiant « ${printable(args.org)} ».`,
    );
  }
  const devices = await store.listDevices(args.org);
  return {
    json: { ok: true, devices },
    human:
      devices.length === 0
        ? 'Aucun appareil inscrit.'
        : ['Série Poste   Nom                      Identifiant', ...devices.map(deviceLine)].join('\n'),
  };
}

export async function revokeCommand(store: Store, args: Args<'revoke'>, now: Date): Promise<CommandResult> {
  const device = await store.revokeDevice(args.device, now.toISOString());
  if (!device) {
    throw new CliFailure('DEVICE_UNKNOWN', `Aucun appareil n’a l’identifiant « ${printable(args.device)} ».`);
  }
  return {
    json: { ok: true, device },
    human: `Appareil « ${printable(device.name)} » (série ${device.series}) retiré : il ne peut plus synchroniser.`,
  };
}

export async function backupCommand(store: Store, args: Args<'backup'>): Promise<CommandResult> {
  const out = resolve(args.out);
  await store.backup(out);
  return { json: { ok: true, out }, human: `Sauvegarde écrite dans ${out}.` };
}
