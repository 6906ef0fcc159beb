import { describe, expect, it } from 'vitest';
import { generateDemoAssociation, isDemoId } from '@shared/demo/demo-association';
import { mulberry32 } from '@shared/demo/prng';
import { customFieldsSettingSchema, validateCustomFieldValues } from '@shared/members/custom-fields';
import { householdDocumentSchema } from '@shared/members/household';
import { membershipDocumentSchema } from '@shared/members/membership';
import { personDocumentSchema } from '@shared/members/person';
import { seasonsSettingSchema } from '@shared/members/season';
import { createStatusResolver } from '@shared/members/status';

describe('demo association', () => {
  const demo = generateDemoAssociation({ size: 'small', seed: 42 });

  it('outputs documents that every schema accepts unchanged', () => {
    for (const person of demo.people) expect(personDocumentSchema.parse(person)).toEqual(person);
    for (const household of demo.households)
      expect(householdDocumentSchema.parse(household)).toEqual(household);
    for (const membership of demo.memberships)
      expect(membershipDocumentSchema.parse(membership)).toEqual(membership);
    expect(seasonsSettingSchema.parse(demo.settings.seasons)).toEqual(demo.settings.seasons);
    const fields = customFieldsSettingSchema.parse(demo.settings.customFields).fields;
    for (const person of demo.people)
      expect(validateCustomFieldValues(person.customFields, fields)).toEqual([]);
  });

  it('is reproducible and depends on the seed', () => {
    expect(generateDemoAssociation({ size: 'small', seed: 42 })).toEqual(demo);
    expect(generateDemoAssociation({ size: 'small', seed: 43 }).people[0]).not.toEqual(demo.people[0]);
    expect(mulberry32(1).next()).toBe(mulberry32(1).next());
  });

  it('looks like a real association: families, every status, varied payments, unique numbers', () => {
    expect(demo.people).toHaveLength(300);
    const ids = [...demo.people, ...demo.households, ...demo.memberships].map((doc) => doc.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isDemoId)).toBe(true);
    const numbers = demo.people.map((p) => p.memberNumber).filter(Boolean);
    expect(new Set(numbers).size).toBe(numbers.length);

    const householdSizes = new Map<string, number>();
    for (const person of demo.people) {
      if (person.householdId)
        householdSizes.set(person.householdId, (householdSizes.get(person.householdId) ?? 0) + 1);
    }
    expect(Math.max(...householdSizes.values())).toBeGreaterThanOrEqual(4);
    expect(demo.people.some((p) => p.kind === 'organisation' || p.lastName.includes(' '))).toBe(true);

    const status = createStatusResolver(demo.memberships, demo.settings.seasons.seasons, '2026-01-15');
    const statuses = new Set(demo.people.filter((p) => p.kind === 'person').map(status));
    expect([...statuses].sort()).toEqual(['a-jour', 'a-renouveler', 'ancien-membre', 'jamais-adherent']);
    expect(new Set(demo.memberships.map((m) => m.paymentMethod)).size).toBe(5);
    expect(demo.memberships.some((m) => m.holderKind === 'household')).toBe(true);
    expect(demo.memberships.every((m) => m.paidOn <= '2026-01-15')).toBe(true);
  });

  it('scales to a federation of 50,000 people', () => {
    const federation = generateDemoAssociation({ size: 'federation' });
    expect(federation.people).toHaveLength(50_000);
    const sample = federation.people.filter((_, i) => i % 997 === 0);
    for (const person of sample) expect(personDocumentSchema.safeParse(person).success).toBe(true);
  });
});
