import type { TFunction } from 'i18next';
import { SyncError } from '@renderer/sync/sync-error';
import { BridgeError } from '@shared/ipc/result';
import { translateError } from '@renderer/components/translate-error';
import type { SyncPhase, SyncProblem } from '@renderer/sync/sync-status';
import { readMessage } from '@shared/schema/messages';

/** A problem of the status in one French (or English) sentence, what to do included. */
export function describeSyncProblem(
  t: TFunction,
  problem: Pick<SyncProblem, 'code' | 'collection' | 'params'>,
): string {
  return t(`sync.problems.${problem.code}`, { ...problem.params, collection: problem.collection ?? '' });
}

/**
 * One field the server refused, `path: message` as the push handler keeps it: the message is an
 * i18n key when it comes from a shared schema, or zod's own text otherwise (kept as it is).
 */
export function describeRefusedField(t: TFunction, issue: string): string {
  const separator = issue.indexOf(': ');
  if (separator < 0) return issue;
  const path = issue.slice(0, separator);
  const message = issue.slice(separator + 2);
  const { key, params } = readMessage(message);
  const translated = /^errors\.[\w.]+$/.test(key)
    ? t(key as 'errors.common.invalid', { ...params, defaultValue: '' })
    : '';
  return `${path} : ${translated || message}`;
}

/** Any error an enrolment or a sync call can end with, in a sentence. */
export function describeSyncError(t: TFunction, error: unknown): string {
  if (error instanceof SyncError) return describeSyncProblem(t, { code: error.code });
  // The desktop's main process (the server's certificate read before enrolling).
  if (error instanceof BridgeError) return translateError(t, error.messageKey);
  return t('sync.problems.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

export const PHASE_COLOURS: Record<SyncPhase, string> = {
  standalone: 'gray',
  connecting: 'blue',
  offline: 'orange',
  syncing: 'blue',
  upToDate: 'green',
  refused: 'red',
  otherTab: 'gray',
  appOutdated: 'red',
  serverOutdated: 'red',
};

export function formatSyncTime(iso: string, locale: string, withDate = false): string {
  return new Intl.DateTimeFormat(
    locale,
    withDate ? { dateStyle: 'short', timeStyle: 'short' } : { timeStyle: 'short' },
  ).format(new Date(iso));
}
