import { describe, expect, it } from 'vitest';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import { householdsCollection } from '@shared/members/household';
import { membershipDocumentSchema, membershipsCollection } from '@shared/members/membership';
import { ageOn, displayName, peopleCollection, personDocumentSchema } from '@shared/members/person';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { postalAddressOf, newHouseholdMemberDraft } from '@shared/members/household';

const base = {
  id: 'p1',
  createdAt: '2025-09-01T10:00:00.000Z',
  updatedAt: '2025-09-01T10:00:00.000Z',
  updatedBy: 'u1',
  deviceId: 'd1',
};

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('collection specs', () => {
  it.each([peopleCollection, householdsCollection, membershipsCollection])(
    'derives a valid RxDB schema for $name (indexed fields required and bounded)',
    (spec) => {
      const schema = toRxJsonSchema(spec);
      expect(schema.version).toBe(spec === membershipsCollection ? 4 : spec === peopleCollection ? 4 : 0);
      expect(schema.indexes.length).toBeGreaterThan(0);
      for (const index of schema.indexes.flat()) expect(schema.required).toContain(index);
    },
  );

  it('indexes what the screens query', () => {
    expect(toRxJsonSchema(peopleCollection).indexes).toEqual(['lastName', 'memberNumber', 'householdId']);
    expect(toRxJsonSchema(membershipsCollection).indexes).toContainEqual('seasonId');
    expect(toRxJsonSchema(membershipsCollection).indexes).toContainEqual('holderId');
  });
});

describe('people', () => {
  it('fills every optional text with an empty string, never undefined', () => {
    const person = personDocumentSchema.parse({ ...base, lastName: '  Lefèvre ' });
    expect(person).toMatchObject({
      kind: 'person',
      firstName: '',
      lastName: 'Lefèvre',
      birthDate: '',
      email: '',
      householdId: '',
      memberNumber: '',
      formerMemberNumbers: [],
      notes: '',
      customFields: {},
      address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
      consents: { imageRights: { status: 'unknown', on: '' } },
    });
  });

  it('normalises e-mail and member number as typed', () => {
    const person = makePerson({ id: 'p1', email: ' Elodie.Lefevre@Example.ORG ', memberNumber: 'a-0042' });
    expect(person.email).toBe('elodie.lefevre@example.org');
    expect(person.memberNumber).toBe('A-0042');
  });

  it.each([
    [{ lastName: '' }, 'errors.members.lastNameRequired'],
    [{ birthDate: '1984-02-31' }, 'errors.common.isoDate'],
    [{ birthDate: '1850-01-01' }, 'errors.members.birthDateTooOld'],
    [{ email: 'elodie@' }, 'errors.members.emailFormat'],
    [{ phone: 'appeler le soir' }, 'errors.members.phoneFormat'],
    [{ memberNumber: '42' }, 'errors.members.memberNumberFormat'],
    [{ address: { line1: '3 rue des Tilleuls', postalCode: '2425' } }, 'errors.members.postalCodeFormat'],
    [{ address: { line1: '3 rue des Tilleuls', postalCode: '24250' } }, 'errors.members.cityRequired'],
    [{ consents: { imageRights: { status: 'granted' } } }, 'errors.members.consentDateRequired'],
    [
      { consents: { newsletter: { status: 'unknown', on: '2025-09-01' } } },
      'errors.members.consentStatusRequired',
    ],
    [{ kind: 'organisation', firstName: 'Jean' }, 'errors.members.organisationNoFirstName'],
    [{ siren: '732829320' }, 'errors.members.sirenOnlyForOrganisations'],
    [{ kind: 'organisation', siren: '732829321' }, 'errors.organisation.sirenChecksum'],
  ])('refuses %j with %s', (fields, key) => {
    expect(messages(personDocumentSchema.safeParse({ ...base, lastName: 'Martin', ...fields }))).toContain(
      key,
    );
  });

  it('accepts a foreign address with its own postal code and an organisation with a SIREN', () => {
    expect(
      personDocumentSchema.safeParse({
        ...base,
        lastName: 'Dupont',
        address: { line1: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'Belgique' },
      }).success,
    ).toBe(true);
    const company = makePerson({
      id: 'o1',
      kind: 'organisation',
      lastName: 'Boulangerie du Lavoir',
      siren: '732 829 320',
    });
    expect(company.siren).toBe('732829320');
  });

  it('keeps a dated refusal as well as an agreement', () => {
    const person = makePerson({
      id: 'p1',
      consents: {
        imageRights: { status: 'refused', on: '2025-09-06' },
        dataProcessing: { status: 'granted', on: '2025-09-06' },
      },
    });
    expect(person.consents.imageRights).toEqual({ status: 'refused', on: '2025-09-06' });
    expect(person.consents.newsletter.status).toBe('unknown');
  });

  it('computes display name and age', () => {
    expect(displayName({ firstName: 'Noé', lastName: 'Lefèvre' })).toBe('Noé Lefèvre');
    expect(displayName({ firstName: '', lastName: 'Boulangerie du Lavoir' })).toBe('Boulangerie du Lavoir');
    expect(ageOn('2015-07-02', '2025-07-01')).toBe(9);
    expect(ageOn('2015-07-02', '2025-07-02')).toBe(10);
    expect(ageOn('', '2025-07-02')).toBeUndefined();
  });
});

