import type { TFunction } from 'i18next';

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
