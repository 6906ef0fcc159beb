import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import type { ImportPlan, RowOutcome } from '@shared/import/helloasso-plan';
import { countsList, countsTotal, planCounts } from '@renderer/pages/import/import-counts';

const SHOWN: RowOutcome[] = ['new', 'updated', 'unchanged', 'linked', 'duplicate', 'skipped', 'error'];
const STATUSES = ['pending', 'refused', 'cancelled', 'refunded'] as const;
type Status = (typeof STATUSES)[number];

/** « 1 commande en attente (non importée) »: the lines not imported, by their status in HelloAsso. */
function NotImported({ plan, statuses }: { plan: ImportPlan; statuses: readonly Status[] }) {
  const { t } = useTranslation();
  return (
    <List withPadding listStyleType="circle">
      {statuses.map((status) => (
        <List.Item key={status}>
          {t(`imports.dryRun.notImported.${status}`, { count: plan.notImported[status] ?? 0 })}
        </List.Item>
      ))}
    </List>
  );
}

/** The dry run's figures: rows by outcome, lines not imported by status, the event, what is added. */
export function DryRunSummary({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const counts = planCounts(plan);
  const { event } = plan;
  const notImported = STATUSES.filter((status) => (plan.notImported[status] ?? 0) > 0);
  return (
    <>
      <List aria-label={t('imports.dryRun.title')}>
        {SHOWN.filter((outcome) => plan.counts[outcome] > 0).map((outcome) => (
          <List.Item key={outcome}>
            {t(`imports.dryRun.${outcome}`, { count: plan.counts[outcome] })}
            {/* The lines not imported by status are some of the lines ignored: under them. */}
            {outcome === 'skipped' && notImported.length > 0 ? (
              <NotImported plan={plan} statuses={notImported} />
            ) : null}
          </List.Item>
        ))}
      </List>
      {plan.counts.skipped === 0 && notImported.length > 0 ? (
        <NotImported plan={plan} statuses={notImported} />
      ) : null}
      {event ? (
        <Text fw={600} data-testid="import-event">
          {t(event.created ? 'imports.dryRun.eventCreated' : 'imports.dryRun.eventFound', {
            title: event.title,
            date: formatDate(event.startsOn),
          })}
        </Text>
      ) : null}
      {countsTotal(counts) > 0 ? (
        <Text>{t('imports.dryRun.adds', { list: countsList(t, counts) })}</Text>
      ) : null}
    </>
  );
}
