import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Decision } from '@shared/auth/permissions';
import type { SettingInput, SettingKey, SettingValue } from '@shared/schema/settings';
import { useData, usePermission, useWriteContext } from '@renderer/data/context';
import { saveSetting } from '@renderer/data/settings/write';
import { useSetting } from '@renderer/data/settings/read';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';

/**
 * The i18n sections of the settings screens that edit one list; each has the keys the shared
 * parts use (`intro`, `damaged`, `saved`, `saveFailed`, `archive`…), which `t()` checks.
 */
export type ListTexts = 'seasonsSettings' | 'customFieldsSettings';

/** A setting that holds one list (seasons, custom fields): where it is, and how to read it. */
export interface ListSetting<K extends SettingKey, Item> {
  key: K;
  texts: ListTexts;
  itemsOf: (value: SettingValue<K>) => readonly Item[];
  settingOf: (items: Item[]) => SettingInput<K>;
}

/** What the panel's frame needs, whatever the items. */
export interface ListState {
  texts: ListTexts;
  loading: boolean;
  /** Stored but no longer valid: said so, and never written over from here. */
  damaged: boolean;
  mayEdit: Decision;
}

export interface SettingList<Item> extends ListState {
  items: readonly Item[];
  /** Validates and writes the whole list (rules run between items); throws the ZodError. */
  write: (next: Item[]) => Promise<unknown>;
  /** A change made from the table (archiving): no form to place errors in, so notices only. */
  update: (next: Item[]) => Promise<void>;
}

/** A list setting, live, with the one way to write it back. */
export function useSettingList<K extends SettingKey, Item>(setting: ListSetting<K, Item>): SettingList<Item> {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const mayEdit = usePermission('settings.manage');
  const stored = useSetting(setting.key);
  const { run } = useWrite();
  const { itemsOf, settingOf, key, texts } = setting;
  const items = useMemo(
    () => (stored.read.state === 'ok' ? itemsOf(stored.read.value) : []),
    [stored.read, itemsOf],
  );

  const write = (next: Item[]) => saveSetting(db, context, key, settingOf(next));
  const update = async (next: Item[]) => {
    await run(() => write(next), {
      success: () => t(`${texts}.saved`),
      failure: (message, error) =>
        error instanceof z.ZodError
          ? translateError(t, error.issues[0]?.message)
          : t(`${texts}.saveFailed`, { message }),
    });
  };

  return {
    texts,
    loading: stored.loading,
    damaged: stored.read.state === 'invalid',
    mayEdit,
    items,
    write,
    update,
  };
}
