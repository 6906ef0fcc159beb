/**
 * Bounds for JSON whose shape no schema describes (a setting this version does not know yet):
 * every text, key, list and nesting level has a maximum, like every field a schema declares.
 */
export interface JsonBounds {
  maxText: number;
  maxKey: number;
  /** Entries of one object or items of one array. */
  maxEntries: number;
  /** Levels of objects and arrays, the value itself being level 1. */
  maxDepth: number;
}

export type JsonBoundsFault = 'text' | 'key' | 'entries' | 'depth' | 'type';

/** The first bound `value` passes, or null. A loop over a stack: no recursion on foreign data. */
export function exceedsJsonBounds(value: unknown, bounds: JsonBounds): JsonBoundsFault | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop() as { value: unknown; depth: number };
    const inner = next.value;
    if (typeof inner === 'string') {
      if (inner.length > bounds.maxText) return 'text';
    } else if (inner === null || typeof inner === 'number' || typeof inner === 'boolean') {
      continue;
    } else if (typeof inner === 'object') {
      const depth = next.depth + 1;
      if (depth > bounds.maxDepth) return 'depth';
      const entries = Array.isArray(inner)
        ? (inner as unknown[]).map((item) => ['', item] as const)
        : Object.entries(inner as Record<string, unknown>);
      if (entries.length > bounds.maxEntries) return 'entries';
      for (const [key, item] of entries) {
        if (key.length > bounds.maxKey) return 'key';
        pending.push({ value: item, depth });
      }
    } else {
      return 'type';
    }
  }
  return null;
}
