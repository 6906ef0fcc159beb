import type { AuditAction, AuditChange, ConflictLoss } from '@shared/audit/audit';
import type { DeviceId, UserId } from '@shared/ids';
import { auditEntrySchema } from '@shared/audit/audit';
import { newStamps } from '@shared/schema/stamps';
import type { TilleulDatabase } from '@renderer/data/database';

export interface AuditActor {
  userId: UserId;
  userName: string;
  deviceId: DeviceId;
  now: () => Date;
}

export interface AuditEvent {
  action: AuditAction;
  collection?: string;
  documentId?: string;
  changes?: AuditChange[];
  detail?: string;
  /** A merged conflict's losing values, whole ('conflict-merged' only). */
  replaced?: ConflictLoss;
  /** The documents whose journal values an erasure gives up ('erasure' only). */
  erasure?: { documentIds: string[] };
}

/**
 * Appends one entry and returns its id. The audit collection refuses updates and deletions (see
 * write-guard.ts), but for an erasure's rewrite.
 */
export async function appendAudit(
  db: TilleulDatabase,
  actor: AuditActor,
  event: AuditEvent,
): Promise<string> {
  const stamps = newStamps(actor);
  await db.audit.insert(
    auditEntrySchema.parse({
      ...stamps,
      userName: actor.userName,
      action: event.action,
      collectionName: event.collection ?? '',
      documentId: event.documentId ?? '',
      changes: event.changes ?? [],
      detail: event.detail ?? '',
      ...(event.replaced ? { replaced: event.replaced } : {}),
      ...(event.erasure ? { erasure: event.erasure } : {}),
    }),
  );
  return stamps.id;
}
