import { z } from 'zod';
import { baseDocumentShape } from '@shared/schema/common';

/**
 * One collection, declared once: its zod schema is the single source of truth, and the RxDB
 * JSON schema is derived from it (`toRxJsonSchema`), so the two cannot drift.
 *
 * `migrations[n]` turns a document of version n-1 into version n. Bumping `version` without the
 * matching migration is refused by `toRxJsonSchema` (and by RxDB at start-up).
 */
export interface CollectionSpec<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  version: number;
  schema: z.ZodObject<Shape>;
  indexes?: readonly (string | readonly string[])[];
  migrations?: Readonly<Record<number, (oldDocument: Record<string, unknown>) => Record<string, unknown>>>;
}

export function defineCollection<Shape extends z.ZodRawShape>(
  spec: CollectionSpec<Shape>,
): CollectionSpec<Shape> {
  return spec;
}

/** Builds a document schema with the common fields of every synced document. */
export function documentSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...baseDocumentShape, ...shape }).strict();
}

export type JsonSchema = Record<string, unknown>;

export interface DerivedRxJsonSchema {
  title: string;
  version: number;
  primaryKey: 'id';
  type: 'object';
  properties: Record<string, JsonSchema>;
  required: string[];
  indexes: (string | string[])[];
  additionalProperties: false;
}

export class SchemaDerivationError extends Error {
  readonly code = 'SCHEMA_DERIVATION';
  constructor(collection: string, detail: string) {
    super(`Collection « ${collection} » : ${detail}`);
    this.name = 'SchemaDerivationError';
  }
}

function isIndexable(
  collection: string,
  field: string,
  property: JsonSchema | undefined,
  required: string[],
) {
  if (!property)
    throw new SchemaDerivationError(collection, `l'index porte sur « ${field} », qui n'existe pas.`);
  if (!required.includes(field)) {
    throw new SchemaDerivationError(collection, `le champ indexé « ${field} » doit être obligatoire.`);
  }
  const type = property.type;
  if (type === 'string') {
    if (typeof property.maxLength !== 'number') {
      throw new SchemaDerivationError(
        collection,
        `le champ indexé « ${field} » doit avoir une longueur maximale (.max()).`,
      );
    }
  } else if (type === 'number' || type === 'integer') {
    if (typeof property.minimum !== 'number' || typeof property.maximum !== 'number') {
      throw new SchemaDerivationError(
        collection,
        `le nombre indexé « ${field} » doit avoir un minimum et un maximum.`,
      );
    }
  } else if (type !== 'boolean') {
    throw new SchemaDerivationError(collection, `« ${field} » (${String(type)}) ne peut pas être indexé.`);
  }
}

/**
 * zod 4's JSON Schema plus what RxDB needs: primary key `id`, the version, indexes checked for
 * RxDB's rules (required fields, `maxLength` on strings, bounds on numbers), integers with
 * `multipleOf: 1` so RxDB can index them.
 */
export function toRxJsonSchema(spec: CollectionSpec): DerivedRxJsonSchema {
  const json = z.toJSONSchema(spec.schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'throw',
  }) as JsonSchema;
  // zod applies defaults before anything is written, and RxDB refuses `default` below the top
  // level, so the JSON schema carries none.
  const properties = JSON.parse(JSON.stringify(json.properties ?? {}), (key, value: unknown) =>
    key === 'default' ? undefined : value,
  ) as Record<string, JsonSchema>;
  const required = [...((json.required as string[] | undefined) ?? [])];

  if (!properties.id || !required.includes('id')) {
    throw new SchemaDerivationError(spec.name, 'le champ « id » est obligatoire (clé primaire).');
  }
  for (const field of Object.keys(properties)) {
    if (field.startsWith('_')) {
      throw new SchemaDerivationError(
        spec.name,
        `« ${field} » : les champs commençant par _ sont réservés à RxDB.`,
      );
    }
  }
  for (let v = 1; v <= spec.version; v++) {
    if (typeof spec.migrations?.[v] !== 'function') {
      throw new SchemaDerivationError(
        spec.name,
        `version ${spec.version} sans migration vers la version ${v}.`,
      );
    }
  }
  for (const property of Object.values(properties)) {
    if (property.type === 'integer') property.multipleOf = 1;
  }

  const indexes = (spec.indexes ?? []).map((index) => (typeof index === 'string' ? index : [...index]));
  for (const index of indexes) {
    for (const field of typeof index === 'string' ? [index] : index) {
      isIndexable(spec.name, field, properties[field], required);
    }
  }

  return {
    title: spec.name,
    version: spec.version,
    primaryKey: 'id',
    type: 'object',
    properties,
    required,
    indexes,
    additionalProperties: false,
  };
}
