import { useRxDocument } from 'rxdb/plugins/react';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { SettingKey, SettingsDocument, SettingValue } from '@shared/schema/settings';
import { settingValueSchemas } from '@shared/schema/settings';
import type { Season } from '@shared/members/season';
import { sortSeasons } from '@shared/members/season';
import { useData } from '@renderer/data/context';

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

/** A setting, live: re-renders when it changes here, in another tab, or by sync. */
export function useSetting<K extends SettingKey>(key: K): { loading: boolean; read: SettingRead<K> } {
  const { db } = useData();
  const { result, loading } = useRxDocument<SettingsDocument>(db.settings, key);
  const read = useMemo(() => readSetting(key, result ? result.toJSON() : null), [key, result]);
  return { loading, read };
}

/** Seasons from the settings, oldest first. */
export function useSeasons(): Season[] {
  const setting = useSetting('seasons');
  return useMemo(
    () => (setting.read.state === 'ok' ? sortSeasons(setting.read.value.seasons) : []),
    [setting.read],
  );
}
