import { useCallback, useState } from 'react';

/**
 * What a settings dialog edits. The item stays while the dialog fades out, so its title and form
 * never flip to « new » mid-close; `key` changes at each opening, so a dialog reopened during the
 * fade starts from the item again, never from what was just discarded.
 */
export function useEditor<T>() {
  const [state, setState] = useState<{ item: T | null; opened: boolean; key: number }>({
    item: null,
    opened: false,
    key: 0,
  });
  const open = useCallback((item: T) => setState((s) => ({ item, opened: true, key: s.key + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, opened: false })), []);
  return { item: state.item, opened: state.opened, key: state.key, open, close };
}
