import { it } from 'vitest';
import { useBackend } from '@server/test-support/backend';
/**
 * One story of devices and a real server, run on SQLite and on PostgreSQL (its half skipped,
 * said in one line, where PostgreSQL is absent outside CI): « title (SQLite) », « title
 * (PostgreSQL) ». Call it where `it` may be called; it registers the PostgreSQL set-up there.
 */
export function itOnEachBackend(
  title: string,
  story: (options: { databaseUrl?: string }) => Promise<void>,
  timeoutMs?: number,
) {
  const postgres = useBackend('postgres');
  it(`${title} (SQLite)`, () => story({}), timeoutMs);
  if (postgres) {
    it(
      `${title} (PostgreSQL)`,
      () => {
        const location = postgres.location;
        if (!('databaseUrl' in location)) throw new Error('PostgreSQL location expected');
        return story({ databaseUrl: location.databaseUrl });
      },
      timeoutMs,
    );
  }
}
