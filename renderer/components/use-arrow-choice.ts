import type { KeyboardEvent } from 'react';
import { useState } from 'react';

export interface ArrowChoice {
  /** The index of the result Entrée takes, shown highlighted. */
  selected: number;
  /** For the search field: ↓ and ↑ move among the results, Entrée takes the one selected. */
  onKeyDown: (key: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A search field over a short list of results, as at the door and on the paper sheet: ↓ and ↑
 * choose, Entrée takes the one highlighted (the first until an arrow is pressed), and a new list
 * (the next letter typed) starts again from its first. Without this, ↓ then Entrée took the first
 * result while the hand meant the second.
 */
export function useArrowChoice<T>(results: readonly T[], choose: (result: T) => void): ArrowChoice {
  const [choice, setChoice] = useState<{ results: readonly T[]; index: number }>({ results, index: 0 });
  const selected = choice.results === results ? Math.min(choice.index, Math.max(0, results.length - 1)) : 0;
  const move = (by: number) =>
    setChoice({ results, index: Math.max(0, Math.min(selected + by, results.length - 1)) });
  return {
    selected,
    onKeyDown: (key) => {
      if (key.key === 'ArrowDown') move(1);
      else if (key.key === 'ArrowUp') move(-1);
      else if (key.key === 'Enter') {
        const result = results[selected];
        if (result === undefined) return;
        choose(result);
      } else return;
      key.preventDefault();
    },
  };
}
