import type { WriteContext } from '@shared/schema/common';
import { newStamps } from '@shared/schema/stamps';
import type { SettingInput, SettingKey, SettingValue } from '@shared/schema/settings';
import { settingValueSchemas, settingsDocumentSchema } from '@shared/schema/settings';
import type { TilleulDatabase } from '@renderer/data/database';

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
  const existing = await db.settings.findOne(key).exec();
  const stamps = newStamps(context, key);
  const document = settingsDocumentSchema.parse({
    ...stamps,
    createdAt: existing?.createdAt ?? stamps.createdAt,
    value,
  });
  await db.settings.upsert(document);
  return value;
}
