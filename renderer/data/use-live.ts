import { useEffect, useState } from 'react';
import type { MangoQuery, RxCollection } from 'rxdb/plugins/core';
import { useData } from '@renderer/data/context';
import type { TilleulCollections } from '@renderer/data/database';

/** What a `null` query answers: one array, so that memos on it hold. */
const NO_RESULTS: unknown[] = [];

/**
 * The documents of `collection` matching `query`, live, as plain data: the one way a read
 * module watches a query (`query` memoised by the caller, or the watch restarts each render).
 *
 * `loading` is true until the current query's first answer. (RxDB's own `useLiveRxQuery` reads
 * its loading flag from the render that started the query, so that after the query changed — the
 * import's dry run watching the registrations of the event it has just found — it stayed
 * loading for ever.) The previous query's results stay shown until then. `null`: nothing to ask
 * (no documents, and no query kept running).
 */
export function useLive<T>(
  collection: keyof TilleulCollections,
  query: MangoQuery<T> | null,
): { loading: boolean; results: T[] } {
  const { db } = useData();
  const [state, setState] = useState<{ query: MangoQuery<T> | null; results: T[] }>({
    query: null,
    results: [],
  });
  useEffect(() => {
    if (query === null) return;
    const source = db[collection] as unknown as RxCollection<T>;
    const subscription = source
      .find(query)
      .$.subscribe((docs) => setState({ query, results: docs.map((doc) => doc.toJSON() as T) }));
    return () => subscription.unsubscribe();
  }, [db, collection, query]);
  if (query === null) return { loading: false, results: NO_RESULTS as T[] };
  return { loading: state.query !== query, results: state.results };
}
