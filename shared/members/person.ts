import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { sirenSchema } from '@shared/schema/organisation';
import {
  addressSchema,
  EMPTY_ADDRESS,
  emailSchema,
  optionalIsoDate,
  optionalReference,
  optionalReferenceTo,
  optionalText,
  originSchema,
  phoneSchema,
  requiredText,
} from '@shared/members/fields';
import { MEMBER_NUMBER_MAX_LENGTH, MEMBER_NUMBER_PATTERN } from '@shared/members/member-number';
import { CUSTOM_FIELD_ID_PATTERN, customFieldValueSchema } from '@shared/members/custom-fields';
import { documentIdOf, isoDate, trimmedText } from '@shared/schema/common';
import type { HouseholdId, PersonId } from '@shared/ids';

/**
 * `people`: persons, and organisations (donor companies, other associations). For an
 * organisation `lastName` holds its name (raison sociale) so one index sorts everybody, and
 * `firstName` / `birthDate` stay empty.
 */
export const PERSON_KINDS = ['person', 'organisation'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const CONSENT_KINDS = ['imageRights', 'newsletter', 'dataProcessing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/**
 * A consent is a decision with its date, not a checkbox: a refusal is worth recording (and
 * dating) as much as an agreement, and "never asked" is a third state.
 */
export const consentSchema = z
  .object({
    status: z.enum(['unknown', 'granted', 'refused']).default('unknown'),
    on: optionalIsoDate,
  })
  .strict()
  .superRefine((consent, ctx) => {
    if (consent.status !== 'unknown' && consent.on === '') {
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'errors.members.consentDateRequired' });
    }
    if (consent.status === 'unknown' && consent.on !== '') {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'errors.members.consentStatusRequired' });
    }
  });
export type Consent = z.output<typeof consentSchema>;

const UNKNOWN_CONSENT: Consent = { status: 'unknown', on: '' };

export const LEGAL_FORM_MAX_LENGTH = 60;

/** The usual formes juridiques of a donor organisation, offered as the field is typed (any other is accepted). */
export const COMMON_LEGAL_FORMS = [
  'SAS',
  'SASU',
  'SARL',
  'EURL',
  'SA',
  'SCI',
  'SCOP',
  'SNC',
  'Entreprise individuelle',
  'Association',
  'Fondation',
  'Fonds de dotation',
  'Collectivité territoriale',
] as const;

export const memberNumberSchema = trimmedText(MEMBER_NUMBER_MAX_LENGTH, {
  tooLong: 'errors.members.memberNumberFormat',
})
  .toUpperCase()
  .regex(MEMBER_NUMBER_PATTERN, { error: 'errors.members.memberNumberFormat' });

export const personDocumentSchema = documentSchema({
  id: documentIdOf<PersonId>(),
  kind: z.enum(PERSON_KINDS).default('person'),
  firstName: optionalText(80),
  lastName: requiredText(120, 'errors.members.lastNameRequired'),
  birthDate: optionalIsoDate,
  email: emailSchema,
  phone: phoneSchema,
  address: addressSchema.default(EMPTY_ADDRESS),
  householdId: optionalReferenceTo<HouseholdId>(),
  /** `''` until the person is numbered (donor companies usually never are). */
  memberNumber: trimmedText(MEMBER_NUMBER_MAX_LENGTH, { tooLong: 'errors.members.memberNumberFormat' })
    .toUpperCase()
    .regex(/^$|^[A-Z]{1,3}-[0-9]{4,8}$/, { error: 'errors.members.memberNumberFormat' })
    .default(''),
  /** Numbers of people merged into this one: their old cards must still find this person. */
  formerMemberNumbers: z.array(memberNumberSchema).max(20).default([]),
  /**
   * Ids of the records merged into this one (shared/members/merge-people.ts): the redirect that
   * what still points to them — a membership, a donation or a check-in another device recorded
   * offline before it heard of the merge — is moved by the next office device that sees it
   * (`applyMergeRedirects`), and a receipt, whose donor is frozen, is read as this person's.
   */
  mergedIds: z.array(z.string().min(1).max(40)).max(200).default([]),
  /** Only for organisations: printed on Cerfa 16216 receipts. */
  siren: sirenSchema.default(''),
  /** Only for organisations: the forme juridique (SARL, SAS, association…) of Cerfa 16216. */
  legalForm: optionalText(LEGAL_FORM_MAX_LENGTH),
  consents: z
    .object({
      imageRights: consentSchema.default(UNKNOWN_CONSENT),
      newsletter: consentSchema.default(UNKNOWN_CONSENT),
      dataProcessing: consentSchema.default(UNKNOWN_CONSENT),
    })
    .strict()
    .default({ imageRights: UNKNOWN_CONSENT, newsletter: UNKNOWN_CONSENT, dataProcessing: UNKNOWN_CONSENT }),
  notes: optionalText(5000),
  /**
   * Values of the custom fields defined in settings (`custom-fields`), by field id. Checked
   * against the definitions with `customFieldValuesSchema`; a value whose definition was deleted
   * is kept, never silently dropped.
   */
  customFields: z
    .record(z.string().regex(CUSTOM_FIELD_ID_PATTERN).max(40), customFieldValueSchema)
    .default({}),
  origin: originSchema,
  /**
   * The import (HelloAsso, CSV or Excel file) that created this record, `''` for one typed in:
   * « Annuler cet import » finds what it made by this id.
   */
  importId: optionalReference,
  /**
   * The day the person was erased (RGPD, shared/members/erasure.ts), `''` for everyone else: the
   * record stays as an anonymised tombstone so that memberships and attendance still count.
   */
  erasedOn: optionalIsoDate,
}).superRefine((person, ctx) => {
  if (person.kind === 'organisation') {
    if (person.firstName !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['firstName'],
        message: 'errors.members.organisationNoFirstName',
      });
    }
    if (person.birthDate !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: 'errors.members.organisationNoBirthDate',
      });
    }
  } else {
    if (person.siren !== '') {
      ctx.addIssue({ code: 'custom', path: ['siren'], message: 'errors.members.sirenOnlyForOrganisations' });
    }
    if (person.legalForm !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['legalForm'],
        message: 'errors.members.legalFormOnlyForOrganisations',
      });
    }
  }
  if (person.birthDate !== '' && person.birthDate < '1900-01-01') {
    ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'errors.members.birthDateTooOld' });
  }
});
export type PersonDocument = z.output<typeof personDocumentSchema>;
export type PersonInput = z.input<typeof personDocumentSchema>;

