import { describe, expect, it } from 'vitest';
import { formatTable, median, notYet, percentile } from './report';

describe('bench report', () => {
  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('prints every line, including what cannot be measured yet, with its reason', () => {
    const table = formatTable([
      { id: 'a', label: 'Recherche', budget: 'p95 ≤ 5 ms', figure: '0.40 ms', ratio: '×300', status: 'ok' },
      notYet('b', 'Pointage', 'p95 ≤ 15 ms', 'l’entrée n’existe pas encore'),
    ]);
    expect(table).toContain('Recherche');
    expect(table).toContain('pas encore mesurable');
    expect(table).toContain('- Pointage : l’entrée n’existe pas encore');
  });
});
