import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonDocument } from '@shared/members/person';
import { useErasurePreview } from '@renderer/data/members/erasure-read';

/** What an erasure keeps (and why: the law) and what it removes, counted for this person. */
export function ErasureSummary({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const preview = useErasurePreview(person);
  return (
    <Stack gap="md">
      <Card component="section" withBorder padding="md" aria-labelledby="erasure-kept">
        <Title order={2} size="h3" id="erasure-kept" mb="xs">
          {t('erasure.kept.title')}
        </Title>
        <List spacing="xs">
          <List.Item>
            {preview.receipts > 0
              ? t('erasure.kept.receipts', { count: preview.receipts, year: preview.receiptsUntil })
              : t('erasure.kept.noReceipts')}
          </List.Item>
          {preview.donations > 0 ? (
            <List.Item>{t('erasure.kept.donations', { count: preview.donations })}</List.Item>
          ) : null}
          <List.Item>
            {t('erasure.kept.statistics', {
              memberships: preview.memberships,
              attendance: preview.attendance,
            })}
          </List.Item>
          <List.Item>{t('erasure.kept.journal')}</List.Item>
        </List>
      </Card>
      <Card component="section" withBorder padding="md" aria-labelledby="erasure-removed">
        <Title order={2} size="h3" id="erasure-removed" mb="xs">
          {t('erasure.removed.title')}
        </Title>
        <List spacing="xs">
          <List.Item>{t('erasure.removed.identity')}</List.Item>
          <List.Item>{t('erasure.removed.notes')}</List.Item>
          {preview.household ? (
            <List.Item>
              {preview.household.removed
                ? t('erasure.removed.householdRemoved', { name: preview.household.name })
                : t('erasure.removed.household', { name: preview.household.name })}
            </List.Item>
          ) : null}
          <List.Item>{t('erasure.removed.freeText')}</List.Item>
          <List.Item>
            <Text span>{t('erasure.removed.journal', { count: preview.journal })}</Text>
          </List.Item>
        </List>
      </Card>
    </Stack>
  );
}
