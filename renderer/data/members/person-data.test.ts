import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDonation } from '@shared/donations/testing';
import { makePerson } from '@shared/members/testing';
import { makeReceipt } from '@shared/receipts/testing';
import { personDataSchema } from '@shared/rgpd/person-data';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import type { Directory } from '@renderer/data/directory';
import { readPersonData } from '@renderer/data/members/person-data';
import { closeMembersFile, openMembersFile } from '@renderer/data/members/testing';
import { PermissionDeniedError } from '@renderer/data/write-guard';

let db: TilleulDatabase;
let directory: Directory;
const actor = {
  userId: userId('admin'),
  userName: 'Anne Admin',
  deviceId: deviceId('pc-1'),
  now: () => new Date('2026-09-10T09:00:00.000Z'),
};

beforeEach(async () => {
  ({ db, directory } = await openMembersFile());
});
afterEach(() => closeMembersFile({ db, directory }));

const helene = makePerson({ id: 'helene', firstName: 'Hélène', lastName: 'Dupré' });

describe('readPersonData', () => {
  it('reads from the database everything about the person, and nothing about anybody else', async () => {
    await db.people.bulkInsert([helene, makePerson({ id: 'paul', firstName: 'Paul', lastName: 'Roux' })]);
    await db.donations.bulkInsert([
      makeDonation({ id: 'd-helene', donorId: 'helene', receiptId: 'r-helene' }),
      makeDonation({ id: 'd-paul', donorId: 'paul' }),
    ]);
    await db.receipts.insert(makeReceipt({ id: 'r-helene', donorId: 'helene' }));
    await appendAudit(db, actor, { action: 'update', collection: 'people', documentId: 'helene' });
    await appendAudit(db, actor, { action: 'update', collection: 'donations', documentId: 'd-helene' });
    await appendAudit(db, actor, { action: 'update', collection: 'people', documentId: 'paul' });

    const { data } = await readPersonData(db, 'admin', helene, {
      association: 'Foyer rural',
      now: new Date('2026-09-10T10:00:00.000Z'),
    });
    expect(personDataSchema.parse(data)).toEqual(data);
    expect(data.person.id).toBe('helene');
    expect(data.donations.map((d) => d.id)).toEqual(['d-helene']);
    expect(data.receipts.map((r) => r.id)).toEqual(['r-helene']);
    expect(data.audit.map((entry) => entry.documentId).sort()).toEqual(['d-helene', 'helene']);
    expect(data.exportedAt).toBe('2026-09-10T10:00:00.000Z');
  });

  it('is refused to a role that may not read all of it', async () => {
    for (const role of ['secretary', 'treasurer', 'door'] as const) {
      await expect(readPersonData(db, role, helene, { association: '' })).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    }
  });
});
