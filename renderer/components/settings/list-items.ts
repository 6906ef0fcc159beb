/** The list with `item` in place of the one with its id, or added last; and where it stands. */
export function putItem<T extends { id: string }>(
  items: readonly T[],
  item: T,
): { items: T[]; index: number } {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return { items: [...items, item], index: items.length };
  return { items: items.map((existing, at) => (at === index ? item : existing)), index };
}

/** Archiving never deletes: values already filed under the item keep it. */
export function toggleArchived<T extends { id: string; archived: boolean }>(
  items: readonly T[],
  id: string,
): T[] {
  return items.map((item) => (item.id === id ? { ...item, archived: !item.archived } : item));
}
