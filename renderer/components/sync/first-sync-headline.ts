import type { TFunction } from 'i18next';
import { formatCount } from '@shared/format/intl';
import type { CollectionProgress } from '@renderer/sync/first-sync-progress';

/** « environ 3 min », « environ 40 s »: the time left, rounded up to what a person reads. */
function timeLeft(t: TFunction, seconds: number): string {
  return seconds >= 90
    ? t('firstSync.minutes', { count: Math.ceil(seconds / 60) })
    : t('firstSync.seconds', { count: Math.max(5, Math.ceil(seconds / 5) * 5) });
}

/**
 * The first sync's headline: « Encore 1 200 documents · environ 40 s », « Encore 1 document »
 * while the pace is unknown, and, once nothing is left to receive but the last pages are being
 * written, « Enregistrement des dernières données… » (not « Encore 0 documents · environ 5 s »).
 * The count is written in the language's way by the texts themselves (`{{count, number}}`).
 */
export function firstSyncHeadline(
  t: TFunction,
  progress: { remaining: number; secondsLeft: number | null },
): string {
  const { remaining, secondsLeft } = progress;
  if (remaining === 0) return t('firstSync.finishing');
  return secondsLeft === null
    ? t('firstSync.remainingUnknown', { count: remaining })
    : t('firstSync.remaining', { count: remaining, time: timeLeft(t, secondsLeft) });
}

/**
 * A collection's line, its counts only: « 3 sur 5 événements », « 1 sur 1 événement » (the name
 * agrees with the figure before it), « 40 présences jusqu’ici » while the total is unknown,
 * « foyers : en attente », « remises de chèques : rien à recevoir ».
 */
export function firstSyncLineCounts(
  t: TFunction,
  line: Pick<CollectionProgress, 'collection' | 'received' | 'expected'>,
  locale: string,
): string {
  const what = t(`firstSync.collections.${line.collection}` as 'firstSync.collections.people', {
    defaultValue: line.collection,
  });
  const counted = (count: number) =>
    t(`firstSync.counted.${line.collection}` as 'firstSync.counted.people', { count, defaultValue: what });
  if (line.expected === 0 && line.received === 0) return t('firstSync.nothing', { what });
  if (line.expected === null)
    return line.received > 0
      ? t('firstSync.lineUnknown', {
          received: formatCount(line.received, locale),
          what: counted(line.received),
        })
      : `${what} : ${t('firstSync.waiting')}`;
  return t('firstSync.line', {
    received: formatCount(line.received, locale),
    expected: formatCount(line.expected, locale),
    what: counted(line.expected),
  });
}
