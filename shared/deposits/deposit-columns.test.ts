import { describe, expect, it } from 'vitest';
import type { ReceivedCheque } from '@shared/deposits/cheques';
import { CHEQUE_COLUMNS, SLIP_COLUMNS } from '@shared/deposits/deposit-columns';
import { depositChequeSchema } from '@shared/deposits/deposit';
import { makeCheque, makeDeposit } from '@shared/deposits/testing';
import { excelCsv } from '@shared/export/excel-csv';
import { exportTable } from '@shared/export/list-export';

const t = (key: string) => key.split('.').slice(-2).join('.');

describe('the « Remises de chèques » columns', () => {
  it('list each cheque with its amount and day typed, and where it came from', () => {
    const cheque: ReceivedCheque = {
      ...depositChequeSchema.parse(makeCheque('donation:d1', 125050, { payer: '=HYPERLINK("x")' })),
      origin: 'Toiture',
      sourceId: 'd1',
    };
    const table = exportTable(CHEQUE_COLUMNS, [cheque], t);
    expect(table.header).toEqual([
      'columns.payer',
      'columns.bank',
      'columns.number',
      'columns.amount',
      'columns.receivedOn',
      'columns.source',
    ]);
    expect(table.rows).toEqual([
      [
        '=HYPERLINK("x")',
        'Crédit Agricole',
        '0012345',
        { cents: 125050 },
        { date: '2026-03-02' },
        'sources.donation — Toiture',
      ],
    ]);
    // French Excel: the formula as text, the amount with a decimal comma, the day JJ/MM/AAAA.
    expect(excelCsv(table.header, table.rows).split('\r\n')[1]).toBe(
      '"\'=HYPERLINK(""x"")";Crédit Agricole;0012345;1250,50;02/03/2026;sources.donation — Toiture',
    );
  });

  it('give a slip’s state and the day it was deposited apart', () => {
    const prepared = makeDeposit({ id: 's1', cheques: [makeCheque('donation:d1', 3000)] });
    const deposited = makeDeposit({
      id: 's2',
      number: '2026-A-0002',
      cheques: [makeCheque('donation:d2', 2000), makeCheque('donation:d3', 1500)],
      status: 'deposited',
      depositedOn: '2026-03-09',
    });
    const table = exportTable(SLIP_COLUMNS, [prepared, deposited], t);
    expect(table.rows).toEqual([
      ['2026-A-0001', { date: '2026-03-05' }, 1, { cents: 3000 }, 'statuses.prepared', { date: '' }],
      [
        '2026-A-0002',
        { date: '2026-03-05' },
        2,
        { cents: 3500 },
        'statuses.deposited',
        { date: '2026-03-09' },
      ],
    ]);
  });
});
