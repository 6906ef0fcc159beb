import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermission } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';

/**
 * The home page's heavy parts, loaded after it: the dashboard's chart library (recharts) and the
 * demo's generator (issue 19: not in the first load). app/pages.ts fetches them in the background.
 */
export const homeLoaders = {
  MembershipDashboard: () =>
    import('@renderer/pages/home/MembershipDashboard').then((m) => ({ default: m.MembershipDashboard })),
  DemoCard: () => import('@renderer/pages/home/DemoCard').then((m) => ({ default: m.DemoCard })),
};
const MembershipDashboard = lazy(homeLoaders.MembershipDashboard);
const DemoCard = lazy(homeLoaders.DemoCard);

export function HomePage() {
  const { t } = useTranslation();
  const organisation = useSetting('organisation');
  // Only an administrator can fill it in: the others are told whom to ask, not sent to a locked form.
  const mayFill = usePermission('settings.manage').allowed;
  // The figures of the memberships are for the roles that may read them (not the door).
  const mayReadMemberships = usePermission('memberships.read').allowed;
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('pages.home.title')}</Title>
      {organisation.read.state === 'ok' ? (
        <Alert color="green" title={organisation.read.value.name}>
          {t('pages.home.setupDone', { name: organisation.read.value.name })}
        </Alert>
      ) : organisation.loading ? null : (
        <Alert color="blue" title={t('pages.home.setupTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('pages.home.setupBody')}</Text>
            {mayFill ? (
              <Button component={Link} to="/parametres/association">
                {t('pages.home.setupAction')}
              </Button>
            ) : (
              <Text size="sm">{t('pages.home.setupAsk')}</Text>
            )}
          </Stack>
        </Alert>
      )}
      {mayReadMemberships && (
        <Suspense fallback={null}>
          <MembershipDashboard />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <DemoCard />
      </Suspense>
    </Stack>
  );
}
