import { Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_COLUMNS } from '@shared/donations/donation-columns';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { registerRows } from '@renderer/data/donations/read';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { AnnualReceipts } from '@renderer/pages/donations/receipts/AnnualReceipts';
import { Declaration222bis } from '@renderer/pages/donations/receipts/Declaration222bis';
import { ReceiptsRegister } from '@renderer/pages/donations/receipts/ReceiptsRegister';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';

/**
 * The treasurer's receipts: the annual batch (by default last year's gifts, as January asks),
 * the 222 bis figures and the register's export for a year of issue, and the register.
 */
export function ReceiptsTab({
  receipts,
  donationYears,
  actions,
}: {
  receipts: readonly ReceiptDocument[];
  donationYears: readonly string[];
  actions: ReturnType<typeof useReceiptActions>;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const giftYears = [...new Set([thisYear, thisYear - 1, ...donationYears.map(Number)])].sort(
    (a, b) => b - a,
  );
  const issueYears = [
    ...new Set([thisYear, thisYear - 1, ...receipts.map((receipt) => Number(receipt.issuedOn.slice(0, 4)))]),
  ].sort((a, b) => b - a);
  const [declarationYear, setDeclarationYear] = useState(thisYear);
  return (
    <Stack gap="md">
      <AnnualReceipts actions={actions} years={giftYears} defaultYear={thisYear - 1} />
      <Declaration222bis
        receipts={receipts}
        year={declarationYear}
        years={issueYears}
        onYear={setDeclarationYear}
      />
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('donations.register.title')}
        </Title>
        <ExportMenu
          name="registre-des-recus"
          title={t('donations.register.title')}
          columns={REGISTER_COLUMNS}
          rows={registerRows(receipts)}
          collection="receipts"
        />
      </Group>
      <ReceiptsRegister receipts={receipts} actions={actions} />
    </Stack>
  );
}
