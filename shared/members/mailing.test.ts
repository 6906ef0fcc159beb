import { describe, expect, it } from 'vitest';
import { exportBytes, exportTable } from '@shared/export/list-export';
import { readCsvTable } from '@shared/import/table';
import { MAILING_COLUMNS, mailingRecipients } from '@shared/members/mailing';
import type { ConsentKind } from '@shared/members/person';
import { makePerson } from '@shared/members/testing';

const consents = (newsletter: 'granted' | 'refused' | 'unknown') =>
  ({
    imageRights: { status: 'granted' as const, on: '2026-01-10' },
    newsletter: { status: newsletter, on: newsletter === 'unknown' ? '' : '2026-09-01' },
    dataProcessing: { status: 'unknown' as const, on: '' },
  }) satisfies Record<ConsentKind, unknown>;

const people = [
  makePerson({
    id: 'a',
    firstName: 'Anne',
    lastName: 'Dupont',
    email: 'anne@example.org',
    consents: consents('granted'),
  }),
  makePerson({
    id: 'b',
    firstName: 'Bob',
    lastName: 'Durand',
    email: 'bob@example.org',
    consents: consents('refused'),
  }),
  makePerson({
    id: 'c',
    firstName: 'Chloé',
    lastName: 'Roux',
    email: 'chloe@example.org',
    consents: consents('unknown'),
  }),
  makePerson({ id: 'd', firstName: 'Denis', lastName: 'Petit', email: '', consents: consents('granted') }),
  // The same address as Anne's, written otherwise: one letter.
  makePerson({
    id: 'e',
    firstName: 'Éric',
    lastName: 'Dupont',
    email: ' Anne@Example.org',
    consents: consents('granted'),
  }),
  makePerson({
    id: 'f',
    firstName: '',
    lastName: '=HYPERLINK("http://x")',
    email: 'f@example.org',
    consents: consents('granted'),
  }),
];

const t = (key: string) => key;

describe('mailingRecipients', () => {
  it('keeps only who accepted the newsletter and has an e-mail, each address once', () => {
    expect(mailingRecipients(people).map((person) => person.id)).toEqual(['a', 'f']);
  });

  it('writes a CSV without the people who refused or were never asked', async () => {
    const bytes = await exportBytes(exportTable(MAILING_COLUMNS, mailingRecipients(people), t), 'csv', 'x');
    const read = readCsvTable(new TextDecoder().decode(bytes));
    expect(read.header).toEqual([
      'people.list.column.email',
      'people.form.lastName',
      'people.form.firstName',
      'people.list.mailingConsentOn',
    ]);
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['anne@example.org', 'Dupont', 'Anne', '01/09/2026'],
      ['f@example.org', '\'=HYPERLINK("http://x")', '', '01/09/2026'],
    ]);
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toMatch(/bob@|chloe@|Petit/);
  });
});
