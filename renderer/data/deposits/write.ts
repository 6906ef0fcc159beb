import type { DepositChequeInput, DepositDocument } from '@shared/deposits/deposit';
import { depositDocumentSchema } from '@shared/deposits/deposit';
import { alreadyOnASlip, nextDepositNumber, slipTotals } from '@shared/deposits/deposit-rules';
import type { WriteContext } from '@shared/schema/common';
import { newStamps } from '@shared/schema/stamps';
import type { TilleulDatabase } from '@renderer/data/database';
import { editDocument } from '@renderer/data/edit-document';
import { readAll } from '@renderer/data/read-all';

/**
 * Writes of cheque deposit slips. Each validates with the shared schema and stamps; the write
 * guard checks that the role may (`deposits.manage`) and that a slip handed to the bank never
 * changes (shared/deposits/deposit-rules.ts).
 */

/** A rule of deposit slips refused the write: `key` is under `permissions.` (deposits.fr.ts). */
export class DepositRuleError extends Error {
  readonly code = 'DEPOSIT_RULE';
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'DepositRuleError';
  }
}

export interface SlipRequest {
  /** `YYYY-MM-DD`, the date written on the slip. */
  date: string;
  /** The lines to print; a `sourceId` the list carried along is left out. */
  cheques: readonly (DepositChequeInput & { sourceId?: string })[];
  /** Cash handed over with the cheques, in cents. */
  cash?: number;
  account?: string;
  notes?: string;
  /** Who prepares it, as printed. */
  preparedByName: string;
  /** This device's series (« A » when standalone), as receipts use it. */
  series: string;
}

/**
 * Makes a slip of the cheques chosen, numbered after the highest of this device's series for the
 * slip's year. Refused when one of them is already on a slip (prepared or deposited): a cheque
 * goes to the bank once.
 */
export async function prepareDeposit(
  db: TilleulDatabase,
  context: WriteContext,
  request: SlipRequest,
): Promise<DepositDocument> {
  const slips = await readAll(db.deposits);
  const twice = alreadyOnASlip(
    request.cheques.map((cheque) => cheque.key),
    slips,
  );
  if (twice[0]) throw new DepositRuleError('deposits.alreadyOnSlip', { number: twice[0].number });
  const year = Number(request.date.slice(0, 4));
  const cash = request.cash ?? 0;
  const slip = depositDocumentSchema.parse({
    ...newStamps(context),
    number: nextDepositNumber(
      slips.map((slip) => slip.number),
      year,
      request.series,
    ),
    date: request.date,
    status: 'prepared',
    preparedBy: context.userId,
    preparedByName: request.preparedByName,
    depositedOn: '',
    account: request.account ?? '',
    cheques: request.cheques.map(({ sourceId: _sourceId, ...line }) => line),
    cash,
    ...slipTotals(request.cheques, cash),
    notes: request.notes ?? '',
  });
  await db.deposits.insert(slip);
  return slip;
}

/** The slip was handed to the bank on `depositedOn`: from now on it never changes. */
export function markDeposited(
  db: TilleulDatabase,
  context: WriteContext,
  id: string,
  depositedOn: string,
): Promise<DepositDocument> {
  return editDocument(db.deposits, depositDocumentSchema, context, { kind: 'deposit', id }, (stored) => {
    if (stored.status === 'deposited') throw new DepositRuleError('deposits.deposited');
    return { status: 'deposited', depositedOn };
  });
}

/** Undoes a slip not yet handed to the bank: its cheques are to deposit again. */
export async function undoDeposit(db: TilleulDatabase, id: string): Promise<void> {
  const slip = await db.deposits.findOne(id).exec();
  if (!slip) throw new DepositRuleError('deposits.unknown');
  if (slip.status === 'deposited') throw new DepositRuleError('deposits.deposited');
  await slip.remove();
}
