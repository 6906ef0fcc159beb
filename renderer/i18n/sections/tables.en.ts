import type { tablesFr } from '@renderer/i18n/sections/tables.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const tablesEn: TranslationShape<typeof tablesFr> = {
  actions: 'Actions',
};
