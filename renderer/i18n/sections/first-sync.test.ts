import { describe, expect, it } from 'vitest';
import { PLANNED_COLLECTIONS } from '@shared/schema/collections';
import { firstSyncEn } from './first-sync.en';
import { firstSyncFr } from './first-sync.fr';

describe('the first sync names every collection it may receive', () => {
  it.each(PLANNED_COLLECTIONS)('%s, in French and in English', (name) => {
    expect(firstSyncFr.collections).toHaveProperty(name);
    expect(firstSyncEn.collections).toHaveProperty(name);
    for (const form of ['one', 'other'])
      for (const texts of [firstSyncFr, firstSyncEn]) expect(texts.counted).toHaveProperty(`${name}_${form}`);
  });
});
