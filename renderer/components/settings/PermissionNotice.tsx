import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Decision } from '@shared/auth/permissions';
import { useCurrentUser } from '@renderer/data/context';
import { describeDenial } from '@renderer/components/translate-error';

/** A settings screen a role may read but not change says so, and who may. */
export function PermissionNotice({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (decision.allowed) return null;
  return <Alert color="blue">{describeDenial(t, user.role, decision)}</Alert>;
}
