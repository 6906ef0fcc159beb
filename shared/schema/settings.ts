import { z } from 'zod';
import { exceedsJsonBounds } from '@shared/json/bounded';
import type { JsonBounds } from '@shared/json/bounded';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { organisationSchema } from '@shared/schema/organisation';
import { securitySettingsSchema } from '@shared/auth/security-settings';
import { customFieldsSettingSchema } from '@shared/members/custom-fields';
import { seasonsSettingSchema } from '@shared/members/season';
import { retentionSettingSchema } from '@shared/members/retention';
import { closingSettingSchema } from '@shared/events/closing-rules';
import { importMappingsSettingSchema } from '@shared/import/mapping';

/**
 * Association-wide settings, one document per key (`id` is the key). Each value has its own
 * zod schema below; the data layer validates a value against it on every write and read.
 */
export const settingValueSchemas = {
  organisation: organisationSchema,
  security: securitySettingsSchema,
  seasons: seasonsSettingSchema,
  'custom-fields': customFieldsSettingSchema,
  retention: retentionSettingSchema,
  closing: closingSettingSchema,
  /** The column mappings of the last imported files, reused for the same set of columns. */
  'import-mappings': importMappingsSettingSchema,
} as const;

export type SettingKey = keyof typeof settingValueSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingValueSchemas)[K]>;
export type SettingInput<K extends SettingKey> = z.input<(typeof settingValueSchemas)[K]>;

export const SETTING_KEYS = Object.keys(settingValueSchemas) as SettingKey[];

/**
 * A setting this version does not know (written by a newer one) still syncs, within bounds: its
 * texts, keys, lists and depth are as limited as the fields a schema declares.
 */
export const UNKNOWN_SETTING_BOUNDS: JsonBounds = { maxText: 2000, maxKey: 64, maxEntries: 200, maxDepth: 6 };

/**
 * `value` is checked against its key's own schema: a known setting holds exactly what its form
 * can write (every text bounded), never a 7 MiB string. A refinement, not a change of shape:
 * the RxDB schema derived from this one stays the same.
 */
export const settingsDocumentSchema = documentSchema({
  value: z.record(z.string(), z.unknown()),
}).superRefine((document, context) => {
  const schema = Object.hasOwn(settingValueSchemas, document.id)
    ? settingValueSchemas[document.id as SettingKey]
    : undefined;
  if (!schema) {
    const fault = exceedsJsonBounds(document.value, UNKNOWN_SETTING_BOUNDS);
    if (fault) context.addIssue({ code: 'custom', path: ['value'], message: 'errors.sync.settingUnbounded' });
    return;
  }
  const parsed = schema.safeParse(document.value);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
  }
});
export type SettingsDocument = z.output<typeof settingsDocumentSchema>;

export const settingsCollection = defineCollection({
  name: 'settings',
  version: 0,
  schema: settingsDocumentSchema,
});
