import { describe, expect, it } from 'vitest';
import { cancellationSchema, receiptDocumentSchema, receiptsCollection } from '@shared/receipts/receipt';
import { makeReceipt, receiptVersion0 } from '@shared/receipts/testing';
import { toRxJsonSchema } from '@shared/schema/collection-spec';

/** A receipt as version 0 stored it (issue 17 reshaped it). */
const v0 = receiptVersion0();

describe('receipts version 1', () => {
  it('migrates a version 0 receipt without changing what it printed', () => {
    const migrated = receiptDocumentSchema.parse(receiptsCollection.migrations?.[1]?.(v0));
    expect(migrated).toMatchObject({
      scope: 'single',
      articles: ['200'],
      replaces: '',
      total: 5000,
      totalInWords: 'cinquante euros',
      organisation: {
        categoryCode: 'autre',
        category: 'Association loi 1901 d’intérêt général',
        rupDecreeDate: '',
      },
      donor: { name: 'Marie Dupont', firstNames: '', legalForm: '' },
      contentHash: 'b'.repeat(64),
    });
    expect(migrated.lines).toEqual([
      {
        source: 'donation',
        sourceId: 'donation-1',
        receivedOn: '2026-02-14',
        amount: 5000,
        method: 'cheque',
        form: 'declaration-don-manuel',
        nature: 'titres-cotes',
        natureDescription: '',
        valuation: '',
        label: '',
      },
    ]);
  });

  it('makes a company’s receipt tick 238 bis, and a receipt of several gifts an annual one', () => {
    const line = { ...v0.lines[0], receivedOn: '2026-05-01', donationId: 'donation-2' };
    const migrated = receiptsCollection.migrations?.[1]?.({
      ...v0,
      kind: '16216',
      donor: { ...v0.donor, kind: 'organisation', name: 'Boulangerie Martin', siren: '732829320' },
      period: { from: '2026-01-01', to: '2026-12-31' },
      lines: [v0.lines[0], line],
      total: 10000,
    });
    expect(receiptDocumentSchema.parse(migrated)).toMatchObject({ scope: 'annual', articles: ['238-bis'] });
  });

  it('holds a fee line beside a donation, never the same one twice, and each article once', () => {
    const receipt = makeReceipt({ id: 'r' });
    const line = receipt.lines[0] as (typeof receipt.lines)[number];
    const fee = {
      ...line,
      source: 'membership' as const,
      sourceId: 'donation-1',
      label: 'Membre bienfaiteur',
    };
    expect(
      receiptDocumentSchema.safeParse({ ...receipt, lines: [line, fee], total: 10000, scope: 'annual' })
        .success,
    ).toBe(true);
    const keys = (input: unknown) =>
      receiptDocumentSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(keys({ ...receipt, lines: [line, line], total: 10000 })).toContain(
      'errors.receipts.donationTwice',
    );
    expect(keys({ ...receipt, articles: ['200', '200'] })).toContain('errors.receipts.articleTwice');
    expect(keys({ ...receipt, articles: [] }).length).toBeGreaterThan(0);
  });

  it('is version 1 in RxDB', () => {
    expect(toRxJsonSchema(receiptsCollection).version).toBe(1);
  });
});

describe('a cancellation’s reason', () => {
  it('is stored trimmed, and its maximum holds for what was sent, spaces included', () => {
    expect(cancellationSchema.parse({ reason: '  Erreur de montant  ' }).reason).toBe('Erreur de montant');
    expect(cancellationSchema.safeParse({ reason: `${' '.repeat(1000)}x` }).success).toBe(false);
    expect(cancellationSchema.safeParse({ reason: 'x'.repeat(500) }).success).toBe(true);
  });
});
