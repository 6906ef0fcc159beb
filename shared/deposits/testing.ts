import type { DepositChequeInput, DepositDocument, DepositInput } from '@shared/deposits/deposit';
import { depositDocumentSchema } from '@shared/deposits/deposit';
import { slipTotals } from '@shared/deposits/deposit-rules';

/** A cheque line for tests. */
export function makeCheque(
  key: string,
  amount: number,
  fields: Partial<DepositChequeInput> = {},
): DepositChequeInput {
  return {
    key,
    source: 'donation',
    payer: 'Hélène Dupré',
    bank: 'Crédit Agricole',
    number: '0012345',
    amount,
    receivedOn: '2026-03-02',
    origin: '',
    ...fields,
  };
}

/** A valid prepared slip for tests, through the real schema (totals computed). */
export function makeDeposit(
  fields: Partial<DepositInput> & Pick<DepositInput, 'id' | 'cheques'>,
): DepositDocument {
  const cash = fields.cash ?? 0;
  return depositDocumentSchema.parse({
    createdAt: '2026-03-05T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    updatedBy: 'user-treasurer',
    deviceId: 'device-1',
    number: '2026-A-0001',
    date: '2026-03-05',
    status: 'prepared',
    preparedBy: 'user-treasurer',
    preparedByName: 'Jeanne Morel',
    depositedOn: '',
    account: '',
    cash,
    ...slipTotals(fields.cheques, cash),
    notes: '',
    ...fields,
  });
}
