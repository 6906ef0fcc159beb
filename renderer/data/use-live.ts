import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import { useData } from '@renderer/data/context';
import type { TilleulCollections } from '@renderer/data/database';

/**
 * The documents of `collection` matching `query`, live, as plain data: the one way a read
 * module watches a query (`query` memoised by the caller, or the watch restarts each render).
 */
export function useLive<T>(
  collection: keyof TilleulCollections,
  query: MangoQuery<T>,
): { loading: boolean; results: T[] } {
  const { db } = useData();
  const { results, loading } = useLiveRxQuery<T>({ collection: db[collection] as never, query });
  return useMemo(() => ({ loading, results: results.map((doc) => doc.toJSON() as T) }), [results, loading]);
}
