/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, of the
 * last 4 weeks (ISO weeks, Monday first), of the last 12 months. Everything else is removed.
 * Names carry their UTC instant, so the plan needs no file dates (which copies change).
 */
export const ROTATION = { daily: 7, weekly: 4, monthly: 12 } as const;

const NAME = /^tilleul-auto-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.tilleul$/;

export function autoBackupName(at: Date): string {
  const iso = at.toISOString().slice(0, 19).replace(/:/g, '-');
  return `tilleul-auto-${iso}Z.tilleul`;
}

export function instantOf(name: string): Date | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
  return Number.isNaN(date.getTime()) ? null : date;
}

function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${week}`;
}

export type RotationKind = 'daily' | 'weekly' | 'monthly';

/** Names to keep and to remove; files that are not automatic backups are never touched. */
export function rotationPlan(names: readonly string[]): { keep: string[]; remove: string[] } {
  const kinds = rotationKinds(names);
  const backups = names.filter((name) => instantOf(name) !== null);
  return {
    keep: backups.filter((name) => kinds.has(name)).sort(newestFirst),
    remove: backups.filter((name) => !kinds.has(name)).sort(newestFirst),
  };
}

function newestFirst(a: string, b: string): number {
  return (instantOf(b)?.getTime() ?? 0) - (instantOf(a)?.getTime() ?? 0);
}

/**
 * Why each kept backup is kept: the first of its rules that keeps it (the newest backup is the
 * day's, the week's and the month's; it shows as daily).
 */
export function rotationKinds(names: readonly string[]): Map<string, RotationKind> {
  const backups = names
    .map((name) => ({ name, at: instantOf(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Map<string, RotationKind>();
  const newestPer = (key: (at: Date) => string, limit: number, kind: RotationKind) => {
    const seen = new Set<string>();
    for (const backup of backups) {
      const bucket = key(backup.at);
      if (seen.has(bucket)) continue;
      if (seen.size === limit) break;
      seen.add(bucket);
      if (!keep.has(backup.name)) keep.set(backup.name, kind);
    }
  };
  newestPer((at) => at.toISOString().slice(0, 10), ROTATION.daily, 'daily');
  newestPer(isoWeek, ROTATION.weekly, 'weekly');
  newestPer((at) => at.toISOString().slice(0, 7), ROTATION.monthly, 'monthly');
  return keep;
}
