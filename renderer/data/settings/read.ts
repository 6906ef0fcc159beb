import { useRxDocument } from 'rxdb/plugins/react';
import { useMemo } from 'react';
import type { SettingKey, SettingsDocument } from '@shared/schema/settings';
import type { SettingRead } from '@renderer/data/settings/write';
import { readSetting } from '@renderer/data/settings/write';
import { useData } from '@renderer/data/context';

/** A setting, live: re-renders when it changes here, in another tab, or by sync. */
export function useSetting<K extends SettingKey>(key: K): { loading: boolean; read: SettingRead<K> } {
  const { db } = useData();
  const { result, loading } = useRxDocument<SettingsDocument>(db.settings, key);
  const read = useMemo(() => readSetting(key, result ? result.toJSON() : null), [key, result]);
  return { loading, read };
}
