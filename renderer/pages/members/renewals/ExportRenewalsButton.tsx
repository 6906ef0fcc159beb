import { Button } from '@mantine/core';
import Papa from 'papaparse';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useWrite } from '@renderer/components/use-write';
import { appendAudit } from '@renderer/data/audit/write';
import { usePlatform } from '@renderer/platform/context';
import type { RenewalCampaign } from '@renderer/pages/members/renewals/use-renewal-campaign';

/** The reminder list of who is due, as a CSV file for a mail merge or a spreadsheet. */
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
        const csv = Papa.unparse({
          fields: [
            columns.holder,
            columns.number,
            columns.email,
            columns.phone,
            columns.tariff,
            columns.paidOn,
          ].map(String),
          data: campaign.reminderRows(),
        });
        // A BOM so that Excel, on the club PC, reads the accents right.
        const result = await platform.saveFile({
          suggestedName: `renouvellements-${newSeason?.label ?? ''}.csv`.replace(/[/\\:*?"<>|]/g, '-'),
          filterName: 'CSV',
          extensions: ['csv'],
          mimeType: 'text/csv',
          data: new TextEncoder().encode(`\ufeff${csv}\r\n`),
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
