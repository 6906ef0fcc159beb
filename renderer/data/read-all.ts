import { normalizeMangoQuery, prepareQuery } from 'rxdb/plugins/core';
import type { MangoQuery, RxCollection } from 'rxdb/plugins/core';
import { withoutMeta } from '@renderer/data/without-meta';

/**
 * Every live document of a collection as plain data, straight from the storage: no RxDocument
 * is built for each of the 50,000 people the directory loads at start-up (that alone took
 * seconds). Same data as `find().exec()` then `toJSON()`.
 */
export async function readAll<T extends object>(collection: RxCollection<T>): Promise<T[]> {
  const schema = collection.schema.jsonSchema;
  const query = normalizeMangoQuery(schema, { selector: { _deleted: { $eq: false } } } as MangoQuery<T>);
  const { documents } = await collection.storageInstance.query(prepareQuery(schema, query));
  return documents.map((document) => withoutMeta<T>(document));
}
