import type { z } from 'zod';
import type { WriteContext } from '@shared/schema/common';
import type { SettingInput, SettingKey, SettingValue } from '@shared/schema/settings';
import { settingValueSchemas, settingsDocumentSchema } from '@shared/schema/settings';
import type { TilleulDatabase } from '@renderer/data/database';

export type SettingRead<K extends SettingKey> =
  | { state: 'missing' }
  | { state: 'ok'; value: SettingValue<K>; updatedAt: string }
  /** Stored but no longer valid (an older version, a bad sync): shown, never silently replaced. */
  | { state: 'invalid'; raw: unknown; issues: z.core.$ZodIssue[] };

export function readSetting<K extends SettingKey>(
  key: K,
  document: { readonly value: unknown; readonly updatedAt: string } | null,
): SettingRead<K> {
  if (!document) return { state: 'missing' };
  const parsed = settingValueSchemas[key].safeParse(document.value);
  if (!parsed.success) return { state: 'invalid', raw: document.value, issues: parsed.error.issues };
  return { state: 'ok', value: parsed.data as SettingValue<K>, updatedAt: document.updatedAt };
}

/**
 * Validates `input` with the setting's zod schema (throws the `ZodError` for the form to show)
 * and writes it, stamped with who and which device. Nothing invalid reaches the database.
 */
export async function saveSetting<K extends SettingKey>(
  db: TilleulDatabase,
  context: WriteContext,
  key: K,
  input: SettingInput<K>,
): Promise<SettingValue<K>> {
  const value = settingValueSchemas[key].parse(input) as SettingValue<K>;
  const now = context.now().toISOString();
  const existing = await db.settings.findOne(key).exec();
  const document = settingsDocumentSchema.parse({
    id: key,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    updatedBy: context.userId,
    deviceId: context.deviceId,
    value,
  });
  await db.settings.upsert(document);
  return value;
}
