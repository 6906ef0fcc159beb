import { describe, expect, it } from 'vitest';
import { donationColumns, REGISTER_COLUMNS } from '@shared/donations/donation-columns';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { USER_COLUMNS } from '@shared/auth/user-columns';
import { ROLES } from '@shared/auth/roles';
import type { UserDocument } from '@shared/auth/user';
import { CHEQUE_COLUMNS, SLIP_COLUMNS } from '@shared/deposits/deposit-columns';
import { depositChequeSchema } from '@shared/deposits/deposit';
import { makeCheque, makeDeposit } from '@shared/deposits/testing';
import { DONATION_METHODS } from '@shared/donations/donation';
import { eventDocumentSchema, EVENT_KINDS } from '@shared/events/event';
import { attendanceColumns, eventColumns } from '@shared/events/event-columns';
import type { ListColumn } from '@shared/export/list-export';
import { MAILING_COLUMNS } from '@shared/members/mailing';
import { CONSENT_FILTERS } from '@shared/members/member-list';
import { memberColumns, OPTIONAL_MEMBER_COLUMNS } from '@shared/members/member-columns';
import { renewalColumns } from '@shared/members/renewal';
import { MEMBERSHIP_STATUSES } from '@shared/members/status';
import { makeDonation } from '@shared/donations/testing';
import { makeMembership, makePerson } from '@shared/members/testing';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';
import { initI18n } from '@renderer/i18n/i18n';
import { eventId, personId } from '@shared/testing/ids';

function leaf(tree: object, key: string): string {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return '';
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node.trim() : '';
}
const has = (tree: object, key: string) => leaf(tree, key) !== '';
/** French typography changes spaces only. */
const unspaced = (text: string) => text.replace(/\s/g, '');

/** Every key a set of columns asks for, over rows that reach each coded value. */
function keysOf<Row>(columns: readonly ListColumn<Row>[], rows: readonly Row[]): string[] {
  const keys = columns.map((column) => column.label);
  const record = (key: string) => {
    keys.push(key);
    return key;
  };
  for (const row of rows) for (const column of columns) column.cell(row, record);
  return keys;
}

const stamps = {
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
};

describe('the exported lists speak both languages', () => {
  const consents = (['granted', 'refused', 'unknown'] as const).map((status) =>
    makePerson({
      id: `p-${status}`,
      consents: {
        imageRights: { status, on: status === 'unknown' ? '' : '2026-01-01' },
        newsletter: { status, on: status === 'unknown' ? '' : '2026-01-01' },
        dataProcessing: { status: 'unknown', on: '' },
      },
    }),
  );
  const keys = [
    ...MEMBERSHIP_STATUSES.flatMap((status) =>
      keysOf(
        memberColumns(OPTIONAL_MEMBER_COLUMNS, { statusOf: () => status, householdName: () => '' }),
        consents,
      ),
    ),
    ...keysOf(MAILING_COLUMNS, consents),
    ...CONSENT_FILTERS.map((filter) => `people.list.consentFilter.${filter.replace(':', '.')}`),
    ...keysOf(
      donationColumns({ donorName: () => '', receiptNumber: () => '' }),
      DONATION_METHODS.map((method) => makeDonation({ id: method, method, chequeNumber: '' })),
    ),
    ...keysOf(REGISTER_COLUMNS, [
      {
        number: '1',
        issuedOn: '',
        donor: '',
        total: makeDonation({ id: 'x' }).amount,
        status: 'issued',
        reason: '',
      },
      {
        number: '2',
        issuedOn: '',
        donor: '',
        total: makeDonation({ id: 'y' }).amount,
        status: 'cancelled',
        reason: 'x',
      },
    ]),
    ...keysOf(
      eventColumns(() => ({ registered: 0, present: 0 })),
      EVENT_KINDS.map((kind) =>
        eventDocumentSchema.parse({ ...stamps, id: kind, kind, title: 'x', startsOn: '2026-12-05' }),
      ),
    ),
    ...keysOf(
      attendanceColumns(() => 'a-jour'),
      [
        {
          record: attendanceDocumentSchema.parse({
            ...stamps,
            id: attendanceId(eventId('e'), personId('p')),
            eventId: eventId('e'),
            personId: personId('p'),
            registered: true,
          }),
          person: undefined,
        },
      ],
    ),
    ...keysOf(
      renewalColumns({ people: new Map(), households: new Map() }, () => undefined, { contacts: true }),
      [makeMembership({ id: 'm', holderId: personId('p'), seasonId: 's' })],
    ),
    ...keysOf(
      CHEQUE_COLUMNS,
      (['donation', 'membership', 'door'] as const).map((source) => ({
        ...depositChequeSchema.parse(makeCheque(source, 100, { source })),
        origin: '',
        sourceId: source,
      })),
    ),
    ...keysOf(SLIP_COLUMNS, [
      makeDeposit({ id: 'a', cheques: [makeCheque('k', 1)] }),
      makeDeposit({ id: 'b', cheques: [makeCheque('k', 1)], status: 'deposited', depositedOn: '2026-03-09' }),
    ]),
    ...keysOf(
      USER_COLUMNS,
      ROLES.flatMap((role) => [false, true].map((disabled) => ({ role, disabled }) as UserDocument)),
    ),
  ];

  it('has every header and coded value in French and in English', async () => {
    expect(keys.length).toBeGreaterThan(40);
    for (const key of new Set(keys)) {
      expect(has(fr, key), `fr: ${key}`).toBe(true);
      expect(has(en, key), `en: ${key}`).toBe(true);
    }
    // Through i18next itself, which reads « : » as a namespace and gives back a missing key.
    for (const language of ['fr', 'en'] as const) {
      const i18n = await initI18n(language);
      for (const key of new Set(keys)) {
        const text = i18n.t(key as 'tables.actions');
        const tree = language === 'fr' ? fr : en;
        expect(unspaced(text), `${language}: ${key}`).toBe(unspaced(leaf(tree, key)));
      }
    }
  });
});
