import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import type { JsonSchema } from '@shared/schema/collection-spec';
import { collectionSpecs } from '@shared/schema/collections';
import { settingsDocumentSchema, settingValueSchemas, UNKNOWN_SETTING_BOUNDS } from '@shared/schema/settings';
import { enrolRequestSchema, MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH } from '@shared/sync/protocol';
import { userDocumentSchema } from '@shared/auth/user';
import { emailSchema, optionalText, phoneSchema, requiredText } from '@shared/members/fields';
import { memberNumberSchema } from '@shared/members/person';
import { organisationSchema } from '@shared/schema/organisation';

/**
 * Open maps whose size no JSON schema states, and what bounds them instead. Anything else open
 * fails the test below: a new field must say its maximum.
 */
const OPEN_MAPS: Record<string, string> = {
  'settings.value': 'checked against the setting’s own schema, or UNKNOWN_SETTING_BOUNDS',
  'people.customFields': 'keys of 40 and values of 1,000 characters, the document of MAX_DOCUMENT_BYTES',
};

/** A pattern bounds a string's length when it is anchored and repeats nothing without end. */
const boundedPattern = (pattern: unknown) =>
  typeof pattern === 'string' && /^\^.*\$$/.test(pattern) && !/[*+]|\{\d+,\}/.test(pattern);

/** Paths of the strings, arrays and maps of `schema` that have no maximum, and its depth. */
function unbounded(schema: JsonSchema, path: string, found: string[], depth = 1): number {
  let deepest = depth;
  const visit = (inner: unknown, innerPath: string, innerDepth: number) => {
    deepest = Math.max(deepest, unbounded(inner as JsonSchema, innerPath, found, innerDepth));
  };
  if (schema.type === 'string' && typeof schema.maxLength !== 'number') {
    if (!schema.enum && schema.const === undefined && !boundedPattern(schema.pattern)) found.push(path);
  }
  if (schema.type === 'array' && typeof schema.maxItems !== 'number') found.push(path);
  if (typeof schema.additionalProperties === 'object' && !OPEN_MAPS[path]) found.push(`${path}.*`);
  for (const [key, inner] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    visit(inner, `${path}.${key}`, depth + 1);
  }
  if (typeof schema.additionalProperties === 'object')
    visit(schema.additionalProperties, `${path}.*`, depth + 1);
  if (schema.items) visit(schema.items, `${path}[]`, depth + 1);
  for (const union of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const inner of (schema[union] ?? []) as unknown[]) visit(inner, path, depth);
  }
  return deepest;
}

/** A push is an array (1) of rows (2) holding the document (3): its fields start below. */
const PUSH_ENVELOPE_DEPTH = 2;

const organisation = {
  name: 'Chorale du Lavoir',
  rna: 'W2A1001234',
  siren: '',
  address: { line1: '1 rue du Lavoir', line2: '', postalCode: '20000', city: 'Ajaccio' },
  object: 'Pratique du chant choral',
  category: 'interet-general',
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: 'Jean Martin',
  signatoryTitle: 'Trésorier',
  logo: '',
  signature: '',
};
const stamps = {
  createdAt: '2026-09-01T08:00:00.000Z',
  updatedAt: '2026-09-01T08:00:00.000Z',
  updatedBy: 'user-1',
  deviceId: 'device-1',
};

