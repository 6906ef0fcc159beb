import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '@shared/reports/tables';
import { reportFormats } from '@shared/reports/tables';

const COLOURS = ['teal.6', 'gray.5'];

/**
 * A report's bars, drawn from the same figures as its table (money in euros on the axis). The
 * chart is a picture for who would rather look: its table below says every figure in words.
 */
export function ReportChart({ table, locale }: { table: ReportTable; locale: string }) {
  const { t } = useTranslation();
  const format = reportFormats(locale);
  const data = table.rows.map((row) => ({
    label: row.cells[0] ?? '',
    ...Object.fromEntries(row.bars.map((value, index) => [`s${index}`, table.money ? value / 100 : value])),
  }));
  return (
    <div role="img" aria-label={t('reports.chart', { title: table.title })}>
      <BarChart
        h={Math.min(420, 160 + table.rows.length * 12)}
        data={data}
        dataKey="label"
        series={table.series.map((label, index) => ({
          name: `s${index}`,
          label,
          color: COLOURS[index] ?? 'blue.6',
        }))}
        valueFormatter={(value) =>
          table.money ? format.money(Math.round(value * 100)) : format.count(value)
        }
        withLegend={table.series.length > 1}
        tickLine="y"
        yAxisProps={{ allowDecimals: false }}
        // A picture, not a Tab stop (its focus could not be seen): the table has every figure.
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
