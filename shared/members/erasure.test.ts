import { describe, expect, it } from 'vitest';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import {
  anonymisedPerson,
  ERASED_PERSON_NAME,
  isAnonymised,
  personChange,
  planErasure,
  receiptKeptUntil,
  resolvePersonConflict,
} from '@shared/members/erasure';
import { personDocumentSchema } from '@shared/members/person';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { eventId, householdId, personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

const TODAY = '2026-09-10';
const lea = makePerson({
  id: 'lea',
  firstName: 'Léa',
  lastName: 'Morel',
  birthDate: '1980-03-02',
  email: 'lea.morel@example.fr',
  phone: '0612345678',
  address: { line1: '3 rue des Tilleuls', line2: '', postalCode: '81000', city: 'Albi', country: '' },
  householdId: householdId('household-1'),
  memberNumber: 'A-0001',
  formerMemberNumbers: ['A-0009'],
  mergedIds: ['lea-old'],
  consents: {
    imageRights: { status: 'granted', on: '2025-09-01' },
    newsletter: { status: 'refused', on: '2025-09-01' },
    dataProcessing: { status: 'unknown', on: '' },
  },
  notes: 'Allergique aux arachides',
  customFields: { benevole: true },
});
const checkIn = (personId: PersonId, notes: string) =>
  attendanceDocumentSchema.parse({
    id: attendanceId(eventId('event-1'), personId),
    createdAt: '2025-09-01T10:00:00.000Z',
    updatedAt: '2025-09-01T10:00:00.000Z',
    updatedBy: 'u',
    deviceId: 'd',
    eventId: eventId('event-1'),
    personId,
    notes,
  });

describe('the tombstone of an erased person', () => {
  it('keeps ids, kind, origin and merges, and nothing personal', () => {
    const tomb = anonymisedPerson(lea, TODAY);
    expect(personDocumentSchema.parse(tomb)).toEqual(tomb);
    expect(tomb).toMatchObject({
      id: 'lea',
      kind: 'person',
      lastName: ERASED_PERSON_NAME,
      firstName: '',
      mergedIds: ['lea-old'],
      memberNumber: '',
      householdId: '',
      erasedOn: TODAY,
    });
    expect(JSON.stringify(tomb)).not.toMatch(
      /Léa|Morel|1980|example|0612|Tilleuls|Albi|A-000|arachides|granted|benevole/,
    );
    expect(isAnonymised(tomb)).toBe(true);
    expect(isAnonymised(lea)).toBe(false);
    expect(isAnonymised({ ...tomb, email: 'lea.morel@example.fr' })).toBe(false);
    // Erased again later: the first date stays.
    expect(anonymisedPerson(tomb, '2027-01-01').erasedOn).toBe(TODAY);
  });

  it('stays erased: no edit and no old version may bring the data back; a conflict keeps the tombstone whole', () => {
    const tomb = { ...anonymisedPerson(lea, TODAY), _deleted: false };
    expect(personChange(lea, tomb)).toEqual({ allowed: true });
    expect(personChange(tomb, { ...lea, _deleted: false })).toEqual({
      allowed: false,
      reason: 'personErased',
    });
    expect(personChange(tomb, { ...tomb, phone: '0612345678' })).toEqual({
      allowed: false,
      reason: 'personErased',
    });
    expect(personChange(tomb, { ...tomb, updatedAt: '2026-09-11T00:00:00.000Z' })).toEqual({ allowed: true });
    expect(personChange(tomb, { ...tomb, _deleted: true })).toEqual({ allowed: true });
    const edited = { ...lea, phone: '0700000000', updatedAt: '2027-01-01T00:00:00.000Z' };
    expect(resolvePersonConflict(edited, tomb)).toEqual({ document: tomb, lost: [] });
    expect(resolvePersonConflict(tomb, edited)).toEqual({ document: tomb, lost: [] });
    // Neither erased: left to the usual field-by-field merge.
    expect(resolvePersonConflict(edited, { ...lea, notes: '' })).toBeNull();
  });
});

describe('planning an erasure', () => {
  const memberships = [
    makeMembership({
      id: 'm-1',
      holderId: personId('lea'),
      seasonId: 's1',
      notes: 'Payé par son frère Marc',
    }),
    makeMembership({ id: 'm-2', holderId: personId('lea-old'), seasonId: 's0' }),
    makeMembership({
      id: 'm-3',
      holderId: householdId('household-1'),
      holderKind: 'household',
      seasonId: 's1',
    }),
    makeMembership({ id: 'm-4', holderId: personId('paul'), seasonId: 's1', notes: 'Rien à voir' }),
  ];
  const attendance = [checkIn(personId('lea'), 'Arrivée avec son chien'), checkIn(personId('paul'), 'x')];

  it('removes the household nobody else lives in, empties free text, and names every document to erase in the journal', () => {
    const plan = planErasure({
      person: lea,
      household: makeHousehold({ id: 'household-1', payerId: personId('lea') }),
      householdMembers: [{ id: personId('lea') }],
      memberships,
      attendance,
      today: TODAY,
    });
    expect(plan.person).toEqual(anonymisedPerson(lea, TODAY));
    expect(plan.household).toEqual({ id: 'household-1', remove: true });
    expect(plan.memberships).toEqual([{ ...memberships[0], notes: '' }]);
    expect(plan.attendance).toEqual([{ ...attendance[0], notes: '' }]);
    expect(plan.documentIds).toEqual(['lea', 'lea-old', 'household-1', 'm-1', 'm-2', attendance[0]?.id]);
  });

  it('leaves a household others live in, clearing its payer if it was the person', () => {
    const household = makeHousehold({ id: 'household-1', payerId: personId('lea') });
    const plan = planErasure({
      person: lea,
      household,
      householdMembers: [{ id: personId('lea') }, { id: personId('paul') }],
      memberships: [],
      attendance: [],
      today: TODAY,
    });
    expect(plan.household).toEqual({ id: 'household-1', remove: false, next: { ...household, payerId: '' } });
    expect(plan.documentIds).toEqual(['lea', 'lea-old']);
    const paying = planErasure({
      person: lea,
      household: { ...household, payerId: personId('paul') },
      householdMembers: [{ id: personId('lea') }, { id: personId('paul') }],
      memberships: [],
      attendance: [],
      today: TODAY,
    });
    expect(paying.household).toBeNull();
  });

  it('keeps receipts six years after the year they were issued', () => {
    expect(receiptKeptUntil('2025-03-01')).toBe(2031);
  });
});
