import { describe, expect, it } from 'vitest';
import { attendanceDocumentSchema, attendanceId, mergeAttendance } from '@shared/events/attendance';
import type { AttendanceInput } from '@shared/events/attendance';
import { entryPrice, eventDocumentSchema, eventsCollection } from '@shared/events/event';
import { donationDocumentSchema } from '@shared/donations/donation';
import { eventId, personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

const stamp = {
  createdAt: '2026-03-07T19:00:00.000Z',
  updatedAt: '2026-03-07T19:00:00.000Z',
  updatedBy: 'user-1',
  deviceId: 'device-1',
};
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('attendance ids', () => {
  it('are the same for the same event and person on every device, and differ otherwise', () => {
    const id = attendanceId(
      eventId('0190a1b2-0000-7000-8000-000000000001'),
      personId('0190a1b2-0000-7000-8000-000000000002'),
    );
    expect(id).toBe(
      attendanceId(
        eventId('0190a1b2-0000-7000-8000-000000000001'),
        personId('0190a1b2-0000-7000-8000-000000000002'),
      ),
    );
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(attendanceId(eventId('e'), personId('p1'))).not.toBe(attendanceId(eventId('e'), personId('p2')));
    expect(attendanceId(eventId('e1'), personId('p'))).not.toBe(attendanceId(eventId('e2'), personId('p')));
    // The separator keeps pairs apart: ("ab", "c") is not ("a", "bc").
    expect(attendanceId(eventId('ab'), personId('c'))).not.toBe(attendanceId(eventId('a'), personId('bc')));
  });

  it('are checked by the schema, with presence, proxy and payment rules', () => {
    const base = {
      ...stamp,
      id: attendanceId(eventId('e'), personId('p')),
      eventId: eventId('e'),
      personId: personId('p'),
    };
    expect(attendanceDocumentSchema.parse(base)).toMatchObject({
      present: false,
      doorPayment: { amount: 0, method: '' },
    });
    expect(
      messages(
        attendanceDocumentSchema.safeParse({ ...base, id: attendanceId(eventId('e'), personId('q')) }),
      ),
    ).toContain('errors.events.attendanceId');
    expect(messages(attendanceDocumentSchema.safeParse({ ...base, present: true }))).toContain(
      'errors.events.checkInTimeRequired',
    );
    expect(messages(attendanceDocumentSchema.safeParse({ ...base, proxyHolderId: personId('p') }))).toContain(
      'errors.events.proxyToSelf',
    );
    expect(
      messages(attendanceDocumentSchema.safeParse({ ...base, doorPayment: { amount: 300, method: '' } })),
    ).toContain('errors.members.paymentMethodRequired');
  });
});

describe('events and donations', () => {
  it('take an event with its defaults, and refuse an end before the start or a bad time', () => {
    const event = { ...stamp, id: 'event-1', title: 'Loto de printemps', startsOn: '2026-03-07' };
    expect(eventDocumentSchema.parse(event)).toMatchObject({
      kind: 'party',
      memberPrice: 0,
      nonMemberPrice: 0,
      capacity: 0,
    });
    expect(messages(eventDocumentSchema.safeParse({ ...event, endsOn: '2026-03-06' }))).toContain(
      'errors.events.endsBeforeStart',
    );
    expect(messages(eventDocumentSchema.safeParse({ ...event, startTime: '25:00' }))).toContain(
      'errors.events.timeFormat',
    );
  });

  it('take a donation, and refuse zero, an undescribed gift in kind, a cheque number for cash', () => {
    const donation = {
      ...stamp,
      id: 'don-1',
      donorId: 'p',
      amount: 5000,
      receivedOn: '2026-02-14',
      method: 'cheque',
    };
    expect(donationDocumentSchema.parse(donation)).toMatchObject({
      form: 'declaration-don-manuel',
      nature: 'numeraire',
      receiptId: '',
    });
    expect(messages(donationDocumentSchema.safeParse({ ...donation, amount: 0 }))).toContain(
      'errors.donations.amountRequired',
    );
    expect(messages(donationDocumentSchema.safeParse({ ...donation, nature: 'autre' }))).toContain(
      'errors.donations.natureDescriptionRequired',
    );
    expect(
      messages(donationDocumentSchema.safeParse({ ...donation, method: 'especes', chequeNumber: '123' })),
    ).toContain('errors.members.chequeNumberOnlyForCheque');
  });
});

describe('events version 1', () => {
  const v0 = {
    ...stamp,
    id: 'event-1',
    kind: 'event',
    title: 'Loto de printemps',
    startsOn: '2026-03-07',
    startTime: '20:00',
    endsOn: '',
    location: 'Salle des fêtes',
    description: '',
    seasonId: '',
    doorFee: 300,
    capacity: 200,
    assembly: { quorumPercent: 0, maxProxiesPerMember: 1, voters: 'members-up-to-date' },
    cancelledOn: '',
    notes: '',
  };

  it('migrates an event of version 0: a party, its door fee for members and the others alike', () => {
    const migrated = eventsCollection.migrations?.[1]?.(v0);
    const event = eventDocumentSchema.parse(migrated);
    expect(event).toMatchObject({ kind: 'party', memberPrice: 300, nonMemberPrice: 300, membersOnly: false });
    expect(event).not.toHaveProperty('doorFee');
    expect(
      eventDocumentSchema.parse(eventsCollection.migrations?.[1]?.({ ...v0, kind: 'training' })).kind,
    ).toBe('training');
  });

  it('migrates an event of version 0 up to version 3: no cash count yet', () => {
    const migrations = eventsCollection.migrations ?? {};
    const migrated = [1, 2, 3].reduce<Record<string, unknown>>(
      (document, version) => migrations[version]?.(document) ?? document,
      v0,
    );
    expect(eventsCollection.version).toBe(3);
    const event = eventDocumentSchema.parse(migrated);
    expect(event).toMatchObject({ importId: '', cashCounts: [] });
    // Version 2's documents lack the field; the schema refuses them until migrated.
    expect(eventDocumentSchema.parse({ ...migrated, cashCounts: undefined }).cashCounts).toEqual([]);
  });

  it('charges members à jour their price and everyone else the other; an end time before the start is refused', () => {
    const event = eventDocumentSchema.parse({ ...eventsCollection.migrations?.[1]?.(v0), memberPrice: 200 });
    expect(entryPrice(event, true)).toBe(200);
    expect(entryPrice(event, false)).toBe(300);
    expect(messages(eventDocumentSchema.safeParse({ ...event, endTime: '19:30' }))).toContain(
      'errors.events.endsBeforeStart',
    );
    expect(eventDocumentSchema.safeParse({ ...event, endTime: '23:30' }).success).toBe(true);
  });
});

describe('two check-ins of one person merged', () => {
  const record = (personId: PersonId, fields: Partial<AttendanceInput>) =>
    attendanceDocumentSchema.parse({
      id: attendanceId(eventId('e1'), personId),
      createdAt: '2026-09-12T18:00:00.000Z',
      updatedAt: '2026-09-12T18:00:00.000Z',
      updatedBy: 'u1',
      deviceId: 'd1',
      eventId: eventId('e1'),
      personId,
      ...fields,
    });
  const kept = record(personId('p1'), {
    present: true,
    checkedInAt: '2026-09-12T19:10:00.000Z',
    checkedInDevice: 'porte-1',
    doorPayment: { amount: 500, method: 'especes' },
  });
  const moved = {
    ...record(personId('p2'), {
      registered: true,
      present: true,
      checkedInAt: '2026-09-12T19:02:00.000Z',
      checkedInDevice: 'porte-2',
      doorPayment: { amount: 300, method: 'cheque' },
      proxyHolderId: personId('p7'),
    }),
    id: kept.id,
    personId: personId('p1'),
  };

  it('keep the earliest check-in, either registration and proxy, and both payments, each on its line', () => {
    const merged = mergeAttendance(kept, moved);
    expect(merged).toMatchObject({
      id: kept.id,
      personId: personId('p1'),
      registered: true,
      present: true,
      checkedInAt: '2026-09-12T19:02:00.000Z',
      checkedInDevice: 'porte-2',
      proxyHolderId: personId('p7'),
      doorPayment: { amount: 300, method: 'cheque' },
      otherDoorPayments: [{ amount: 500, method: 'especes' }],
    });
    expect(merged.notes).toBe('');
    expect(attendanceDocumentSchema.safeParse(merged).success).toBe(true);
  });

  it('give the same record when applied twice, or by two devices', () => {
    const once = mergeAttendance(kept, moved);
    expect(mergeAttendance(once, moved)).toEqual(once);
  });
});
