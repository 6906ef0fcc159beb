import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  defineCollection,
  documentSchema,
  SchemaDerivationError,
  toRxJsonSchema,
} from '@shared/schema/collection-spec';
import { PLANNED_COLLECTIONS, RXDB_FREE_COLLECTION_LIMIT, collectionSpecs } from '@shared/schema/collections';

const people = defineCollection({
  name: 'people',
  version: 0,
  schema: documentSchema({
    lastName: z.string().max(100),
    memberNumber: z.int().min(0).max(999_999),
    archived: z.boolean(),
    note: z.string().optional(),
  }),
  indexes: ['lastName', ['archived', 'memberNumber']],
});

describe('toRxJsonSchema', () => {
  it('derives the RxDB schema from zod: primary key, version, required fields, indexes', () => {
    const schema = toRxJsonSchema(people);
    expect(schema).toMatchObject({ title: 'people', version: 0, primaryKey: 'id', type: 'object' });
    expect(schema.properties.id).toMatchObject({ type: 'string', maxLength: 40 });
    expect(schema.properties.lastName).toMatchObject({ type: 'string', maxLength: 100 });
    expect(schema.properties.memberNumber).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 999_999,
      multipleOf: 1,
    });
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'id',
        'createdAt',
        'updatedAt',
        'updatedBy',
        'deviceId',
        'lastName',
        'memberNumber',
      ]),
    );
    expect(schema.required).not.toContain('note');
    expect(schema.indexes).toEqual(['lastName', ['archived', 'memberNumber']]);
    expect(schema).not.toHaveProperty('$schema');
  });

  it('leaves defaults to zod: RxDB refuses them below the top level', () => {
    const spec = defineCollection({
      name: 'x',
      version: 0,
      schema: documentSchema({ prefs: z.object({ lang: z.string().default('fr') }).default({ lang: 'fr' }) }),
    });
    expect(JSON.stringify(toRxJsonSchema(spec))).not.toContain('"default"');
  });

  it('refuses an index on a string without maxLength', () => {
    const spec = defineCollection({
      name: 'x',
      version: 0,
      schema: documentSchema({ city: z.string() }),
      indexes: ['city'],
    });
    expect(() => toRxJsonSchema(spec)).toThrow(/longueur maximale/);
  });

  it('refuses an index on an optional field or a number without bounds', () => {
    const optional = defineCollection({
      name: 'x',
      version: 0,
      schema: documentSchema({ city: z.string().max(10).optional() }),
      indexes: ['city'],
    });
    expect(() => toRxJsonSchema(optional)).toThrow(/obligatoire/);
    const unbounded = defineCollection({
      name: 'x',
      version: 0,
      schema: documentSchema({ n: z.number() }),
      indexes: ['n'],
    });
    expect(() => toRxJsonSchema(unbounded)).toThrow(SchemaDerivationError);
  });

  it('refuses a version without its migration', () => {
    const spec = defineCollection({
      name: 'x',
      version: 2,
      schema: documentSchema({}),
      migrations: { 1: (d) => d },
    });
    expect(() => toRxJsonSchema(spec)).toThrow(/migration vers la version 2/);
  });

  it('refuses fields reserved by RxDB', () => {
    const spec = defineCollection({ name: 'x', version: 0, schema: documentSchema({ _secret: z.string() }) });
    expect(() => toRxJsonSchema(spec)).toThrow(/réservés/);
  });
});

describe('the collection plan', () => {
  it('stays under the RxDB free tier limit and only creates planned collections', () => {
    expect(PLANNED_COLLECTIONS.length).toBeLessThanOrEqual(RXDB_FREE_COLLECTION_LIMIT);
    for (const [name, spec] of Object.entries(collectionSpecs)) {
      expect(PLANNED_COLLECTIONS).toContain(name);
      expect(spec.name).toBe(name);
      expect(() => toRxJsonSchema(spec)).not.toThrow();
    }
  });
});
