import { Accordion, Alert, Button, Code, Container, MantineProvider, Stack, Text } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { themeWith } from '@renderer/app/theme';
import { explainStartFailure } from '@renderer/data/start-failure';

/** Shown when the database cannot open: the cause and what to do, the technical detail folded. */
export function StartFailure({ i18n, error }: { i18n: I18n; error: unknown }) {
  const t = i18n.t;
  const cause = explainStartFailure(error, {
    hasIndexedDb: typeof indexedDB !== 'undefined',
    secureContext: window.isSecureContext,
  });
  return (
    <MantineProvider theme={themeWith({ closeLabel: t('app.close') })}>
      <Container size="sm" py="xl">
        <Alert color="red" title={t('app.startFailed.title')}>
          <Stack gap="sm" align="stretch">
            <Text size="sm" data-testid="start-failure-cause" data-cause={cause}>
              {t(`app.startFailed.cause.${cause}`)}
            </Text>
            <Button onClick={() => window.location.reload()} style={{ alignSelf: 'flex-start' }}>
              {t('app.startFailed.reload')}
            </Button>
            <Accordion variant="contained">
              <Accordion.Item value="details">
                <Accordion.Control>{t('app.startFailed.details')}</Accordion.Control>
                <Accordion.Panel>
                  <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {error instanceof Error ? `${error.name}: ${error.message}` : String(error)}
                  </Code>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          </Stack>
        </Alert>
      </Container>
    </MantineProvider>
  );
}
