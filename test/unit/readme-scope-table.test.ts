import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCOPE_TABLE_END, SCOPE_TABLE_START, scopeTable } from '@shared/sync/scope-table';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** Prettier pads the README's table cells: compare cell by cell, not space by space. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^-+$/, '---'))
        .join('|'),
    );

/** The README's table between its markers; `UPDATE_README=1 npx vitest run test/unit/readme-scope-table.test.ts` rewrites it. */
describe('README security table', () => {
  it('is the one generated from the permission matrix and the read scope', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(SCOPE_TABLE_START);
    const end = text.indexOf(SCOPE_TABLE_END);
    expect(start, 'README.md must hold the scope-table markers').toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const current = text.slice(start + SCOPE_TABLE_START.length, end).trim();
    const expected = scopeTable();
    if (process.env.UPDATE_README === '1' && cells(current).join('\n') !== cells(expected).join('\n')) {
      writeFileSync(
        README,
        `${text.slice(0, start + SCOPE_TABLE_START.length)}\n${expected}\n${text.slice(end)}`,
      );
      return;
    }
    expect(
      cells(current),
      'README.md is stale: run UPDATE_README=1 npx vitest run test/unit/readme-scope-table.test.ts',
    ).toEqual(cells(expected));
  });

  it('says what the door may not read', () => {
    const table = scopeTable();
    const door = table.split('\n').find((line) => line.startsWith('| Comptes'));
    expect(door).toContain('comptes « bénévole à l’entrée »');
    expect(
      table
        .split('\n')
        .find((line) => line.startsWith('| Dons'))
        ?.split('|')
        .at(-2),
    ).toContain('lecture : —');
  });
});
