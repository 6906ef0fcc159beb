import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermission } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';

// The dashboard's chart library (recharts) is the heaviest part of the home page: loaded after it.
const MembershipDashboard = lazy(() =>
  import('@renderer/pages/home/MembershipDashboard').then((m) => ({ default: m.MembershipDashboard })),
);
// The demo's generator (names, events, a season of data) is not in the first load either (issue 19).
const DemoCard = lazy(() => import('@renderer/pages/home/DemoCard').then((m) => ({ default: m.DemoCard })));

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
