import type { ReceivedCheque } from '@shared/deposits/cheques';
import type { DepositDocument } from '@shared/deposits/deposit';
import type { ListColumn } from '@shared/export/list-export';

/** The cheques not yet deposited, as « Remises de chèques » lists them (the ticked box aside). */
export const CHEQUE_COLUMNS: readonly ListColumn<ReceivedCheque>[] = [
  { id: 'payer', label: 'deposits.toDeposit.columns.payer', cell: (cheque) => cheque.payer },
  { id: 'bank', label: 'deposits.toDeposit.columns.bank', cell: (cheque) => cheque.bank },
  { id: 'number', label: 'deposits.toDeposit.columns.number', cell: (cheque) => cheque.number },
  { id: 'amount', label: 'deposits.toDeposit.columns.amount', cell: (cheque) => ({ cents: cheque.amount }) },
  {
    id: 'receivedOn',
    label: 'deposits.toDeposit.columns.receivedOn',
    cell: (cheque) => ({ date: cheque.receivedOn }),
  },
  {
    id: 'source',
    label: 'deposits.toDeposit.columns.source',
    cell: (cheque, t) =>
      [t(`deposits.toDeposit.sources.${cheque.source}`), cheque.origin].filter(Boolean).join(' — '),
  },
];

/**
 * The slips made: on screen the state is a badge « Remis le 14/07/2026 »; a file has the state
 * and the day apart, so that a spreadsheet sorts on the day.
 */
export const SLIP_COLUMNS: readonly ListColumn<DepositDocument>[] = [
  { id: 'number', label: 'deposits.slips.columns.number', cell: (slip) => slip.number },
  { id: 'date', label: 'deposits.slips.columns.date', cell: (slip) => ({ date: slip.date }) },
  { id: 'count', label: 'deposits.slips.columns.count', cell: (slip) => slip.count },
  { id: 'total', label: 'deposits.slips.columns.total', cell: (slip) => ({ cents: slip.total }) },
  {
    id: 'status',
    label: 'deposits.slips.columns.status',
    cell: (slip, t) => t(`deposits.slips.statuses.${slip.status}`),
  },
  {
    id: 'depositedOn',
    label: 'deposits.slips.columns.depositedOn',
    cell: (slip) => ({ date: slip.depositedOn }),
  },
];
