import type { ReplicationPushHandler, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb/plugins/core';
import { syncRulesFor } from '@shared/sync/collection-rules';
import type { PushRow } from '@shared/sync/protocol';
import type { SyncApi } from '@renderer/sync/api-client';
import type { PulledDocument } from '@shared/sync/pulled-document';
import { SyncError } from '@renderer/sync/sync-error';

export interface RefusedWrite {
  collection: string;
  documentId: string;
  code: 'INVALID_DOCUMENT' | 'SCOPE_FORBIDDEN' | 'PAYLOAD_TOO_LARGE' | 'DUPLICATE_NUMBER' | 'HELD_ELSEWHERE';
  /** The server's French sentence, and the faulty fields (INVALID_DOCUMENT, DUPLICATE_NUMBER, HELD_ELSEWHERE). */
  message: string;
  issues: string[];
}

export interface PushHandlerDeps {
  api: SyncApi;
  collection: string;
  onRefused: (refused: RefusedWrite) => void;
  /**
   * A row refused because another document holds its number (409 `DUPLICATE_NUMBER`): resolves
   * true when it was taken care of (a member renumbered on this device, which pushes it again),
   * false to report it refused like any other.
   */
  onNumberTaken?: (documentId: string, field: string) => Promise<boolean>;
}

type Row = RxReplicationWriteToMasterRow<PulledDocument>;

const idOf = (row: Row) => String(row.newDocumentState.id);

/**
 * Pushes rows and returns the server's conflicting master documents. The server refuses a whole
 * batch when one row is invalid (422), out of the device's scope (403), too large (413) or takes
 * a receipt number another receipt holds (409); RxDB
 * would resend that batch forever and nothing after it would ever leave. So the refused rows are
 * found (by the 422's row numbers, else by halving the batch), reported in the sync status, and
 * the others are sent. A refused row stays on this device as written — except a member number
 * another person holds, which `onNumberTaken` replaces (the new number is then pushed).
 */
export function createPushHandler(deps: PushHandlerDeps): ReplicationPushHandler<PulledDocument> {
  const refuse = (row: Row, error: SyncError, issues: string[] = []) =>
    deps.onRefused({
      collection: deps.collection,
      documentId: idOf(row),
      code: error.code as RefusedWrite['code'],
      message: error.message,
      issues,
    });

  // A journal entry sent back as a conflict names the device the server saw push it, as pulled.
  const recorded = (syncRulesFor(deps.collection).serverFields ?? []).length > 0;
  const push = async (rows: Row[]): Promise<WithDeleted<PulledDocument>[]> => {
    if (rows.length === 0) return [];
    try {
      const conflicts = await deps.api.push(deps.collection, rows as unknown as PushRow[], { recorded });
      return conflicts as WithDeleted<PulledDocument>[];
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      // A cheque already on another live slip (HELD_ELSEWHERE) refuses that slip, not the rest.
      const rowErrors =
        error.code === 'INVALID_DOCUMENT' ||
        error.code === 'DUPLICATE_NUMBER' ||
        error.code === 'HELD_ELSEWHERE';
      if (rowErrors && error.fieldErrors.length > 0) {
        const bad = new Map<number, string[]>();
        for (const field of error.fieldErrors) {
          bad.set(field.row, [...(bad.get(field.row) ?? []), `${field.path}: ${field.message}`]);
        }
        for (const [index, row] of rows.entries()) {
          const issues = bad.get(index);
          if (!issues) continue;
          const field = error.fieldErrors.find((fieldError) => fieldError.row === index)?.path ?? '';
          const handled =
            error.code === 'DUPLICATE_NUMBER' && deps.onNumberTaken
              ? await deps.onNumberTaken(idOf(row), field).catch(() => false)
              : false;
          if (!handled) refuse(row, error, issues);
        }
        return push(rows.filter((_, index) => !bad.has(index)));
      }
      if (error.code === 'SCOPE_FORBIDDEN' || error.code === 'PAYLOAD_TOO_LARGE' || rowErrors) {
        const [only] = rows;
        if (rows.length === 1 && only) {
          refuse(only, error);
          return [];
        }
        const half = Math.ceil(rows.length / 2);
        return [...(await push(rows.slice(0, half))), ...(await push(rows.slice(half)))];
      }
      throw error;
    }
  };
  return (rows) => push(rows);
}
