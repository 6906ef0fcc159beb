/**
 * Writes shared/schema/rx-json-schemas.json: the RxDB JSON schema of every collection, derived
 * from its zod schema by `toRxJsonSchema` (shared/schema/collection-spec.ts) once, here, instead
 * of at every start of the app (about 50 ms of the page's thread at a cold start, issue 19).
 * `npm run schemas` after changing a collection's schema; its unit test fails until then.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { collectionSpecs } from '@shared/schema/collections';
import { toRxJsonSchema } from '@shared/schema/collection-spec';

const target = fileURLToPath(new URL('../shared/schema/rx-json-schemas.json', import.meta.url));
const schemas = Object.fromEntries(
  Object.values(collectionSpecs).map((spec) => [spec.name, toRxJsonSchema(spec)]),
);
const options = await prettier.resolveConfig(target);
writeFileSync(target, await prettier.format(JSON.stringify(schemas), { ...options, parser: 'json' }));
console.log(`${Object.keys(schemas).length} schémas RxDB écrits dans ${target}`);
