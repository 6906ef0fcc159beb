import { z } from 'zod';
import { isoDate, trimmedText } from '@shared/schema/common';
import { requiredText } from '@shared/members/fields';
import { tooLong } from '@shared/schema/messages';

/**
 * Custom fields the association defines in Paramètres (setting key `custom-fields`), and the
 * validation of a person's values against them.
 */
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** Ids are stable slugs: renaming a field's label must not orphan the values already typed. */
export const CUSTOM_FIELD_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** What a person document may hold for one custom field. Empty = key absent. */
export const customFieldValueSchema = z.union([z.string().max(1000), z.number(), z.boolean()]);
export type CustomFieldValue = z.output<typeof customFieldValueSchema>;

export const customFieldDefinitionSchema = z
  .object({
    id: z
      .string()
      .max(40, { error: tooLong(40) })
      .regex(CUSTOM_FIELD_ID_PATTERN, { error: 'errors.members.customFieldIdFormat' }),
    label: requiredText(80, 'errors.members.customFieldLabelRequired'),
    type: z.enum(CUSTOM_FIELD_TYPES, { error: 'errors.members.customFieldTypeRequired' }),
    /** Only for `choice`. */
    choices: z.array(requiredText(80, 'errors.members.customFieldChoiceRequired')).max(50).default([]),
    required: z.boolean().default(false),
    /** Hidden from forms, values kept: deleting a field would delete what people typed. */
    archived: z.boolean().default(false),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && field.choices.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'errors.members.customFieldChoicesRequired',
      });
    }
    if (field.type !== 'choice' && field.choices.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'errors.members.customFieldChoicesOnlyForChoice',
      });
    }
    if (new Set(field.choices).size !== field.choices.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'errors.members.customFieldChoicesDuplicate',
      });
    }
  });
export type CustomFieldDefinition = z.output<typeof customFieldDefinitionSchema>;
export type CustomFieldDefinitionInput = z.input<typeof customFieldDefinitionSchema>;

/** Setting value for the key `custom-fields`. */
export const customFieldsSettingSchema = z
  .object({ fields: z.array(customFieldDefinitionSchema).max(100).default([]) })
  .strict()
  .superRefine((setting, ctx) => {
    const seen = new Set<string>();
    setting.fields.forEach((field, index) => {
      if (seen.has(field.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', index, 'id'],
          message: 'errors.members.customFieldIdDuplicate',
        });
      }
      seen.add(field.id);
    });
  });
export type CustomFieldsSetting = z.output<typeof customFieldsSettingSchema>;

function valueSchemaFor(field: CustomFieldDefinition): z.ZodType<CustomFieldValue> {
  switch (field.type) {
    case 'text':
      return trimmedText(1000);
    case 'number':
      return z.number({ error: 'errors.members.customFieldNumber' }).refine(Number.isFinite, {
        error: 'errors.members.customFieldNumber',
      });
    case 'date':
      return isoDate;
    case 'boolean':
      return z.boolean({ error: 'errors.members.customFieldBoolean' });
    case 'choice':
      return z.string().refine((value) => field.choices.includes(value), {
        error: 'errors.members.customFieldChoice',
      });
  }
}

const isEmpty = (value: unknown) => value === undefined || value === '' || value === null;

/**
 * A zod schema for a person's `customFields` under these definitions, for forms (zod resolver)
 * and for the data layer before a write. Empty values are removed from the output (absent key =
 * empty); values of archived or unknown fields pass through unchanged.
 */
export function customFieldValuesSchema(definitions: readonly CustomFieldDefinition[]) {
  const active = definitions.filter((field) => !field.archived);
  const activeIds = new Set(active.map((field) => field.id));
  return z.record(z.string(), z.unknown()).transform((values, ctx) => {
    const out: Record<string, CustomFieldValue> = {};
    for (const [key, value] of Object.entries(values)) {
      if (activeIds.has(key) || isEmpty(value)) continue;
      if (customFieldValueSchema.safeParse(value).success) out[key] = value as CustomFieldValue;
    }
    for (const field of active) {
      const value = values[field.id];
      if (isEmpty(value)) {
        if (field.required) {
          ctx.addIssue({ code: 'custom', path: [field.id], message: 'errors.members.customFieldRequired' });
        }
        continue;
      }
      const parsed = valueSchemaFor(field).safeParse(value);
      if (parsed.success) {
        if (!isEmpty(parsed.data)) out[field.id] = parsed.data;
        else if (field.required) {
          ctx.addIssue({ code: 'custom', path: [field.id], message: 'errors.members.customFieldRequired' });
        }
      } else {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', path: [field.id], message: issue.message });
        }
      }
    }
    return out;
  });
}

export interface CustomFieldIssue {
  fieldId: string;
  /** i18n key. */
  message: string;
}

/** The same check as a plain function: `[]` when every value fits its definition. */
export function validateCustomFieldValues(
  values: Readonly<Record<string, unknown>>,
  definitions: readonly CustomFieldDefinition[],
): CustomFieldIssue[] {
  const result = customFieldValuesSchema(definitions).safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    fieldId: String(issue.path[0] ?? ''),
    message: issue.message,
  }));
}
