import type { PersonDocument } from '@shared/members/person';

/**
 * What an import may add to a person already in Tilleul: the contact details the record lacks.
 * A value Tilleul holds is never replaced (the record may be more recent than the file, and a
 * secretary corrected it by hand); an address is taken whole, and only when the record has none.
 */
export const FILL_FIELDS = [
  'email',
  'phone',
  'birthDate',
  'address.line1',
  'address.line2',
  'address.postalCode',
  'address.city',
] as const;
export type FillField = (typeof FILL_FIELDS)[number];

/** The values of a file's row for those fields. */
export interface FillValues {
  email: string;
  phone: string;
  birthDate: string;
  address: { line1: string; line2: string; postalCode: string; city: string };
}

export interface FillChange {
  field: FillField;
  value: string;
}

/** The empty fields of a stored person an import fills, with the person's name for the journal. */
export interface PersonFill {
  personId: string;
  changes: FillChange[];
}

/** French names of the fields, for the dry run (« complété : e-mail, téléphone »). */
const SAID: Record<FillField, string> = {
  email: 'e-mail',
  phone: 'téléphone',
  birthDate: 'date de naissance',
  'address.line1': 'adresse',
  'address.line2': 'adresse',
  'address.postalCode': 'adresse',
  'address.city': 'adresse',
};

export function fieldValue(
  person: Pick<PersonDocument, 'email' | 'phone' | 'birthDate' | 'address'>,
  field: FillField,
): string {
  if (field.startsWith('address.')) {
    const part = field.slice('address.'.length) as keyof FillValues['address'];
    return person.address[part];
  }
  return person[field as 'email' | 'phone' | 'birthDate'];
}

/** The fields a fill writes, as a record holds them: what an edit of a fill changes. */
export function fillFieldsOf(person: Pick<PersonDocument, 'email' | 'phone' | 'birthDate' | 'address'>) {
  return { email: person.email, phone: person.phone, birthDate: person.birthDate, address: person.address };
}

/** The changes that fill what `stored` lacks from `values`; none when it lacks nothing the file has. */
export function emptyFieldsFilled(
  stored: Pick<PersonDocument, 'email' | 'phone' | 'birthDate' | 'address'>,
  values: FillValues,
): FillChange[] {
  const changes: FillChange[] = [];
  for (const field of ['email', 'phone', 'birthDate'] as const) {
    if (stored[field] === '' && values[field] !== '') changes.push({ field, value: values[field] });
  }
  const { line1, line2, postalCode, city } = stored.address;
  const noAddress = line1 === '' && line2 === '' && postalCode === '' && city === '';
  if (noAddress && values.address.city !== '') {
    for (const part of ['line1', 'line2', 'postalCode', 'city'] as const) {
      if (values.address[part] !== '')
        changes.push({ field: `address.${part}`, value: values.address[part] });
    }
  }
  return changes;
}

/** `stored` with the changes written in: on the fields still empty only, an address only into none. */
export function withFill<T extends Pick<PersonDocument, 'email' | 'phone' | 'birthDate' | 'address'>>(
  stored: T,
  changes: readonly FillChange[],
): T {
  let next: T = stored;
  // An address that arrived meanwhile (sync, another tab) is not mixed with the file's.
  const { line1, line2, postalCode, city } = stored.address;
  const noAddress = line1 === '' && line2 === '' && postalCode === '' && city === '';
  for (const { field, value } of changes) {
    if (fieldValue(next, field) !== '' || (field.startsWith('address.') && !noAddress)) continue;
    next = field.startsWith('address.')
      ? { ...next, address: { ...next.address, [field.slice('address.'.length)]: value } }
      : { ...next, [field]: value };
  }
  return next;
}

/**
 * The undo of a fill: each field back to empty where it still holds what the import wrote; a
 * field changed since is kept (someone corrected it), and named.
 */
export function fillUndone<T extends Pick<PersonDocument, 'email' | 'phone' | 'birthDate' | 'address'>>(
  stored: T,
  changes: readonly FillChange[],
): { person: T; emptied: FillField[]; kept: FillField[] } {
  let person: T = stored;
  const emptied: FillField[] = [];
  const kept: FillField[] = [];
  for (const { field, value } of changes) {
    if (fieldValue(person, field) !== value) {
      kept.push(field);
      continue;
    }
    emptied.push(field);
    person = field.startsWith('address.')
      ? { ...person, address: { ...person.address, [field.slice('address.'.length)]: '' } }
      : { ...person, [field]: '' };
  }
  return { person, emptied, kept };
}

/** « e-mail, téléphone, adresse »: the fields a fill completes, each named once. */
export function saidFields(changes: readonly { field: FillField }[]): string {
  return [...new Set(changes.map((change) => SAID[change.field]))].join(', ');
}
