import { describe, expect, it } from 'vitest';
import { auditEntrySchema } from '@shared/audit/audit';
import { makeDonation } from '@shared/donations/testing';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { makeReceipt } from '@shared/receipts/testing';
import { gatherPersonData, personDataJson, personDataSchema } from '@shared/rgpd/person-data';
import { eventId, householdId, personId } from '@shared/testing/ids';
import type { EventId, PersonId } from '@shared/ids';

const stamps = {
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
};
const entry = (id: string, documentId: string, createdAt = stamps.createdAt) =>
  auditEntrySchema.parse({
    ...stamps,
    createdAt,
    id,
    action: 'update',
    userName: 'Anne Admin',
    collectionName: 'people',
    documentId,
    changes: [],
    detail: '',
  });
const presence = (eventId: EventId, personId: PersonId) =>
  attendanceDocumentSchema.parse({
    ...stamps,
    id: attendanceId(eventId, personId),
    eventId,
    personId,
    present: true,
    checkedInAt: '2026-01-05T19:00:00.000Z',
  });

// Hélène, who absorbed an older record of hers (« h-old ») in a merge, lives in the Dupré household.
const helene = makePerson({
  id: 'h',
  firstName: 'Hélène',
  lastName: 'Dupré',
  householdId: householdId('dupre'),
  mergedIds: ['h-old'],
});
const held = {
  households: [makeHousehold({ id: 'dupre', name: 'Famille Dupré' }), makeHousehold({ id: 'roux' })],
  memberships: [
    makeMembership({ id: 'm-own', holderId: personId('h'), seasonId: '2025', tariffId: 'adulte' }),
    makeMembership({
      id: 'm-family',
      holderKind: 'household',
      holderId: householdId('dupre'),
      seasonId: '2024',
      tariffId: 'famille',
    }),
    makeMembership({
      id: 'm-roux',
      holderKind: 'household',
      holderId: householdId('roux'),
      seasonId: '2025',
      tariffId: 'famille',
    }),
    makeMembership({ id: 'm-other', holderId: personId('x'), seasonId: '2025', tariffId: 'adulte' }),
  ],
  attendance: [
    presence(eventId('loto'), personId('h')),
    presence(eventId('loto'), personId('x')),
    presence(eventId('ag'), personId('h-old')),
  ],
  donations: [
    makeDonation({ id: 'd1', donorId: 'h', receiptId: 'r1' }),
    makeDonation({ id: 'd-old', donorId: 'h-old' }),
    makeDonation({ id: 'd-x', donorId: 'x' }),
  ],
  receipts: [
    makeReceipt({ id: 'r1', donorId: 'h' }),
    makeReceipt({ id: 'r-x', donorId: 'x', number: '2026-A-0002' }),
  ],
  audit: [
    entry('a1', 'h', '2026-02-01T10:00:00.000Z'),
    entry('a2', 'd1', '2026-01-01T10:00:00.000Z'),
    entry('a3', 'x'),
    entry('a4', 'dupre'),
    entry('a5', attendanceId(eventId('loto'), personId('h'))),
    entry('a6', 'm-other'),
  ],
};
const options = { exportedAt: '2026-09-08T12:00:00.000Z', association: 'Foyer rural' };

describe('gatherPersonData', () => {
  const data = gatherPersonData(helene, held, options);

  it('keeps what is about the person, their former records and their household, and nothing else', () => {
    expect(data.person.id).toBe('h');
    expect(data.household?.name).toBe('Famille Dupré');
    expect(data.memberships.map((m) => m.id).sort()).toEqual(['m-family', 'm-own']);
    expect(data.attendance.map((a) => a.id).sort()).toEqual([
      attendanceId(eventId('ag'), personId('h-old')),
      attendanceId(eventId('loto'), personId('h')),
    ]);
    expect(data.donations.map((d) => d.id).sort()).toEqual(['d-old', 'd1']);
    expect(data.receipts.map((r) => r.id)).toEqual(['r1']);
    // Oldest first: the donation's entry, then the record's.
    expect(data.audit.map((a) => a.id)).toEqual(['a2', 'a4', 'a5', 'a1']);
  });

  it('is a versioned file that reads back through its schema', () => {
    const json = personDataJson(data);
    const parsed = personDataSchema.parse(JSON.parse(json));
    expect(parsed).toEqual(data);
    expect(json.slice(0, 60)).toContain('"format": "tilleul-person-data"');
    expect(parsed.version).toBe(1);
  });

  it('a person with no household and nothing else gives empty lists', () => {
    const alone = makePerson({ id: 'z', firstName: 'Zoé', lastName: 'Seule' });
    const empty = gatherPersonData(alone, held, options);
    expect(empty.household).toBeNull();
    expect([empty.memberships, empty.attendance, empty.donations, empty.receipts, empty.audit]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('refuses to write a file that breaks its format', () => {
    expect(() => gatherPersonData(helene, held, { ...options, exportedAt: 'hier' })).toThrow();
  });
});
