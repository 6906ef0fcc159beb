import { useState } from 'react';
import type { DateErrorKey, FrenchDateOptions } from '@shared/dates/parse-date';
import { formatFrenchDate, parseFrenchDate } from '@shared/dates/parse-date';

export interface DateTextError {
  key: DateErrorKey;
  /** The ISO bound crossed, for `beforeMin` / `afterMax`. */
  bound?: string;
}

export interface UseDateTextOptions extends FrenchDateOptions {
  /** The stored date, ISO, `''` when empty. */
  value: string;
  onChange: (iso: string) => void;
  onParseError?: (error: DateErrorKey | null) => void;
}

/**
 * What the person types in a date field, kept apart from the stored ISO value: the text is only
 * read on `commit` (blur, Enter), so typing key by key never produces a half-typed date, and an
 * unreadable text stays on screen with its error instead of being replaced.
 */
export function useDateText({ value, onChange, onParseError, ...options }: UseDateTextOptions) {
  const [text, setText] = useState(() => formatFrenchDate(value));
  const [error, setError] = useState<DateTextError | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // A value set from outside (form reset, record loaded) replaces whatever was typed.
  if (value !== shownValue) {
    setShownValue(value);
    setText(formatFrenchDate(value));
    setError(null);
  }

  const accept = (iso: string) => {
    setText(formatFrenchDate(iso));
    setError(null);
    onParseError?.(null);
    // Set here too: a date retyped differently ("3/4/27") leaves the value, so no update comes back.
    setShownValue(iso);
    if (iso !== value) onChange(iso);
  };

  /** Reads the text; `false` when it is not a date, the error then being on screen. */
  const commit = (): boolean => {
    if (text.trim() === '') {
      accept('');
      return true;
    }
    const parsed = parseFrenchDate(text, options);
    if (parsed.ok) {
      accept(parsed.iso);
      return true;
    }
    setError({ key: parsed.error, bound: 'bound' in parsed ? parsed.bound : undefined });
    onParseError?.(parsed.error);
    return false;
  };

  return { text, setText, error, commit, pick: accept };
}
