import type { z } from 'zod';
import { EMPTY_ADDRESS } from '@shared/members/fields';
import type { HouseholdDocument } from '@shared/members/household';
import { householdMemberDraft } from '@shared/members/household-member';
import type { Consent, ConsentKind, PersonDocument, PersonInput } from '@shared/members/person';
import type { Draft } from '@shared/schema/stamps';

/** What the person form edits: a person's own fields (the number is given on creation). */
export interface PersonFormValues {
  kind: 'person' | 'organisation';
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  address: { line1: string; line2: string; postalCode: string; city: string; country: string };
  householdId: string;
  /** An organisation's SIREN and forme juridique (Cerfa 16216); not written for a person. */
  siren: string;
  legalForm: string;
  consents: Record<ConsentKind, Consent>;
  notes: string;
  customFields: Record<string, string | number | boolean>;
}

/** What the form writes: its values with the custom fields as their schema reads them. */
export type PersonFormInput = Draft<PersonInput>;

const UNKNOWN: Consent = { status: 'unknown', on: '' };

const EMPTY: PersonFormValues = {
  kind: 'person',
  firstName: '',
  lastName: '',
  birthDate: '',
  email: '',
  phone: '',
  address: { ...EMPTY_ADDRESS },
  householdId: '',
  siren: '',
  legalForm: '',
  consents: { imageRights: UNKNOWN, newsletter: UNKNOWN, dataProcessing: UNKNOWN },
  notes: '',
  customFields: {},
};

function fromPerson(person: PersonDocument): PersonFormValues {
  return {
    kind: person.kind,
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    email: person.email,
    phone: person.phone,
    address: { ...person.address },
    householdId: person.householdId,
    siren: person.siren,
    legalForm: person.legalForm,
    consents: { ...person.consents },
    notes: person.notes,
    customFields: { ...person.customFields },
  };
}

/** The form's start: the person edited, else a new member of `household`, else an empty file. */
export function initialPersonValues(
  existing: PersonDocument | undefined,
  household: HouseholdDocument | undefined,
  people: ReadonlyMap<string, PersonDocument>,
): PersonFormValues {
  if (existing) return fromPerson(existing);
  if (!household) return EMPTY;
  const draft = householdMemberDraft(household, people);
  return { ...EMPTY, ...draft, address: { ...draft.address } };
}

/** What the form writes: its values, the custom fields read as their schema writes them. */
export function toPersonInput(
  values: PersonFormValues,
  customSchema: z.ZodType<PersonFormInput['customFields']>,
): PersonFormInput {
  return { ...companyFields(values), customFields: customSchema.parse(values.customFields) };
}

/** A person has no SIREN nor forme juridique: typed for an organisation, then switched, they are dropped. */
function companyFields(values: PersonFormValues): PersonFormValues {
  return values.kind === 'organisation' ? values : { ...values, siren: '', legalForm: '' };
}

/**
 * The values the form was opened with, in the shape it writes: what `updatePerson` compares the
 * form with, to write only what the secretary changed. Custom values no longer valid for the
 * current definitions are compared as they are.
 */
export function personInputBase(
  values: PersonFormValues,
  customSchema: z.ZodType<PersonFormInput['customFields']>,
): PersonFormInput {
  const custom = customSchema.safeParse(values.customFields);
  return { ...companyFields(values), customFields: custom.success ? custom.data : values.customFields };
}
