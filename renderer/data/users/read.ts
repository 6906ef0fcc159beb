import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { UserDocument } from '@shared/auth/user';
import { useData } from '@renderer/data/context';

const BY_NAME: MangoQuery<UserDocument> = { selector: {}, sort: [{ name: 'asc' }] };

/** The accounts of this install, by name, live (a new account, a reset, a sync). */
export function useUsers(): { users: UserDocument[]; loading: boolean } {
  const { db } = useData();
  const { results, loading } = useLiveRxQuery<UserDocument>({ collection: db.users, query: BY_NAME });
  const users = useMemo(() => results.map((doc) => doc.toJSON() as UserDocument), [results]);
  return { users, loading };
}
