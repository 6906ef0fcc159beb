import type { Season } from '@shared/members/season';
import type { ListSetting } from '@renderer/components/settings/use-setting-list';

export const SEASONS_LIST: ListSetting<'seasons', Season> = {
  key: 'seasons',
  texts: 'seasonsSettings',
  itemsOf: (value) => value.seasons,
  settingOf: (seasons) => ({ seasons }),
};
