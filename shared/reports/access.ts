import type { Action } from '@shared/auth/permissions';
import { can } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';

/**
 * The reports and what each needs beyond `reports.read`: a role sees a report only if it may read
 * what the report adds up (the amounts of fees, the donations, the closed events' sheets).
 */
export const REPORTS = ['members', 'donations', 'attendance'] as const;
export type ReportKind = (typeof REPORTS)[number];

export const REPORT_NEEDS: Readonly<Record<ReportKind, Action>> = {
  members: 'memberships.read',
  donations: 'donations.read',
  attendance: 'sheets.read',
};

export function reportsFor(role: Role): ReportKind[] {
  if (!can(role, 'reports.read').allowed) return [];
  return REPORTS.filter((kind) => can(role, REPORT_NEEDS[kind]).allowed);
}
