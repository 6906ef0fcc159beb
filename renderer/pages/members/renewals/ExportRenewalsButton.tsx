import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { excelCsv } from '@shared/export/excel-csv';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useWrite } from '@renderer/components/use-write';
import { appendAudit } from '@renderer/data/audit/write';
import { usePlatform } from '@renderer/platform/context';
import type { RenewalCampaign } from '@renderer/pages/members/renewals/use-renewal-campaign';

/**
 * The reminder list of who is due, as a CSV file Excel opens right with a double click on the
 * club PC (semicolons, accents, French dates), for a mail merge or a spreadsheet.
 */
export function ExportRenewalsButton({ campaign }: { campaign: RenewalCampaign }) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const { due, newSeason } = campaign;

  const exportCsv = () =>
    run(
      async () => {
        const columns = t('people.renewals.csv', { returnObjects: true }) as Record<string, string>;
        const header = [
          columns.holder,
          columns.number,
          columns.email,
          columns.phone,
          columns.tariff,
          columns.paidOn,
        ].map(String);
        const result = await platform.saveFile({
          suggestedName: `renouvellements-${newSeason?.label ?? ''}.csv`.replace(/[/\\:*?"<>|]/g, '-'),
          filterName: 'CSV',
          extensions: ['csv'],
          mimeType: 'text/csv',
          data: new TextEncoder().encode(excelCsv(header, campaign.reminderRows())),
        });
        if (result.saved) {
          await appendAudit(
            db,
            { ...context, userName: user.name },
            { action: 'export', collection: 'memberships', detail: `renouvellements:${due.length}` },
          );
        }
        return result.saved;
      },
      { success: (saved) => (saved ? t('people.renewals.exported') : undefined) },
    );

  return (
    <Button variant="default" onClick={exportCsv} loading={busy} disabled={due.length === 0}>
      {t('people.renewals.export')}
    </Button>
  );
}
