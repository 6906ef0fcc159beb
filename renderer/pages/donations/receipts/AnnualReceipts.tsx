import { Button, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermission } from '@renderer/data/context';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import type { ReceiptsBatch } from '@renderer/pdf/receipts';

/** Where the batch stands: receipts issued, then laid out as PDF. */
type Step = { step: 'issuing' | 'layingOut'; done: number; total: number };

/**
 * The annual receipts of a year, issued in one go (one per donor, every gift of that year not yet
 * receipted) with a progress bar, then laid out once: one PDF for the printer, saved at once, and
 * one PDF per receipt in a ZIP archive on demand.
 */
export function AnnualReceipts({
  actions,
  years,
  defaultYear,
}: {
  actions: ReturnType<typeof useReceiptActions>;
  years: number[];
  defaultYear: number;
}) {
  const { t } = useTranslation();
  const mayIssue = usePermission('receipts.issue').allowed;
  const [year, setYear] = useState(defaultYear);
  const [progress, setProgress] = useState<Step | null>(null);
  const [issued, setIssued] = useState<{ year: number; batch: ReceiptsBatch } | null>(null);
  if (!mayIssue) return null;

  const issue = async () => {
    setIssued(null);
    // The bar appears with the first progress, once the batch is confirmed (not behind the question).
    const receipts = await actions.issueAnnual(year, (done, total) =>
      setProgress({ step: 'issuing', done, total }),
    );
    if (!receipts || receipts.length === 0) {
      setProgress(null);
      return;
    }
    const batch = await actions.layOut(receipts, (done, total) =>
      setProgress({ step: 'layingOut', done, total }),
    );
    setProgress(null);
    if (!batch) return;
    setIssued({ year, batch });
    await actions.saveBatch(batch, year);
  };
  const percent = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('donations.annual.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('donations.annual.hint')}
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('donations.annual.year')}
            size="md"
            w={120}
            allowDeselect={false}
            data={years.map(String)}
            value={String(year)}
            onChange={(value) => value && setYear(Number(value))}
          />
          <Button size="md" loading={actions.busy} onClick={() => void issue()}>
            {t('donations.annual.issue', { year })}
          </Button>
        </Group>
        {progress ? (
          <Stack gap={4}>
            <Progress value={percent} size="lg" aria-label={t(`donations.annual.${progress.step}.label`)} />
            <Text size="sm">
              {t(`donations.annual.${progress.step}.progress`, {
                done: progress.done,
                total: progress.total,
              })}
            </Text>
          </Stack>
        ) : null}
        {issued ? (
          <Group gap="sm">
            <Text size="sm">
              {t('donations.annual.issued', { count: issued.batch.receipts.length, year: issued.year })}
            </Text>
            <Button variant="default" onClick={() => void actions.saveBatch(issued.batch, issued.year)}>
              {t('donations.annual.printAll')}
            </Button>
            <Button variant="default" onClick={() => void actions.saveEach(issued.batch, issued.year)}>
              {t('donations.annual.saveEach')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
