import { MAPPING_FIELD_LABELS, type MappingField } from '@shared/import/mapping';
import {
  readCivility,
  readConsent,
  readFrenchDay,
  readMappedEmail,
  readMemberNumber,
  readPhone,
  readPostalCode,
} from '@shared/import/mapped-values';
import type { Read } from '@shared/import/helloasso-values';
import { truncateText } from '@shared/text/unicode';

/**
 * One row of a mapped file: its cells by Tilleul field, and the person it describes read the
 * French way. Every unreadable cell is a problem named by its column's header, so that the dry
 * run says « ligne 12 : Date de naissance « 31/02/1990 » impossible… ».
 */
export class MappedRow {
  readonly problems: string[] = [];
  private readonly byField = new Map<MappingField, { header: string; cell: string }>();

  constructor(
    readonly line: number,
    headers: readonly string[],
    fields: readonly MappingField[],
    cells: readonly string[],
  ) {
    fields.forEach((field, column) => {
      if (field !== 'ignore' && !this.byField.has(field)) {
        this.byField.set(field, { header: headers[column] ?? '', cell: cells[column] ?? '' });
      }
    });
  }

  /** The cell of `field`, trimmed ('' when no column is mapped to it). */
  text(field: MappingField): string {
    return (this.byField.get(field)?.cell ?? '').trim();
  }

  has(field: MappingField): boolean {
    return this.text(field) !== '';
  }

  /** The column's name for a message: its header, or the field's name. */
  label(field: MappingField): string {
    const header = this.byField.get(field)?.header ?? '';
    return header === '' ? MAPPING_FIELD_LABELS[field] : header;
  }

  /** `read`'s value, or `fallback` with the reason kept among the row's problems. */
  read<T>(field: MappingField, reader: (cell: string, label: string) => Read<T>, fallback: T): T {
    const result = reader(this.text(field), this.label(field));
    if (result.ok) return result.value;
    this.problems.push(result.message);
    return fallback;
  }
}

const NOTES_MAX = 5000;

export interface MappedPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  birthDate: string;
  address: { line1: string; line2: string; postalCode: string; city: string; country: string };
  memberNumber: string;
  notes: string;
  consents: Partial<Record<'imageRights' | 'newsletter', { status: 'granted' | 'refused'; on: string }>>;
}

function consent(row: MappedRow, field: MappingField, today: string) {
  const value = row.read(field, readConsent, undefined);
  return value === undefined
    ? undefined
    : { status: value ? ('granted' as const) : ('refused' as const), on: today };
}

/** The person a row describes; its problems are in `row.problems`. */
export function readMappedPerson(row: MappedRow, today: string): MappedPerson {
  const lastName = row.text('person.lastName');
  if (lastName === '')
    row.problems.push(`${row.label('person.lastName')} manquant : chaque ligne est une personne.`);
  const address = {
    line1: row.text('person.line1'),
    line2: row.text('person.line2'),
    postalCode: row.read('person.postalCode', readPostalCode, ''),
    city: row.text('person.city'),
    country: '',
  };
  if (address.city === '' && (address.line1 !== '' || address.line2 !== '' || address.postalCode !== '')) {
    row.problems.push(
      `adresse sans ${row.label('person.city').toLowerCase()} : complétez la ville dans le fichier, ou ignorez les colonnes d’adresse.`,
    );
  }
  const number = readMemberNumber(row.text('person.memberNumber'));
  const civility = row.has('person.civility') ? readCivility(row.text('person.civility')) : '';
  const notes = [
    civility ? `Civilité : ${civility}` : '',
    number.former ? `Ancien n° d’adhérent : ${number.former}` : '',
    row.text('person.notes'),
  ].filter((part) => part !== '');
  const consents: MappedPerson['consents'] = {};
  const image = consent(row, 'person.imageRights', today);
  if (image) consents.imageRights = image;
  const newsletter = consent(row, 'person.newsletter', today);
  if (newsletter) consents.newsletter = newsletter;
  return {
    firstName: row.text('person.firstName'),
    lastName,
    email: row.read('person.email', readMappedEmail, ''),
    phone: row.read('person.phone', readPhone, ''),
    birthDate: row.has('person.birthDate')
      ? row.read(
          'person.birthDate',
          (cell, label) =>
            readFrenchDay(cell, label, { today, pivot: 'past', min: '1900-01-01', max: today }),
          '',
        )
      : '',
    address,
    memberNumber: number.number,
    notes: truncateText(notes.join('\n'), NOTES_MAX),
    consents,
  };
}
