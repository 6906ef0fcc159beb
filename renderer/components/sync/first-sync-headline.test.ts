import { describe, expect, it } from 'vitest';
import { initI18n, switchLanguage } from '@renderer/i18n/i18n';
import { firstSyncHeadline, firstSyncLineCounts } from '@renderer/components/sync/first-sync-headline';

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

describe('firstSyncLineCounts', () => {
  it('makes the name agree with the figure before it, in French and in English', async () => {
    const i18n = await initI18n('fr');
    const line = (collection: string, received: number, expected: number | null) =>
      plain(firstSyncLineCounts(i18n.t, { collection, received, expected }, 'fr-FR'));
    expect(line('events', 1, 1)).toBe('1 sur 1 événement');
    expect(line('events', 0, 1)).toBe('0 sur 1 événement');
    expect(line('people', 1_200, 50_000)).toBe('1 200 sur 50 000 personnes');
    expect(line('receipts', 1, 1)).toBe('1 sur 1 reçu fiscal');
    expect(line('attendance', 1, null)).toBe('1 présence jusqu’ici');
    expect(line('attendance', 40, null)).toBe('40 présences jusqu’ici');
    expect(line('households', 0, null)).toBe('foyers : en attente');
    expect(line('deposits', 0, 0)).toBe('remises de chèques : rien à recevoir');
    await switchLanguage(i18n, 'en');
    expect(firstSyncLineCounts(i18n.t, { collection: 'events', received: 1, expected: 1 }, 'en-GB')).toBe(
      '1 of 1 event',
    );
    expect(firstSyncLineCounts(i18n.t, { collection: 'people', received: 2, expected: 3 }, 'en-GB')).toBe(
      '2 of 3 people',
    );
  });
});
