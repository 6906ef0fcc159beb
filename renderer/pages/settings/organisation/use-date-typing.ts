import { useRef, useState } from 'react';
import type { DateErrorKey } from '@shared/dates/parse-date';

/**
 * What is typed in the decree's date field beside the value the form holds: `pending` while the
 * screen shows a text the value does not hold (typed and not read yet, or not a date), so that
 * leaving the page asks; `unreadable` the error key while the text is not a date, so that
 * saving is refused rather than made with the date held before.
 */
export function useDateTyping() {
  const unreadable = useRef<DateErrorKey | null>(null);
  const [pending, setPending] = useState(false);
  return {
    pending,
    unreadable,
    onInput: () => setPending(true),
    onParseError: (error: DateErrorKey | null) => {
      unreadable.current = error;
      setPending(error !== null);
    },
  };
}

export type DateTyping = ReturnType<typeof useDateTyping>;
