import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '@shared/auth/permissions';
import { useCurrentUser, usePermission } from '@renderer/data/context';
import { describeDenial } from '@renderer/components/translate-error';

/** A page a role may not open says so, and who may: a typed URL shows no data. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const decision = usePermission(action);
  if (decision.allowed) return children;
  return (
    <Stack gap="sm" maw={720}>
      <Title order={1}>{t('permissions.pageTitle')}</Title>
      <Alert color="orange">{describeDenial(t, user.role, decision)}</Alert>
    </Stack>
  );
}
