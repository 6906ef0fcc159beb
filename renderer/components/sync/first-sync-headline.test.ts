import { describe, expect, it } from 'vitest';
import { initI18n, switchLanguage } from '@renderer/i18n/i18n';
import { firstSyncHeadline } from '@renderer/components/sync/first-sync-headline';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('firstSyncHeadline', () => {
  it('counts what is left with its time, in the singular for one, and says when only the writing is left', async () => {
    const i18n = await initI18n('fr');
    const headline = (remaining: number, secondsLeft: number | null) =>
      plain(firstSyncHeadline(i18n.t, { remaining, secondsLeft }));
    expect(headline(12_500, 200)).toBe('Encore 12 500 documents · environ 4 min');
    expect(headline(292, 3)).toBe('Encore 292 documents · environ 5 s');
    expect(headline(1, 1)).toBe('Encore 1 document · environ 5 s');
    expect(headline(40, null)).toBe('Encore 40 documents');
    expect(headline(1, null)).toBe('Encore 1 document');
    expect(headline(0, 5)).toBe('Enregistrement des dernières données…');
    expect(headline(0, null)).toBe('Enregistrement des dernières données…');
    await switchLanguage(i18n, 'en');
    expect(firstSyncHeadline(i18n.t, { remaining: 1, secondsLeft: 100 })).toBe(
      '1 document to go · about 2 min',
    );
    expect(firstSyncHeadline(i18n.t, { remaining: 0, secondsLeft: null })).toBe('Saving the last data…');
  });
});
