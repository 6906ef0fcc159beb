import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EventId, HolderId, HouseholdId, PersonId } from '@shared/ids';
import { asPersonId, newEventId, newHouseholdId, newPersonId } from '@shared/ids';
import { optionalReference, optionalReferenceTo, reference, referenceTo } from '@shared/members/fields';
import { documentId, documentIdOf } from '@shared/schema/common';
import { eventId, householdId, personId } from '@shared/testing/ids';

/*
 * The type-level half of this file is checked by `tsc -p test` (npm run typecheck): each
 * `@ts-expect-error` line must fail to compile, so removing a brand makes the directive unused
 * and the type-check fails.
 */
function takesPerson(id: PersonId): PersonId {
  return id;
}
function takesHolder(id: HolderId): HolderId {
  return id;
}

describe('branded ids', () => {
  it('tells the kinds of id apart at compile time', () => {
    const person = personId('p1');
    const household = householdId('h1');
    const event = eventId('e1');
    expect(takesPerson(person)).toBe('p1');
    expect(takesHolder(person)).toBe('p1');
    expect(takesHolder(household)).toBe('h1');
    // @ts-expect-error a household's id is not a person's
    takesPerson(household);
    // @ts-expect-error an event's id is not a person's
    takesPerson(event);
    // @ts-expect-error a raw string is branded only by a parse or a named constructor
    takesPerson('p1');
    // @ts-expect-error an event's id is not a holder's
    takesHolder(event);
    // A branded id is still a string for everything that reads one.
    const text: string = person;
    expect(text.length).toBe(2);
  });

  it('gives branded ids from the schemas, which stay the same objects (type-only)', () => {
    const parsed = referenceTo<PersonId>().parse('p1');
    expect(takesPerson(parsed)).toBe('p1');
    const optional: HouseholdId | '' = optionalReferenceTo<HouseholdId>().parse(undefined);
    expect(optional).toBe('');
    // @ts-expect-error parsed as a person's id, not an event's
    const wrong: EventId = referenceTo<PersonId>().parse('p1');
    expect(wrong).toBe('p1');
    const id: EventId = documentIdOf<EventId>().parse('e1');
    expect(id).toBe('e1');

    expect(referenceTo<PersonId>()).toBe(reference);
    expect(optionalReferenceTo<HouseholdId>()).toBe(optionalReference);
    expect(documentIdOf<EventId>()).toBe(documentId);
    expect(z.toJSONSchema(referenceTo<PersonId>())).toEqual(z.toJSONSchema(reference));
  });

  it('makes new ids as UUID v7 strings and leaves values as they are', () => {
    const ids = [newPersonId(), newHouseholdId(), newEventId()];
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
    expect(asPersonId('abc')).toBe('abc');
    expect(takesPerson(newPersonId())).toBeTypeOf('string');
  });
});
