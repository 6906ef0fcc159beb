import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw={720} align="flex-start">
      <Title order={1}>{t('pages.notFound.title')}</Title>
      <Text>{t('pages.notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('pages.notFound.back')}
      </Button>
    </Stack>
  );
}
