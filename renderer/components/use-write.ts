import { useCallback, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSessionUser } from '@renderer/data/context';
import { describeWriteError, translateError } from '@renderer/components/translate-error';
import { notify, notifySuccess } from '@renderer/components/notices';

export interface WriteOptions<T> {
  /** The green notice after success (nothing shown if absent or empty). */
  success?: (result: T) => string | undefined;
  /**
   * The red notice, given the error in a sentence (permission refused, unexpected…): return
   * another sentence (« Enregistrement impossible : … »), or `null` to show nothing because the
   * caller shows the error itself (under a field, in an alert).
   */
  failure?: (message: string, error: unknown) => string | null;
}

export interface Write {
  /** True while a write started here runs: buttons show it and refuse a second click. */
  busy: boolean;
  /**
   * Runs `write` once at a time. On failure, says why (with who may do it, for a refusal) and
   * resolves to `undefined`; never throws, so a screen needs no try/catch of its own.
   */
  run<T>(write: () => Promise<T>, options?: WriteOptions<T>): Promise<T | undefined>;
}

/**
 * The button that started a write is disabled while it runs (Mantine's `loading`), and a browser
 * takes the keyboard away from a disabled button: walked, « Imprimer en PDF » by Entrée left it
 * on the page's body, and Tab started again from the top. Once the write is over and the button
 * enabled again, the keyboard goes back to it — unless the screen has put it somewhere (a caller
 * that moves it after the write wins) or the button is gone (a page left, a dialog closed).
 */
function giveBackFocus(started: Element | null, framesLeft = 5) {
  if (!(started instanceof HTMLElement) || started === document.body) return;
  requestAnimationFrame(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost || !started.isConnected) return;
    if (started.matches(':disabled')) {
      if (framesLeft > 0) giveBackFocus(started, framesLeft - 1);
      return;
    }
    started.focus();
  });
}

/** The one way a screen writes: busy state, success and failure notices, errors in French. */
export function useWrite(): Write {
  const { t } = useTranslation();
  const user = useSessionUser();
  const role = user?.role ?? null;
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  const run = useCallback(
    async <T>(write: () => Promise<T>, options: WriteOptions<T> = {}): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      const started = document.activeElement;
      setBusy(true);
      try {
        const result = await write();
        const message = options.success?.(result);
        if (message) notifySuccess(message);
        return result;
      } catch (error) {
        const described = describeWriteError(t, role, error);
        const message = options.failure ? options.failure(described, error) : described;
        if (message) notify('red', message);
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
        giveBackFocus(started);
      }
    },
    [t, role],
  );
  return { busy, run };
}

/**
 * The `failure` of a one-field form (a setting): the schema's refusal goes under the field, in
 * French; any other failure in the red notice.
 */
export function failureUnderField(
  t: TFunction,
  setError: (error: string) => void,
): NonNullable<WriteOptions<unknown>['failure']> {
  return (message, failure) => {
    if (!(failure instanceof z.ZodError)) return message;
    setError(translateError(t, failure.issues[0]?.message));
    return null;
  };
}