describe('households', () => {
  it('a child created from a parent copies household and address (own address first, else the household’s)', () => {
    const household = makeHousehold({
      id: 'h1',
      address: { line1: '3 rue des Tilleuls', postalCode: '24250', city: 'Domme' },
    });
    const parent = makePerson({ id: 'p1', lastName: 'Lefèvre', householdId: 'h1' });
    expect(postalAddressOf(parent, household).city).toBe('Domme');
    expect(newHouseholdMemberDraft(parent, household)).toEqual({
      lastName: 'Lefèvre',
      householdId: 'h1',
      address: household.address,
    });
  });
});

describe('memberships', () => {
  it('stores integer cents and refuses a float', () => {
    expect(makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1', amount: 1550 }).amount).toBe(1550);
    expect(
      messages(
        membershipDocumentSchema.safeParse({
          ...makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1' }),
          amount: 15.5,
        }),
      ),
    ).toContain('errors.members.amountInvalid');
  });

  it('requires the cheque number for a cheque, and only then', () => {
    const valid = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1' });
    expect(messages(membershipDocumentSchema.safeParse({ ...valid, paymentMethod: 'cheque' }))).toContain(
      'errors.members.chequeNumberRequired',
    );
    expect(messages(membershipDocumentSchema.safeParse({ ...valid, chequeNumber: '1234567' }))).toContain(
      'errors.members.chequeNumberOnlyForCheque',
    );
    expect(
      membershipDocumentSchema.safeParse({ ...valid, paymentMethod: 'cheque', chequeNumber: '1234567' })
        .success,
    ).toBe(true);
  });

  it('refuses 31/02 as a paid date and a cancellation before payment', () => {
    const valid = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1' });
    expect(messages(membershipDocumentSchema.safeParse({ ...valid, paidOn: '2026-02-31' }))).toContain(
      'errors.common.isoDate',
    );
    expect(messages(membershipDocumentSchema.safeParse({ ...valid, cancelledOn: '2025-09-01' }))).toContain(
      'errors.members.cancelledBeforePaid',
    );
  });

  it('gives the memberships stored before version 1 an empty cancellation reason', () => {
    const { cancelReason, origin, ...before } = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1' });
    expect(cancelReason).toBe('');
    const migrated = membershipsCollection.migrations?.[1]?.(before) ?? {};
    expect(membershipDocumentSchema.parse({ ...migrated, origin })).toEqual({
      ...before,
      cancelReason: '',
      origin,
    });
  });

  it('says that every record stored before the door could make one was made at the office', () => {
    const { origin, ...membership } = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1' });
    expect(origin).toBe('office');
    const migrated = membershipsCollection.migrations?.[2]?.(membership);
    expect(membershipDocumentSchema.parse(migrated).origin).toBe('office');
    const person = personDocumentSchema.parse({ ...base, lastName: 'Roux' });
    const { origin: _personOrigin, ...before } = person;
    expect(peopleCollection.migrations?.[1]?.(before)).toEqual(person);
    expect(personDocumentSchema.safeParse({ ...person, origin: 'ailleurs' }).success).toBe(false);
  });

  it('gives the people stored before version 1 no merged ids', () => {
    const { mergedIds, ...before } = makePerson({ id: 'p1' });
    expect(mergedIds).toEqual([]);
    const migrated = peopleCollection.migrations?.[1]?.(before);
    expect(personDocumentSchema.parse(migrated)).toEqual({ ...before, mergedIds: [] });
  });

  it('version 2 (people) and 3 (memberships): nothing stored before came from an import', () => {
    const { importId, ...person } = makePerson({ id: 'p1' });
    expect(importId).toBe('');
    expect(peopleCollection.migrations?.[2]?.(person)).toEqual({ ...person, importId: '' });
    const { importId: membershipImport, ...membership } = makeMembership({
      id: 'm1',
      holderId: 'p1',
      seasonId: 's1',
    });
    expect(membershipImport).toBe('');
    expect(membershipsCollection.migrations?.[3]?.(membership)).toEqual({ ...membership, importId: '' });
    // Chained from version 0, a stored person reads whole with the current schema.
    const { origin: _o, mergedIds: _m, ...v0 } = person;
    const chained = [1, 2].reduce(
      (doc, v) => peopleCollection.migrations?.[v]?.(doc) ?? doc,
      v0 as Record<string, unknown>,
    );
    expect(personDocumentSchema.parse(chained)).toEqual({ ...person, importId: '' });
    expect(personDocumentSchema.safeParse({ ...person, importId: 'Pas Un Id!' }).success).toBe(false);
  });

  it('version 4 (memberships): no fee stored before was on a tax receipt', () => {
    const { receiptId, ...membership } = makeMembership({ id: 'm1', holderId: 'p1', seasonId: 's1' });
    expect(receiptId).toBe('');
    expect(membershipsCollection.migrations?.[4]?.(membership)).toEqual({ ...membership, receiptId: '' });
    // Chained from version 0, a stored fee reads whole with the current schema.
    const { cancelReason: _c, origin: _o, importId: _i, ...v0 } = membership;
    const chained = [1, 2, 3, 4].reduce(
      (doc, v) => membershipsCollection.migrations?.[v]?.(doc) ?? doc,
      v0 as Record<string, unknown>,
    );
    expect(membershipDocumentSchema.parse(chained)).toEqual({ ...membership, receiptId: '' });
  });

  it('version 3 (people): nobody stored before was erased', () => {
    const { erasedOn, ...person } = makePerson({ id: 'p1' });
    expect(erasedOn).toBe('');
    expect(peopleCollection.migrations?.[3]?.(person)).toEqual({ ...person, erasedOn: '' });
    const { origin: _o, mergedIds: _m, importId: _i, ...v0 } = person;
    const chained = [1, 2, 3].reduce(
      (doc, v) => peopleCollection.migrations?.[v]?.(doc) ?? doc,
      v0 as Record<string, unknown>,
    );
    expect(personDocumentSchema.parse(chained)).toEqual({ ...person, erasedOn: '' });
    expect(personDocumentSchema.safeParse({ ...person, erasedOn: '14/07/2026' }).success).toBe(false);
  });

  it('version 4 (people): no forme juridique was recorded before; only an organisation has one', () => {
    const { legalForm, ...person } = makePerson({ id: 'p1' });
    expect(legalForm).toBe('');
    expect(peopleCollection.migrations?.[4]?.(person)).toEqual({ ...person, legalForm: '' });
    const { origin: _o, mergedIds: _m, importId: _i, erasedOn: _e, ...v0 } = person;
    const chained = [1, 2, 3, 4].reduce(
      (doc, v) => peopleCollection.migrations?.[v]?.(doc) ?? doc,
      v0 as Record<string, unknown>,
    );
    expect(personDocumentSchema.parse(chained)).toEqual({ ...person, legalForm: '' });
    const company = { ...person, kind: 'organisation', firstName: '', birthDate: '', siren: '732829320' };
    expect(personDocumentSchema.parse({ ...company, legalForm: ' SAS ' }).legalForm).toBe('SAS');
    expect(personDocumentSchema.safeParse({ ...company, legalForm: 'x'.repeat(61) }).success).toBe(false);
    const refused = personDocumentSchema.safeParse({ ...person, legalForm: 'SARL' });
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      'errors.members.legalFormOnlyForOrganisations',
    ]);
  });
});