export const peopleCollection = defineCollection({
  name: 'people',
  version: 4,
  schema: personDocumentSchema,
  indexes: ['lastName', 'memberNumber', 'householdId'],
  migrations: {
    // Version 1 says where a record was made (every earlier one was typed at the office) and
    // lists the ids merged into a person (merges made before left none).
    1: (person) => ({ ...person, origin: 'office', mergedIds: [] }),
    // Version 2 tags what an import created; nothing stored before came from one.
    2: (person) => ({ ...person, importId: '' }),
    // Version 3 marks erased people (their tombstone); nobody was erased before.
    3: (person) => ({ ...person, erasedOn: '' }),
    // Version 4 gives organisations their forme juridique (Cerfa 16216); none was recorded before.
    4: (person) => ({ ...person, legalForm: '' }),
  },
});

/**
 * « À compléter »: a walk-in registered at the door with a name only, that the office has not
 * completed yet (no birth date, e-mail, phone or town).
 */
export function needsCompleting(
  person: Pick<PersonDocument, 'origin' | 'birthDate' | 'email' | 'phone' | 'address'>,
): boolean {
  return (
    person.origin === 'door' &&
    person.birthDate === '' &&
    person.email === '' &&
    person.phone === '' &&
    person.address.city === ''
  );
}

/** The ids that stand for `person`: its own and those of the records merged into it. */
export function idsOf(person: { id: string; mergedIds: readonly string[] }): string[] {
  return [person.id, ...person.mergedIds];
}

/**
 * Where each merged record now lives: absorbed id → surviving person, following merges of merges
 * (A into B, then B into C: A → C). Built from the living people's `mergedIds`.
 */
export function mergeRedirects(
  people: Iterable<{ id: PersonId; mergedIds: readonly string[] }>,
): ReadonlyMap<string, PersonId> {
  const direct = new Map<string, PersonId>();
  for (const person of people) for (const absorbed of person.mergedIds) direct.set(absorbed, person.id);
  const final = new Map<string, PersonId>();
  for (const [absorbed, first] of direct) {
    let target = first;
    const seen = new Set<string>([absorbed]);
    for (let next = direct.get(target); next !== undefined && !seen.has(target); next = direct.get(target)) {
      seen.add(target);
      target = next;
    }
    final.set(absorbed, target);
  }
  return final;
}

/** "Prénom Nom", or the organisation's name. */
export function displayName(person: Pick<PersonDocument, 'firstName' | 'lastName'>): string {
  return person.firstName ? `${person.firstName} ${person.lastName}` : person.lastName;
}

/**
 * A name typed in a search, as a new file's first and last name: the last word is the surname,
 * the words before it the first names (one word alone is a surname).
 */
export function splitTypedName(typed: string): { firstName: string; lastName: string } {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { firstName: '', lastName: words[0] ?? '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

/** Age in whole years on `on` (both `YYYY-MM-DD`), `undefined` if the birth date is unknown. */
export function ageOn(birthDate: string, on: string): number | undefined {
  if (!isoDate.safeParse(birthDate).success || !isoDate.safeParse(on).success) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
