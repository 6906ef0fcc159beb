import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReportTable } from '@shared/reports/tables';
import { FiguresTable } from '@renderer/pages/reports/FiguresTable';
import { ReportChart } from '@renderer/pages/reports/ReportChart';

/** One report: its title, how it counts, its chart and its table (or why there is nothing). */
export function ReportCard({ table, locale }: { table: ReportTable; locale: string }) {
  const headingId = `report-${table.id}`;
  const drawn = table.rows.some((row) => row.bars.some((value) => value > 0));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {table.title}
        </Title>
        {table.note ? (
          <Text size="sm" c="dimmed">
            {table.note}
          </Text>
        ) : null}
        {table.rows.length === 0 ? (
          <Text size="sm">{table.empty}</Text>
        ) : (
          <>
            {drawn ? <ReportChart table={table} locale={locale} /> : null}
            <FiguresTable table={table} />
          </>
        )}
      </Stack>
    </Card>
  );
}
