import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { organisationSchema } from '@shared/schema/organisation';
import { securitySettingsSchema } from '@shared/auth/security-settings';
import { customFieldsSettingSchema } from '@shared/members/custom-fields';
import { seasonsSettingSchema } from '@shared/members/season';

/**
 * Association-wide settings, one document per key (`id` is the key). Each value has its own
 * zod schema below; the data layer validates a value against it on every write and read.
 */
export const settingValueSchemas = {
  organisation: organisationSchema,
  security: securitySettingsSchema,
  seasons: seasonsSettingSchema,
  'custom-fields': customFieldsSettingSchema,
} as const;

export type SettingKey = keyof typeof settingValueSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingValueSchemas)[K]>;
export type SettingInput<K extends SettingKey> = z.input<(typeof settingValueSchemas)[K]>;

export const SETTING_KEYS = Object.keys(settingValueSchemas) as SettingKey[];

export const settingsDocumentSchema = documentSchema({
  value: z.record(z.string(), z.unknown()),
});
export type SettingsDocument = z.output<typeof settingsDocumentSchema>;

export const settingsCollection = defineCollection({
  name: 'settings',
  version: 0,
  schema: settingsDocumentSchema,
});
