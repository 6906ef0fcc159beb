import { canWrite } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import { DOOR_AUDIT_ACTIONS } from '@shared/sync/device-scope';
import { readAccess } from '@shared/sync/read-scope';

/**
 * The README's security table, generated from the permission matrix and the read scope, so that
 * what the README says each role and device may read and write is what the code does
 * (test/unit/readme-scope-table.test.ts fails when the README is not current).
 */

const COLUMNS: readonly { role: Role; title: string }[] = [
  { role: 'admin', title: 'Administrateur (bureau)' },
  { role: 'treasurer', title: 'Trésorier (bureau)' },
  { role: 'secretary', title: 'Secrétaire (bureau)' },
  { role: 'door', title: 'Bénévole à l’entrée = poste d’entrée' },
];

const ROWS: readonly { collection: string; title: string }[] = [
  { collection: 'people', title: 'Personnes' },
  { collection: 'households', title: 'Foyers' },
  { collection: 'memberships', title: 'Cotisations' },
  { collection: 'events', title: 'Événements' },
  { collection: 'attendance', title: 'Présences' },
  { collection: 'sheets', title: 'Feuilles des événements clôturés' },
  { collection: 'donations', title: 'Dons' },
  { collection: 'receipts', title: 'Reçus fiscaux' },
  { collection: 'deposits', title: 'Bordereaux de remise de chèques' },
  { collection: 'users', title: 'Comptes' },
  { collection: 'settings', title: 'Réglages' },
  { collection: 'audit', title: 'Journal' },
];

function readCell(role: Role, collection: string): string {
  const access = readAccess(role, collection);
  if (access.kind === 'all') return 'tout';
  if (access.kind === 'none') return '—';
  return access.label;
}

function writeCell(role: Role, collection: string): string {
  if (collection === 'audit') {
    if (role === 'door') return `ajout : ${[...DOOR_AUDIT_ACTIONS].join(', ')}`;
    // The one exception to append-only: a person's erasure replaces their values with a marker.
    return canWrite(role, collection, 'update', { erasedBy: '' }).allowed
      ? 'ajout ; valeurs d’une personne effacée remplacées par « [effacé] » (effacement RGPD)'
      : 'ajout (jamais modifié)';
  }
  const insert = canWrite(role, collection, 'insert').allowed;
  const atDoor = !insert && canWrite(role, collection, 'insert', { origin: 'door' }).allowed;
  const parts = [
    insert ? 'créer' : atDoor ? 'créer à l’entrée' : '',
    canWrite(role, collection, 'update').allowed ? 'modifier' : '',
    canWrite(role, collection, 'delete').allowed ? 'supprimer' : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return '—';
  if (collection === 'attendance' && role === 'door') parts.push('paiement à l’entrée jamais baissé');
  if (collection === 'receipts' && canWrite(role, collection, 'update').allowed) return 'émettre, annuler';
  // Written once by closing, then only amended; never deleted (shared/events/sheet-rules.ts).
  // A slip handed to the bank never changes (shared/deposits/deposit-rules.ts).
  if (collection === 'deposits' && parts.length > 0)
    return 'préparer, marquer déposé, défaire un bordereau pas encore déposé';
  // The door's one write to an event: its cash count, added, never changed (shared/events/cash-count.ts).
  if (collection === 'events' && role === 'door') return 'ajouter son comptage de caisse (jamais modifié)';
  if (collection === 'sheets') return 'clôturer, ajouter une correction (jamais modifiée ni supprimée)';
  return parts.join(', ');
}

/** The Markdown table: one row per collection, one column per role, « lecture · écriture ». */
export function scopeTable(): string {
  const header = `| | ${COLUMNS.map((column) => column.title).join(' | ')} |`;
  const rule = `|---|${COLUMNS.map(() => '---').join('|')}|`;
  const rows = ROWS.map(
    ({ collection, title }) =>
      `| ${title} | ${COLUMNS.map(
        ({ role }) => `lecture : ${readCell(role, collection)} · écriture : ${writeCell(role, collection)}`,
      ).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

export const SCOPE_TABLE_START = '<!-- scope-table:start (généré : shared/sync/scope-table.ts) -->';
export const SCOPE_TABLE_END = '<!-- scope-table:end -->';
