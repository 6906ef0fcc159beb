import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** A module that a browser could not fetch: the network (or the server) is gone. */
const isLoadFailure = (error: unknown) =>
  error instanceof TypeError &&
  /dynamically imported module|Importing a module script failed/i.test(error.message);

/**
 * What a page that failed shows instead of a blank screen: what happened in French, and what to
 * do (go back home, try again). Nothing saved is affected.
 */
export function RouteFailure() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Stack maw={720} p="lg">
      <Alert color="red" title={t('app.pageFailed.title')}>
        <Stack gap="sm">
          <Text size="sm">
            {isLoadFailure(error) ? t('app.pageFailed.offline') : t('app.pageFailed.body')}
          </Text>
          <Group>
            <Button onClick={() => window.location.reload()}>{t('app.pageFailed.retry')}</Button>
            <Button component={Link} to="/" variant="default">
              {t('app.pageFailed.home')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
