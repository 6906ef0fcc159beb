import { makeReceipt } from '@shared/receipts/testing';
import { amountInWords } from '@shared/money/amount-in-words';
import { toCents } from '@shared/money/cents';
import type { ReceiptDocument } from '@shared/receipts/receipt';

/** `count` annual receipts of twelve monthly gifts each, as a year's batch holds them. */
export function benchAnnualReceipts(count: number): ReceiptDocument[] {
  const template = makeReceipt({ id: 'template' }).lines[0] as ReceiptDocument['lines'][number];
  return Array.from({ length: count }, (_, i) => {
    const lines = Array.from({ length: 12 }, (_, month) => ({
      ...template,
      sourceId: `gift-${i}-${month}`,
      receivedOn: `2026-${String(month + 1).padStart(2, '0')}-05`,
      amount: toCents(1000 + i),
      method: 'prelevement' as const,
    }));
    const total = lines.reduce((sum, line) => sum + line.amount, 0);
    return makeReceipt({
      id: `receipt-${i}`,
      number: `2026-A-${String(i + 1).padStart(4, '0')}`,
      scope: 'annual',
      issuedOn: '2027-01-10',
      period: { from: '2026-01-01', to: '2026-12-31' },
      lines,
      total,
      totalInWords: amountInWords(total),
    });
  });
}
