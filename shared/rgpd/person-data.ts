import { z } from 'zod';
import type { AuditEntry } from '@shared/audit/audit';
import { auditEntrySchema } from '@shared/audit/audit';
import type { DonationDocument } from '@shared/donations/donation';
import { donationDocumentSchema } from '@shared/donations/donation';
import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceDocumentSchema } from '@shared/events/attendance';
import type { HouseholdDocument } from '@shared/members/household';
import { householdDocumentSchema } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import { membershipDocumentSchema } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { idsOf, personDocumentSchema } from '@shared/members/person';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { receiptDocumentSchema } from '@shared/receipts/receipt';

/**
 * A person's data export (RGPD, article 15, droit d'accès): everything Tilleul holds about one
 * person, as one versioned JSON file — their record, their household, the memberships that
 * cover them, their registrations and attendance, their donations and receipts, and the audit
 * entries about any of those documents. Each document keeps its collection's own schema, so the
 * file is checked by the same rules as the database.
 */
export const PERSON_DATA_FORMAT = 'tilleul-person-data';
export const PERSON_DATA_VERSION = 1;

export const personDataSchema = z
  .object({
    format: z.literal(PERSON_DATA_FORMAT),
    version: z.literal(PERSON_DATA_VERSION),
    exportedAt: z.iso.datetime(),
    association: z.string().max(200),
    person: personDocumentSchema,
    household: householdDocumentSchema.nullable(),
    memberships: z.array(membershipDocumentSchema),
    attendance: z.array(attendanceDocumentSchema),
    donations: z.array(donationDocumentSchema),
    receipts: z.array(receiptDocumentSchema),
    audit: z.array(auditEntrySchema),
  })
  .strict();
export type PersonData = z.output<typeof personDataSchema>;

/** What a device holds, from which the person's part is picked. */
export interface HeldData {
  households: Iterable<HouseholdDocument>;
  memberships: Iterable<MembershipDocument>;
  attendance: Iterable<AttendanceDocument>;
  donations: Iterable<DonationDocument>;
  receipts: Iterable<ReceiptDocument>;
  audit: Iterable<AuditEntry>;
}

const byDate = <T extends { createdAt: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt);

/**
 * Picks what is about `person`: a merged record's former ids count as theirs; a household
 * membership covers them while they belong to that household; an audit entry is about them when
 * it names one of the documents gathered (their record, household, memberships, attendance,
 * donations, receipts). Throws (a ZodError) rather than hand out a file that breaks its format.
 */
export function gatherPersonData(
  person: PersonDocument,
  held: HeldData,
  { exportedAt, association }: { exportedAt: string; association: string },
): PersonData {
  const ids = new Set(idsOf(person));
  const household = person.householdId
    ? ([...held.households].find((h) => h.id === person.householdId) ?? null)
    : null;
  const memberships = [...held.memberships].filter(
    (m) =>
      (m.holderKind === 'person' && ids.has(m.holderId)) ||
      (m.holderKind === 'household' && household !== null && m.holderId === household.id),
  );
  const attendance = [...held.attendance].filter((a) => ids.has(a.personId));
  const donations = [...held.donations].filter((d) => ids.has(d.donorId));
  const receipts = [...held.receipts].filter((r) => ids.has(r.donorId));
  const about = new Set([
    ...ids,
    ...(household ? [household.id] : []),
    ...[...memberships, ...attendance, ...donations, ...receipts].map((doc) => doc.id),
  ]);
  const audit = [...held.audit].filter((entry) => about.has(entry.documentId));
  return personDataSchema.parse({
    format: PERSON_DATA_FORMAT,
    version: PERSON_DATA_VERSION,
    exportedAt,
    association,
    person,
    household,
    memberships: memberships.sort(byDate),
    attendance: attendance.sort(byDate),
    donations: donations.sort(byDate),
    receipts: receipts.sort(byDate),
    audit: audit.sort(byDate),
  });
}

/** The JSON file: indented, readable by the person, the format and version first. */
export function personDataJson(data: PersonData): string {
  return `${JSON.stringify(personDataSchema.parse(data), null, 2)}\n`;
}
