import type { AuditAction, AuditChange, ConflictLoss } from '@shared/audit/audit';
import { auditEntrySchema } from '@shared/audit/audit';
import { newStamps } from '@shared/schema/stamps';
import type { TilleulDatabase } from '@renderer/data/database';

export interface AuditActor {
  userId: string;
  userName: string;
  deviceId: string;
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
}

/** Appends one entry. The audit collection refuses updates and deletions (see write-guard.ts). */
export async function appendAudit(db: TilleulDatabase, actor: AuditActor, event: AuditEvent): Promise<void> {
  await db.audit.insert(
    auditEntrySchema.parse({
      ...newStamps(actor),
      userName: actor.userName,
      action: event.action,
      collectionName: event.collection ?? '',
      documentId: event.documentId ?? '',
      changes: event.changes ?? [],
      detail: event.detail ?? '',
      ...(event.replaced ? { replaced: event.replaced } : {}),
    }),
  );
}