describe('every field has a maximum', () => {
  it('in the schema of every collection, and the depth fits what the API reads', () => {
    for (const spec of Object.values(collectionSpecs)) {
      const found: string[] = [];
      const depth = unbounded(toRxJsonSchema(spec) as unknown as JsonSchema, spec.name, found);
      expect(found, spec.name).toEqual([]);
      expect(PUSH_ENVELOPE_DEPTH + depth, spec.name).toBeLessThanOrEqual(MAX_JSON_DEPTH);
    }
  });

  it('in the value of every setting, known or not', () => {
    for (const [key, schema] of Object.entries(settingValueSchemas)) {
      const found: string[] = [];
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const depth = unbounded(json, key, found);
      expect(found, key).toEqual([]);
      // settings document (1) → value (2) → the setting's own levels.
      expect(PUSH_ENVELOPE_DEPTH + 1 + depth, key).toBeLessThanOrEqual(MAX_JSON_DEPTH);
    }
    expect(PUSH_ENVELOPE_DEPTH + 1 + UNKNOWN_SETTING_BOUNDS.maxDepth).toBeLessThanOrEqual(MAX_JSON_DEPTH);
  });

  it('refuses a setting beyond its schema, and an unknown one beyond the bounds', () => {
    const document = (id: string, value: unknown) => ({ id, ...stamps, value });
    expect(settingsDocumentSchema.safeParse(document('organisation', organisation)).success).toBe(true);
    const long = settingsDocumentSchema.safeParse(
      document('organisation', { ...organisation, name: 'x'.repeat(7 * 1024 * 1024) }),
    );
    expect(long.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['value.name']);
    const padded = document('organisation', { ...organisation, siren: ' '.repeat(1000) });
    expect(settingsDocumentSchema.safeParse(padded).success).toBe(false);
    expect(settingsDocumentSchema.safeParse(document('organisation', { name: 'A' })).success).toBe(false);

    expect(settingsDocumentSchema.safeParse(document('later-setting', { a: [1, 'deux'] })).success).toBe(
      true,
    );
    for (const value of [
      { blob: 'x'.repeat(UNKNOWN_SETTING_BOUNDS.maxText + 1) },
      { ['k'.repeat(UNKNOWN_SETTING_BOUNDS.maxKey + 1)]: 1 },
      { list: Array.from({ length: UNKNOWN_SETTING_BOUNDS.maxEntries + 1 }, () => 0) },
      { a: { b: { c: { d: { e: { f: {} } } } } } },
    ]) {
      const parsed = settingsDocumentSchema.safeParse(document('later-setting', value));
      expect(parsed.error?.issues[0]?.message).toBe('errors.sync.settingUnbounded');
    }
  });

  it('lets the largest real document through: the organisation with its logo and signature', () => {
    // 300 KB images, the most the form accepts, in base64.
    const image = `data:image/png;base64,${'A'.repeat(Math.floor((300 * 1024 * 4) / 3))}`;
    const value = {
      ...organisation,
      object: 'o'.repeat(1000),
      name: 'n'.repeat(150),
      logo: image,
      signature: image,
    };
    const document = { id: 'organisation', ...stamps, value };
    expect(settingsDocumentSchema.safeParse(document).error).toBeUndefined();
    const pushed = JSON.stringify({ ...document, _deleted: false });
    expect(new TextEncoder().encode(pushed).length).toBeLessThan(MAX_DOCUMENT_BYTES);
  });
});

describe('a trimmed text', () => {
  const padding = ' '.repeat(100_000);

  it('is measured as sent, spaces around it included, then stored trimmed', () => {
    const fields: [string, z.ZodType, string][] = [
      ['required text', requiredText(80, 'required'), 'Dupont'],
      ['optional text', optionalText(120), 'Bâtiment B'],
      ['e-mail', emailSchema, 'jean@example.org'],
      ['phone', phoneSchema, '06 12 34 56 78'],
      ['member number', memberNumberSchema, 'A-0042'],
      ['enrolment code', enrolRequestSchema.shape.code, 'ABCD-EFGH'],
    ];
    for (const [name, schema, value] of fields) {
      expect(schema.safeParse(` ${value} `).data, name).toBe(name === 'e-mail' ? value : value.trim());
      expect(schema.safeParse(`${value}${padding}`).success, name).toBe(false);
      expect(schema.safeParse(`${padding}${value}`).success, name).toBe(false);
    }
  });

  it('in documents and settings: an account, the organisation', () => {
    const user = { id: 'user-1', ...stamps, name: `Marie${padding}`, role: 'secretary' };
    const names = userDocumentSchema.safeParse(user).error?.issues.map((issue) => issue.path.join('.'));
    expect(names).toContain('name');
    const parsed = organisationSchema.safeParse({ ...organisation, object: `Chant${padding}` });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['object']);
    const address = { ...organisation.address, postalCode: `20000${padding}` };
    expect(organisationSchema.safeParse({ ...organisation, address }).success).toBe(false);
  });
});
