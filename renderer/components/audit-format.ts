import type { AuditChange } from '@shared/audit/audit';

/** « field : before → after », with ∅ for nothing: how the journal and histories show a change. */
export function describeChange(change: AuditChange): string {
  const value = (v: unknown) =>
    v === null || v === undefined || v === '' ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
  return `${change.field} : ${value(change.before)} → ${value(change.after)}`;
}
