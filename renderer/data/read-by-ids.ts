import { useEffect, useState } from 'react';
import type { RxCollection } from 'rxdb/plugins/core';
import { useData } from '@renderer/data/context';
import type { TilleulCollections } from '@renderer/data/database';

/**
 * What `pick` keeps of each record of `collection` with one of these ids, for those this device
 * holds: read by id when the set of ids changes, not followed live (the journal's names of what
 * its entries shown are about). `pick` must be stable (a module-level function). No ids: nothing
 * is read, and what was read before stays, unasked.
 */
export function useReadByIds<T, V>(
  collection: keyof TilleulCollections,
  ids: readonly string[],
  pick: (record: T) => V,
): ReadonlyMap<string, V> {
  const { db } = useData();
  const key = [...new Set(ids)].sort().join('\n');
  const [found, setFound] = useState<ReadonlyMap<string, V>>(() => new Map());
  useEffect(() => {
    if (key === '') return;
    let current = true;
    const source = db[collection] as unknown as RxCollection<T>;
    source
      .findByIds(key.split('\n'))
      .exec()
      .then((documents) => {
        if (!current) return;
        setFound(
          new Map([...documents].map(([id, document]) => [id, pick(document.toJSON() as T)] as const)),
        );
      })
      .catch((error: unknown) => console.error(`[tilleul] ${collection} unreadable by id`, error));
    return () => {
      current = false;
    };
  }, [db, collection, key, pick]);
  return found;
}
