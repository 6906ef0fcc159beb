import { getChangedDocumentsSince } from 'rxdb/plugins/core';
import type { RxCollection, RxStorageDefaultCheckpoint } from 'rxdb/plugins/core';
import { withoutMeta } from '@renderer/data/without-meta';

/**
 * Every live document of a collection, a page at a time, as plain data straight from the storage
 * (no RxDocument built), the thread given back between pages.
 *
 * The pages follow RxDB's index of last writes (`_meta.lwt`, then the id), the one index every
 * collection has whose order a page can resume from: each page is one range of it. Paging by id
 * (`id > last`, sorted by id) looks the same but no index of ours starts with the id, so RxDB's
 * storage walked the whole collection and sorted it for every page — 201 s to read 50,000 people
 * 500 at a time, on 4 December.
 *
 * A document written while the pages are read moves to the end of that index: it is given once,
 * in the version read first (the ids given are remembered until the last page).
 */
export async function* livePages<T extends object>(
  collection: RxCollection<T>,
  pageSize: number,
): AsyncGenerator<T[]> {
  const given = new Set<string>();
  const primary = collection.schema.primaryPath as string;
  let checkpoint: RxStorageDefaultCheckpoint | undefined;
  for (;;) {
    const page = await getChangedDocumentsSince(collection.storageInstance, pageSize, checkpoint);
    const live: T[] = [];
    for (const document of page.documents) {
      const id = String((document as Record<string, unknown>)[primary]);
      if (document._deleted || given.has(id)) continue;
      given.add(id);
      live.push(withoutMeta<T>(document));
    }
    if (live.length > 0) yield live;
    if (page.documents.length < pageSize) return;
    checkpoint = page.checkpoint as RxStorageDefaultCheckpoint;
  }
}
