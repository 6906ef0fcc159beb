import { describe, expect, it } from 'vitest';
import { donationDocumentSchema, donationsCollection } from '@shared/donations/donation';
import { makeDonation } from '@shared/donations/testing';
import { attendanceCollection, attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { eventDocumentSchema, eventsCollection } from '@shared/events/event';
import { eventId, personId } from '@shared/testing/ids';

/**
 * Events v2, attendance v2 and donations v2 know the import that brought them (a HelloAsso
 * ticketing or payments export), so that « Annuler cet import » removes them: nothing stored
 * before came from an import.
 */
const stamp = {
  createdAt: '2025-11-01T10:00:00.000Z',
  updatedAt: '2025-11-01T10:00:00.000Z',
  updatedBy: 'user-1',
  deviceId: 'device-1',
};

describe('importId on events, attendance and donations', () => {
  it('events version 2: an event stored before came from no import', () => {
    const { importId, ...v1 } = eventDocumentSchema.parse({
      ...stamp,
      id: 'loto',
      title: 'Loto de Noël',
      startsOn: '2025-12-13',
    });
    expect(importId).toBe('');
    expect(eventsCollection.version).toBeGreaterThanOrEqual(2);
    expect(eventDocumentSchema.parse(eventsCollection.migrations?.[2]?.(v1))).toEqual({
      ...v1,
      importId: '',
    });
    expect(eventDocumentSchema.safeParse({ ...v1, importId: 'Pas Un Id!' }).success).toBe(false);
  });

  it('attendance version 2: a registration stored before came from no import', () => {
    const { importId, otherDoorPayments, ...v1 } = attendanceDocumentSchema.parse({
      ...stamp,
      id: attendanceId(eventId('loto'), personId('p1')),
      eventId: eventId('loto'),
      personId: personId('p1'),
      registered: true,
    });
    expect(importId).toBe('');
    expect(otherDoorPayments).toEqual([]);
    expect(attendanceCollection.version).toBe(3);
    const v2 = attendanceCollection.migrations?.[2]?.(v1);
    expect(v2).toEqual({ ...v1, importId: '' });
    // Version 3: each door payment on its own line; a record stored before has its one payment.
    expect(attendanceDocumentSchema.parse(attendanceCollection.migrations?.[3]?.(v2 ?? {}))).toEqual({
      ...v1,
      importId: '',
      otherDoorPayments: [],
    });
    // Chained from version 0, a stored registration reads whole with the current schema.
    const { doorPayment: _d, membersOnlyOverride: _m, doorMembership: _dm, ...v0 } = v1;
    const chained = [1, 2, 3].reduce(
      (doc, v) => attendanceCollection.migrations?.[v]?.(doc) ?? doc,
      v0 as Record<string, unknown>,
    );
    expect(attendanceDocumentSchema.parse(chained)).toEqual({ ...v1, importId: '', otherDoorPayments: [] });
  });

  it('donations version 2: a donation stored before came from no import', () => {
    const { importId, ...v1 } = makeDonation({ id: 'd1' });
    expect(importId).toBe('');
    expect(donationsCollection.version).toBe(2);
    expect(donationDocumentSchema.parse(donationsCollection.migrations?.[2]?.(v1))).toEqual({
      ...v1,
      importId: '',
    });
    expect(donationDocumentSchema.safeParse({ ...v1, importId: 'x'.repeat(200) }).success).toBe(false);
  });
});
