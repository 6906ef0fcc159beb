import { v7 as uuidv7 } from 'uuid';

/**
 * Document ids are UUID v7: generated on the device without a connection, unique, and sortable
 * by creation time (the first 48 bits are the millisecond clock), so an index on `id` is also a
 * rough creation order.
 */
export function newDocumentId(): string {
  return uuidv7();
}

export const DOCUMENT_ID_MAX_LENGTH = 40;

/**
 * Branded ids (type-only, like `Cents`): at run time every id is a plain string, but the
 * compiler tells a person's id from a household's or an event's, so a swapped argument
 * (`checkIn(event, personId, eventId)`) is a type error. A document read from the database or
 * parsed by its zod schema carries branded ids with no cast; new ids come from the factories
 * below; an id from outside (URL, IPC, import, form) is branded by its validating parse, or by
 * the named constructor (`asPersonId`) right where it was checked. These constructors are the
 * only `as …Id` casts of the code (tests use the builders of `shared/testing/ids.ts`).
 */
export type Id<Kind extends string> = string & { readonly __brand: Kind };

export type PersonId = Id<'PersonId'>;
export type HouseholdId = Id<'HouseholdId'>;
export type MembershipId = Id<'MembershipId'>;
export type SeasonId = Id<'SeasonId'>;
export type TariffId = Id<'TariffId'>;
export type EventId = Id<'EventId'>;
export type SeriesId = Id<'SeriesId'>;
export type AttendanceId = Id<'AttendanceId'>;
export type DonationId = Id<'DonationId'>;
export type ReceiptId = Id<'ReceiptId'>;
export type UserId = Id<'UserId'>;
export type DeviceId = Id<'DeviceId'>;

/** A membership is held by a person or by a household (`holderKind` says which). */
export type HolderId = PersonId | HouseholdId;

export const asPersonId = (value: string) => value as PersonId;
export const asHouseholdId = (value: string) => value as HouseholdId;
export const asMembershipId = (value: string) => value as MembershipId;
export const asSeasonId = (value: string) => value as SeasonId;
export const asTariffId = (value: string) => value as TariffId;
export const asEventId = (value: string) => value as EventId;
export const asSeriesId = (value: string) => value as SeriesId;
export const asAttendanceId = (value: string) => value as AttendanceId;
export const asDonationId = (value: string) => value as DonationId;
export const asReceiptId = (value: string) => value as ReceiptId;
export const asUserId = (value: string) => value as UserId;
export const asDeviceId = (value: string) => value as DeviceId;

export const newPersonId = (): PersonId => asPersonId(newDocumentId());
export const newHouseholdId = (): HouseholdId => asHouseholdId(newDocumentId());
export const newMembershipId = (): MembershipId => asMembershipId(newDocumentId());
export const newSeasonId = (): SeasonId => asSeasonId(newDocumentId());
export const newTariffId = (): TariffId => asTariffId(newDocumentId());
export const newEventId = (): EventId => asEventId(newDocumentId());
export const newSeriesId = (): SeriesId => asSeriesId(newDocumentId());
export const newDonationId = (): DonationId => asDonationId(newDocumentId());
export const newReceiptId = (): ReceiptId => asReceiptId(newDocumentId());
export const newDeviceId = (): DeviceId => asDeviceId(newDocumentId());

/**
 * Who a write is stamped with when no account is signed in: the first administrator's set-up,
 * the sync engine's own entries, a restore finished at start-up, a refused write before any
 * sign-in. They are not accounts; the journal shows them by these names.
 */
export const SYSTEM_WRITERS = {
  setup: asUserId('setup'),
  sync: asUserId('sync'),
  restore: asUserId('restore'),
  anonymous: asUserId('anonymous'),
} as const;
