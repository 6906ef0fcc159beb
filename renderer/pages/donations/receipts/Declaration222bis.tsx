import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { useWrite } from '@renderer/components/use-write';
import { registerCsv, registerSummary } from '@renderer/data/donations/read';
import { usePlatform } from '@renderer/platform/context';
import { useMoney } from '@renderer/i18n/use-money';

/**
 * The figures of the annual declaration of article 222 bis of the CGI for a year (receipts
 * issued that year, cancelled ones excluded), the register of that year as a CSV file for Excel,
 * and the numbers missing in a series, if any.
 */
export function Declaration222bis({
  receipts,
  year,
  years,
  onYear,
}: {
  receipts: readonly ReceiptDocument[];
  year: number;
  years: number[];
  onYear: (year: number) => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const platform = usePlatform();
  const { busy, run } = useWrite();
  const { declaration, gaps } = registerSummary(receipts, year);
  const ofYear = receipts.filter((receipt) => receipt.issuedOn.startsWith(`${year}-`));

  const exportCsv = () =>
    run(
      () =>
        platform.saveFile({
          suggestedName: `registre-recus-${year}.csv`,
          filterName: 'CSV',
          extensions: ['csv'],
          mimeType: 'text/csv',
          data: new TextEncoder().encode(registerCsv(ofYear)),
        }),
      { success: (result) => (result.saved ? t('donations.register.exported', { year }) : undefined) },
    );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {t('donations.declaration.title')}
          </Title>
          <Group align="flex-end" gap="sm">
            <Select
              label={t('donations.declaration.year')}
              size="md"
              w={120}
              allowDeselect={false}
              data={years.map(String)}
              value={String(year)}
              onChange={(value) => value && onYear(Number(value))}
            />
            <Button variant="default" size="md" loading={busy} onClick={() => void exportCsv()}>
              {t('donations.register.export')}
            </Button>
          </Group>
        </Group>
        <Text data-testid="declaration-222bis">
          {t('donations.declaration.figures', {
            year,
            count: declaration.count,
            total: money(declaration.total),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('donations.declaration.hint')}
        </Text>
        {gaps.length > 0 ? (
          <Alert color="orange">{t('donations.declaration.gaps', { numbers: gaps.join(', ') })}</Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
