import { describe, expect, it } from 'vitest';
import { makePerson } from '@shared/members/testing';
import { retentionCandidates, retentionSettingSchema, yearsBefore } from '@shared/members/retention';
import type { RetentionInput } from '@shared/members/retention';
import type { PersonInput } from '@shared/members/person';

const TODAY = '2026-09-10';
const setting = retentionSettingSchema.parse({});
const person = (id: string, fields: Partial<PersonInput> = {}) =>
  makePerson({ id, createdAt: '2018-01-15T10:00:00.000Z', ...fields });
const fee = (holderId: string, paidOn: string, holderKind = 'person') => ({ holderKind, holderId, paidOn });
const none = { memberships: [], donations: [], attendance: [] };

const listed = (input: Partial<RetentionInput> & Pick<RetentionInput, 'people'>, years = setting) =>
  retentionCandidates({ ...none, ...input }, years, TODAY).map((c) => c.personId);

describe('the retention setting', () => {
  it('defaults to 3 years after the last contact (CNIL) and takes 1 to 10 whole years', () => {
    expect(setting).toEqual({ yearsAfterLastContact: 3 });
    expect(retentionSettingSchema.safeParse({ yearsAfterLastContact: 5 }).success).toBe(true);
    for (const bad of [0, 11, 2.5, '3', -1]) {
      const parsed = retentionSettingSchema.safeParse({ yearsAfterLastContact: bad });
      expect(parsed.success, String(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('errors.retention.years');
    }
    expect(retentionSettingSchema.safeParse({ yearsAfterLastContact: 3, extra: 1 }).success).toBe(false);
  });

  it('counts whole years back, 29 February falling on the 28th', () => {
    expect(yearsBefore('2026-09-10', 3)).toBe('2023-09-10');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
  });
});

describe('who the retention assistant lists', () => {
  it('lists a former member whose last fee is exactly the period ago, not one a day later', () => {
    const people = [person('old'), person('recent')];
    const memberships = [fee('old', '2023-09-10'), fee('recent', '2023-09-11')];
    expect(listed({ people, memberships })).toEqual(['old']);
    // With 5 years, neither.
    expect(listed({ people, memberships }, { yearsAfterLastContact: 5 })).toEqual([]);
  });

  it('takes the latest contact: a gift, a check-in, a household fee — never the record’s creation (an import)', () => {
    const people = [
      person('donor'),
      person('came-back'),
      person('family', { householdId: 'household-1' }),
      person('new-donor', { createdAt: '2024-01-01T10:00:00.000Z' }),
    ];
    const result = retentionCandidates(
      {
        people,
        memberships: [
          fee('came-back', '2019-09-01'),
          fee('household-1', '2024-09-01', 'household'),
          fee('family', '2019-01-01'),
        ],
        donations: [
          { donorId: 'donor', receivedOn: '2021-12-01' },
          { donorId: 'new-donor', receivedOn: '2020-01-01' },
        ],
        attendance: [
          { personId: 'came-back', present: true, checkedInAt: '2025-05-01T19:00:00.000Z' },
          { personId: 'donor', present: false, checkedInAt: '' },
        ],
      },
      setting,
      TODAY,
    );
    expect(result).toEqual([
      { personId: 'new-donor', lastContact: '2020-01-01', member: false, donor: true },
      { personId: 'donor', lastContact: '2021-12-01', member: false, donor: true },
    ]);
  });

  it('never lists people who were neither members nor donors, erased people, or a merged record’s survivor too early', () => {
    const people = [
      person('contact-only'),
      person('erased', { erasedOn: '2025-01-01' }),
      person('survivor', { mergedIds: ['absorbed'] }),
    ];
    const memberships = [
      fee('erased', '2019-01-01'),
      fee('survivor', '2019-01-01'),
      fee('absorbed', '2025-01-01'),
    ];
    expect(listed({ people, memberships })).toEqual([]);
    expect(listed({ people, memberships: memberships.slice(0, 2) })).toEqual(['survivor']);
  });

  it('sorts from the oldest contact', () => {
    const people = [person('b'), person('a'), person('c')];
    const memberships = [fee('b', '2020-01-01'), fee('a', '2021-01-01'), fee('c', '2020-01-01')];
    expect(listed({ people, memberships })).toEqual(['b', 'c', 'a']);
  });
});
