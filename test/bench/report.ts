/** One line of the benchmark's table: a budget of DESIGN.md with its figure and baseline. */
export interface BenchLine {
  id: string;
  label: string;
  /** The budget as DESIGN.md states it. */
  budget: string;
  figure: string | null;
  baseline?: string;
  /** "×N" against the baseline, when there is one. */
  ratio?: string;
  status: 'ok' | 'dépassé' | 'pas encore mesurable' | 'mesuré';
  /** Why it is not measurable yet, or what the figure covers. */
  note?: string;
  /** The raw measurements behind the figure, for the JSON file only. */
  details?: Record<string, unknown>;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function notYet(id: string, label: string, budget: string, note: string): BenchLine {
  return { id, label, budget, figure: null, status: 'pas encore mesurable', note };
}

function pad(text: string, width: number) {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** A plain-text table for the terminal (and the README). */
export function formatTable(lines: readonly BenchLine[]): string {
  const header = ['Mesure', 'Budget', 'Chiffre', 'Référence', 'Rapport', 'Verdict'];
  const body = lines.map((l) => [
    l.label,
    l.budget,
    l.figure ?? '—',
    l.baseline ?? '',
    l.ratio ?? '',
    l.status,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => row[column]?.length ?? 0)),
  );
  const render = (row: string[]) => row.map((cell, i) => pad(cell, widths[i] ?? 0)).join(' | ');
  const separator = widths.map((w) => '-'.repeat(w)).join('-|-');
  const notes = lines.filter((l) => l.note).map((l) => `- ${l.label} : ${l.note}`);
  return [render(header), separator, ...body.map(render), '', ...notes].join('\n');
}
