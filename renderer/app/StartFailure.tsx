import { Alert, Button, Code, Container, MantineProvider, Stack, Text } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { theme } from '@renderer/app/theme';

/** Shown when the database cannot open: say so plainly, change nothing, offer a reload. */
export function StartFailure({ i18n, error }: { i18n: I18n; error: unknown }) {
  const t = i18n.t;
  return (
    <MantineProvider theme={theme}>
      <Container size="sm" py="xl">
        <Alert color="red" title={t('app.startFailed.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('app.startFailed.body')}</Text>
            <Code block>{error instanceof Error ? error.message : String(error)}</Code>
            <Button onClick={() => window.location.reload()}>{t('app.startFailed.reload')}</Button>
          </Stack>
        </Alert>
      </Container>
    </MantineProvider>
  );
}
