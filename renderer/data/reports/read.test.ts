import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DonationDocument } from '@shared/donations/donation';
import { makeDonation } from '@shared/donations/testing';
import { donationsReport } from '@shared/reports/donations';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { donationsReportQuery } from '@renderer/data/reports/read';

let db: TilleulDatabase;
beforeEach(async () => {
  db = await createMemoryDatabase();
});
afterEach(() => db.close());

const read = async (year: number, allowed = true) =>
  (await db.donations.find(donationsReportQuery(year, allowed)).exec()).map(
    (doc) => doc.toJSON() as DonationDocument,
  );

describe('the donations report’s read', () => {
  it('reads the year and the one before, and no longer counts a donation undone with its import', async () => {
    await db.donations.bulkInsert([
      makeDonation({ id: 'd1', receivedOn: '2025-12-31', amount: 10_000 }),
      makeDonation({ id: 'd2', receivedOn: '2026-01-01', amount: 2_550 }),
      makeDonation({ id: 'd3', receivedOn: '2026-06-01', amount: 700, importId: 'import-1' }),
      makeDonation({ id: 'd4', receivedOn: '2024-12-31', amount: 99_999 }),
      makeDonation({ id: 'd5', receivedOn: '2027-01-01', amount: 5_000 }),
    ]);
    expect((await read(2026)).map((gift) => gift.id).sort()).toEqual(['d1', 'd2', 'd3']);
    // « Annuler cet import » removes what it brought (renderer/data/import/write.ts).
    await db.donations.bulkRemove(['d3']);
    const report = donationsReport(await read(2026), 2026);
    expect(report.total).toEqual({
      year: { count: 1, amount: 2_550 },
      previous: { count: 1, amount: 10_000 },
    });
  });

  it('reads nothing for a role that may not read donations, on a PC that holds them', async () => {
    await db.donations.insert(makeDonation({ id: 'd1', receivedOn: '2026-01-01' }));
    expect(await read(2026, false)).toEqual([]);
  });
});
