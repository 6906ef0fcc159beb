import type { ListColumn } from '@shared/export/list-export';
import { listName } from '@shared/members/member-list';
import type { PersonDocument } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';

/** The member list's columns besides name, number and status, chosen by each device. */
export const OPTIONAL_MEMBER_COLUMNS = [
  'email',
  'phone',
  'city',
  'household',
  'imageRights',
  'newsletter',
] as const;
export type OptionalMemberColumn = (typeof OPTIONAL_MEMBER_COLUMNS)[number];
export type MemberColumn = 'name' | 'number' | 'status' | OptionalMemberColumn;

/** A column's header (an i18n key), the same in the table and in the exported file. */
export const MEMBER_COLUMN_LABELS = {
  name: 'people.list.column.name',
  number: 'people.list.column.number',
  status: 'people.list.column.status',
  email: 'people.list.column.email',
  phone: 'people.list.column.phone',
  city: 'people.list.column.city',
  household: 'people.list.column.household',
  imageRights: 'people.list.column.imageRights',
  newsletter: 'people.list.column.newsletter',
} as const satisfies Record<MemberColumn, string>;

/** What a row shows that the person's document does not hold. */
export interface MemberLookups {
  statusOf: (person: PersonDocument) => MembershipStatus;
  householdName: (person: PersonDocument) => string;
}

const consent =
  (kind: 'imageRights' | 'newsletter') =>
  (person: PersonDocument, t: (key: string) => string): string =>
    t(`people.list.consent.${person.consents[kind].status}`);

/** Every column of the member list: the table and its export both read them from here. */
export function memberColumnSet(
  lookups: MemberLookups,
): Readonly<Record<MemberColumn, ListColumn<PersonDocument>>> {
  const column = (id: MemberColumn, cell: ListColumn<PersonDocument>['cell']) => ({
    id,
    label: MEMBER_COLUMN_LABELS[id],
    cell,
  });
  return {
    name: column('name', (person) => listName(person)),
    number: column('number', (person) => person.memberNumber),
    status: column('status', (person, t) => t(`people.status.${lookups.statusOf(person)}`)),
    email: column('email', (person) => person.email),
    phone: column('phone', (person) => person.phone),
    city: column('city', (person) => person.address.city),
    household: column('household', (person) => lookups.householdName(person)),
    imageRights: column('imageRights', consent('imageRights')),
    newsletter: column('newsletter', consent('newsletter')),
  };
}

/**
 * The list as a file: the same columns, but the name in two — « Nom » as typed, then « Prénom »
 * (the screen's « DUPONT Jean » in one cell would come back from an import as a last name) — so
 * that the file imported again (Membres → Importer) gives back the people it lists.
 */
export function memberFileColumns(
  optional: readonly OptionalMemberColumn[],
  lookups: MemberLookups,
): ListColumn<PersonDocument>[] {
  const set = memberColumnSet(lookups);
  return [
    { id: 'lastName', label: 'people.form.lastName', cell: (person) => person.lastName },
    { id: 'firstName', label: 'people.form.firstName', cell: (person) => person.firstName },
    set.number,
    set.status,
    ...optional.map((id) => set[id]),
  ];
}

/** The columns the list shows, in order: name, number, status, then the ones chosen. */
export function memberColumns(
  optional: readonly OptionalMemberColumn[],
  lookups: MemberLookups,
): ListColumn<PersonDocument>[] {
  const set = memberColumnSet(lookups);
  return [set.name, set.number, set.status, ...optional.map((id) => set[id])];
}
