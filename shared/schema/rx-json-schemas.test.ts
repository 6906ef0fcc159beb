import { describe, expect, it } from 'vitest';
import { collectionSpecs } from '@shared/schema/collections';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import derivedSchemas from '@shared/schema/rx-json-schemas.json';

describe('the RxDB schemas derived at build time (rx-json-schemas.json)', () => {
  it('are, for every collection and no other, what its zod schema gives today — else `npm run schemas`', () => {
    expect(Object.keys(derivedSchemas).sort()).toEqual(
      Object.values(collectionSpecs)
        .map((spec) => spec.name)
        .sort(),
    );
    for (const spec of Object.values(collectionSpecs)) {
      expect(
        (derivedSchemas as Record<string, unknown>)[spec.name],
        `${spec.name} : schéma RxDB périmé, lancez « npm run schemas »`,
      ).toEqual(toRxJsonSchema(spec));
    }
  });
});
