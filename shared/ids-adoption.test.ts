import { describe, expect, it } from 'vitest';
import { attendanceId } from '@shared/events/attendance';
import { presenceOf } from '@shared/events/presence';
import { proxyRefusal } from '@shared/events/proxies';
import { sheetId } from '@shared/events/sheet';
import { makeAttendance, makeEvent } from '@shared/events/testing';
import type { EventId, HouseholdId, PersonId, SeasonId } from '@shared/ids';
import { personHolderOf } from '@shared/members/membership';
import { coveredForSeason, renewalsDue } from '@shared/members/status';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { coveredIds } from '@shared/receipts/receipt';
import { makeDonation } from '@shared/donations/testing';
import type { WriteContext } from '@shared/schema/common';
import { newStamps } from '@shared/schema/stamps';
import { deviceId, eventId, householdId, personId, seasonId, tariffId, userId } from '@shared/testing/ids';

/*
 * The domains' own documents and rules carry branded ids: a document read from its schema gives
 * them, and a rule given one kind of id where it expects another does not compile. The
 * `@ts-expect-error` lines are checked by `tsc -p test` (npm run typecheck): if a brand were
 * removed, the directive would be unused and the type-check would fail.
 */
describe('branded ids in the domains', () => {
  it('come out of the documents of people, households, events, memberships and donations', () => {
    const person = makePerson({ id: 'p1', householdId: 'h1' });
    const household = makeHousehold({ id: 'h1', payerId: 'p1' });
    const event = makeEvent({ id: 'e1' });
    const fee = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1', tariffId: 't1' });
    const gift = makeDonation({ id: 'd1', donorId: 'p1' });
    const ids: [PersonId, HouseholdId | '', HouseholdId, PersonId | '', EventId, SeasonId, PersonId] = [
      person.id,
      person.householdId,
      household.id,
      household.payerId,
      event.id,
      fee.seasonId,
      gift.donorId,
    ];
    expect(ids).toEqual(['p1', 'h1', 'h1', 'p1', 'e1', 's1', 'p1']);
    // @ts-expect-error a household's id is not a person's
    const wrong: PersonId = household.id;
    expect(wrong).toBe('h1');
  });

  it('refuse a person where an event is expected, and a season where a tariff is', () => {
    const event = eventId('loto');
    const person = personId('anne');
    expect(attendanceId(event, person)).toMatch(/^[0-9a-f-]{36}$/);
    // @ts-expect-error the event first, then the person
    attendanceId(person, event);
    // @ts-expect-error a sheet is an event's
    sheetId(person, 1);
    // @ts-expect-error the attendance of an event, not of a person
    presenceOf(person, [], []);
    expect(makeAttendance(event, person).personId).toBe('anne');
    // @ts-expect-error a household does not give a proxy
    proxyRefusal({ giverId: householdId('roux'), holderId: person }, [], () => true, 1);

    const season = seasonId('2026');
    const covered = coveredForSeason([], season, tariffId('adulte'));
    expect(covered(makePerson({ id: 'p1' }))).toBe(false);
    // @ts-expect-error a tariff is not a season
    coveredForSeason([], tariffId('adulte'));
    // @ts-expect-error the season renewed from, then the one renewed into: both seasons
    renewalsDue([], [], season, tariffId('adulte'));
  });

  it('are given their kind where a rule decides it: a fee’s person, a receipt line’s gift', () => {
    expect(personHolderOf({ holderKind: 'person', holderId: personId('paul') })).toBe('paul');
    expect(personHolderOf({ holderKind: 'household', holderId: householdId('roux') })).toBeUndefined();
    const covered = coveredIds([
      { source: 'donation', sourceId: 'd1' },
      { source: 'membership', sourceId: 'm1' },
    ]);
    expect(covered).toEqual({ donationIds: ['d1'], feeIds: ['m1'] });
    // @ts-expect-error a fee's id is not a donation's
    const gift: (typeof covered.donationIds)[number] = covered.feeIds[0] ?? covered.donationIds[0];
    expect(gift).toBe('m1');
  });

  it('name who writes and on which device: a write context takes an account and a device', () => {
    const now = () => new Date('2026-12-03T10:00:00.000Z');
    const context: WriteContext = { userId: userId('secretaire-1'), deviceId: deviceId('pc-1'), now };
    expect(newStamps(context)).toMatchObject({ updatedBy: 'secretaire-1', deviceId: 'pc-1' });
    // @ts-expect-error the device and the account swapped
    const swapped: WriteContext = { userId: deviceId('pc-1'), deviceId: userId('secretaire-1'), now };
    // @ts-expect-error a member is not an account
    const member: WriteContext = { userId: personId('anne'), deviceId: deviceId('pc-1'), now };
    // @ts-expect-error a name typed somewhere is not an account's id
    const typed: WriteContext = { userId: 'secretaire-1', deviceId: deviceId('pc-1'), now };
    expect([swapped.userId, member.userId, typed.userId]).toEqual(['pc-1', 'anne', 'secretaire-1']);
  });
});
