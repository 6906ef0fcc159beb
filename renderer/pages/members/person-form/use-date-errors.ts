import { useCallback, useMemo, useRef } from 'react';
import type { DateErrorKey } from '@shared/dates/parse-date';

/**
 * The date fields whose typed text cannot be read. Such a field keeps its previous value while
 * its error is on screen, so the form must refuse to save until each one is corrected.
 */
export function useDateErrors() {
  // A ref, not state: the field reports on blur, just before the click on « Enregistrer » is read.
  const unreadable = useRef(new Set<string>());
  const report = useCallback((field: string, error: DateErrorKey | null) => {
    if (error) unreadable.current.add(field);
    else unreadable.current.delete(field);
  }, []);
  const any = useCallback(() => unreadable.current.size > 0, []);
  return useMemo(() => ({ report, any }), [report, any]);
}

export type DateErrors = ReturnType<typeof useDateErrors>;
