import { createContext, useContext, useLayoutEffect, useState } from 'react';

/**
 * How a list dialog's form tells the dialog around it that it holds changes not saved yet: the
 * dialog then asks before Échap, a click outside or its close button throw them away.
 */
export const DialogChangesContext = createContext<(dirty: boolean) => void>(() => undefined);

/** Reports `dirty` to the dialog while the form is open; a closed form holds nothing. */
export function useReportChanges(dirty: boolean): void {
  const report = useContext(DialogChangesContext);
  // Before the browser takes the next key: Échap right after typing must already know.
  useLayoutEffect(() => {
    report(dirty);
    return () => report(false);
  }, [report, dirty]);
}

/** Whether `values` differ, field by field, from what they were when the dialog opened. */
export function useChanged(values: Record<string, unknown>): boolean {
  const [initial] = useState(values);
  return Object.keys(values).some((key) => !Object.is(values[key], initial[key]));
}
