import { Badge, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ReplacedValueCard } from '@renderer/components/sync/ReplacedValueCard';
import { useAuditReading } from '@renderer/components/audit/use-audit-reading';
import { useReplacedValues } from '@renderer/sync/replaced-values';

/**
 * In the header, only when a sync conflict replaced someone's value: « 1 modification
 * remplacée », opening the list of those values with one click to put each back.
 */
export function ReplacedValuesNotice() {
  const { t } = useTranslation();
  const values = useReplacedValues();
  const reading = useAuditReading();
  const [opened, { open, close }] = useDisclosure(false);
  if (values.length === 0 && !opened) return null;

  return (
    <>
      {values.length > 0 ? (
        <UnstyledButton onClick={open} data-testid="replaced-values">
          <Badge color="orange" size="lg" tt="none">
            {t('sync.replaced.badge', { count: values.length })}
          </Badge>
        </UnstyledButton>
      ) : null}
      <Modal opened={opened} onClose={close} title={t('sync.replaced.title')} size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('sync.replaced.intro')}</Text>
          {values.length === 0 ? <Text c="dimmed">{t('sync.replaced.empty')}</Text> : null}
          {values.map((entry) => (
            <ReplacedValueCard key={entry.id} entry={entry} reading={reading} />
          ))}
        </Stack>
      </Modal>
    </>
  );
}
