import type {
  AttendanceId,
  DeviceId,
  DonationId,
  EventId,
  HouseholdId,
  MembershipId,
  PersonId,
  ReceiptId,
  SeasonId,
  TariffId,
  UserId,
} from '@shared/ids';
import {
  asAttendanceId,
  asDeviceId,
  asDonationId,
  asEventId,
  asHouseholdId,
  asMembershipId,
  asPersonId,
  asReceiptId,
  asSeasonId,
  asTariffId,
  asUserId,
} from '@shared/ids';

/**
 * Short builders of branded ids for tests (`personId('p1')`), so that a test names the kind of
 * id it means instead of casting: a fixture id is known valid, like one just parsed.
 */
export const personId = (value: string): PersonId => asPersonId(value);
export const householdId = (value: string): HouseholdId => asHouseholdId(value);
export const membershipId = (value: string): MembershipId => asMembershipId(value);
export const seasonId = (value: string): SeasonId => asSeasonId(value);
export const tariffId = (value: string): TariffId => asTariffId(value);
export const eventId = (value: string): EventId => asEventId(value);
export const attendanceRecordId = (value: string): AttendanceId => asAttendanceId(value);
export const donationId = (value: string): DonationId => asDonationId(value);
export const receiptId = (value: string): ReceiptId => asReceiptId(value);
export const userId = (value: string): UserId => asUserId(value);
export const deviceId = (value: string): DeviceId => asDeviceId(value);
