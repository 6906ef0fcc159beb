import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';

const read = (relative: string) =>
  readFileSync(fileURLToPath(new URL(`../../${relative}`, import.meta.url)), 'utf8');
const sourcesOf = (folder: string) =>
  readdirSync(fileURLToPath(new URL(`../../${folder}/`, import.meta.url)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => read(`${folder}/${file}`));

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('error keys of events, attendance, donations and receipts', () => {
  const used = new Set(
    [
      ...sourcesOf('shared/events'),
      ...sourcesOf('shared/donations'),
      ...sourcesOf('shared/receipts'),
      read('server/http/routes-sync.ts'),
    ].flatMap((source) =>
      [
        ...source.matchAll(/'((?:errors\.(?:events|sheets|donations|receipts|sync|members|common))\.\w+)'/g),
      ].map((match) => match[1] as string),
    ),
  );
  // The write guard says `permissions.<reason>` for what the receipt rule refuses.
  for (const match of read('shared/receipts/receipt-rules.ts').matchAll(/'(receipts\.\w+)'/g)) {
    used.add(`permissions.${match[1] as string}`);
  }
  for (const match of read('shared/events/sheet-rules.ts').matchAll(/'(sheets\.\w+)'/g)) {
    used.add(`permissions.${match[1] as string}`);
  }

  it('finds the keys (the scan itself works)', () => {
    expect(used).toContain('errors.receipts.totalMismatch');
    expect(used).toContain('errors.sync.numberTaken');
    expect(used).toContain('permissions.receipts.immutable');
    expect(used).toContain('permissions.sheets.amendmentsKept');
    expect(used).toContain('errors.sheets.hashMismatch');
  });

  it.each([...used].sort())('has a French and an English text for %s', (key) => {
    for (const texts of [fr, en]) {
      const text = lookup(texts, key);
      expect(typeof text, key).toBe('string');
      expect(String(text).trim()).not.toBe('');
    }
  });
});
