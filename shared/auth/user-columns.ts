import type { UserDocument } from '@shared/auth/user';
import type { ListColumn } from '@shared/export/list-export';

/**
 * The accounts list: a name, a role, whether it is disabled. Never a secret: the columns read
 * nothing else of the account (no password or PIN verifier, no recovery code, no flag).
 */
export const USER_COLUMNS: readonly ListColumn<UserDocument>[] = [
  { id: 'name', label: 'users.name', cell: (user) => user.name },
  { id: 'role', label: 'users.role', cell: (user, t) => t(`roles.${user.role}`) },
  {
    id: 'state',
    label: 'users.state',
    cell: (user, t) => t(user.disabled ? 'users.disabledBadge' : 'users.active'),
  },
];
