import type { MangoQuery } from 'rxdb/plugins/core';
import type { UserDocument } from '@shared/auth/user';
import { useLive } from '@renderer/data/use-live';

const BY_NAME: MangoQuery<UserDocument> = { selector: {}, sort: [{ name: 'asc' }] };

/** The accounts of this install, by name, live (a new account, a reset, a sync). */
export function useUsers(): { users: UserDocument[]; loading: boolean } {
  const { results, loading } = useLive<UserDocument>('users', BY_NAME);
  return { users: results, loading };
}
