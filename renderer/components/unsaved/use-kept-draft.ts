import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormDraft } from '@renderer/components/unsaved/use-form-draft';
import { useData } from '@renderer/data/context';

/**
 * A stored draft laid over what the form opens with: only the fields the form still has, each
 * only if it has the same kind of value (a draft from an older version never breaks the form).
 */
export function mergeDraft<V extends Record<string, unknown>>(
  initial: V,
  stored: Record<string, unknown>,
): V {
  const merged: Record<string, unknown> = { ...initial };
  for (const [key, start] of Object.entries(initial)) {
    const value = stored[key];
    const sameKind = typeof value === typeof start || (start === null && typeof value === 'string');
    if (key in stored && (value === null || sameKind)) merged[key] = value;
  }
  return merged as V;
}

/**
 * What is typed in a form outlives a lock (Ctrl+Shift+L, the automatic lock) or a crash: kept as
 * a draft on this device (`useFormDraft`), it comes back to the same user only when the form
 * opens again (`apply`), unless something was typed meanwhile. Saving or leaving the form signed
 * in ends the draft (`clear`); a lock unmounts it signed out, which keeps it.
 */
export function useKeptDraft<V extends Record<string, unknown>>(
  key: string,
  form: {
    values: V;
    initial: V;
    dirty: boolean;
    apply: (values: V) => void;
    /** False while the form still fills from the database: the draft waits, then goes over it. */
    ready?: boolean;
  },
): { restoredAt: string | undefined; clear: () => Promise<void> } {
  const { restored, clear: clearOnce } = useFormDraft(key, { values: form.values, dirty: form.dirty });
  // A draft save still on its way makes the removal fail once (a conflict on the local
  // document): once more. Never thrown: saving or leaving must not stop there.
  const clear = useCallback(() => clearOnce().catch(() => clearOnce().catch(() => undefined)), [clearOnce]);

  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  });
  const applied = useRef(false);
  const [restoredAt, setRestoredAt] = useState<string>();
  const ready = form.ready ?? true;
  useEffect(() => {
    if (!restored || !ready || applied.current) return;
    applied.current = true;
    const { dirty, initial, apply } = latest.current;
    // Typed before the draft was read (a fast hand): that typing wins.
    if (dirty) {
      void clear();
      return;
    }
    apply(mergeDraft(initial, restored.values));
    setRestoredAt(restored.savedAt);
  }, [restored, ready, clear]);

  useClearOnLeave(clear);

  const clearShown = useCallback(async () => {
    setRestoredAt(undefined);
    await clear();
  }, [clear]);
  return { restoredAt, clear: clearShown };
}

/**
 * Leaving a form signed in (saved, abandoned, nothing typed) ends its draft; a lock unmounts it
 * signed out, which keeps the draft for the same user.
 */
export function useClearOnLeave(clear: () => Promise<void>): void {
  const { session } = useData();
  const clearLater = useRef(clear);
  useEffect(() => {
    clearLater.current = clear;
  }, [clear]);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // React's StrictMode unmounts and mounts again at once in development: not a real leave.
      setTimeout(() => {
        if (!mounted.current && session.get()) void clearLater.current();
      }, 0);
    };
  }, [session]);
}
