import { describe, expect, it } from 'vitest';
import { exportTable } from '@shared/export/list-export';
import { feeColumns } from '@shared/members/fee-columns';
import { makeMembership } from '@shared/members/testing';

const t = (key: string, values?: Readonly<Record<string, string>>) =>
  values ? `${key.split('.').at(-1)}(${Object.values(values).join('|')})` : (key.split('.').at(-1) ?? key);
const seasons = (id: string) => ({ s26: '2026-2027' })[id] ?? id;

describe('a person’s cotisations as a file', () => {
  const cash = makeMembership({
    id: 'm1',
    holderId: 'paul',
    seasonId: 's26',
    amount: 2150,
    paidOn: '2026-09-05',
  });
  const cheque = makeMembership({
    id: 'm2',
    holderId: 'famille',
    holderKind: 'household',
    seasonId: 's26',
    tariffLabel: 'Famille',
    paymentMethod: 'cheque',
    chequeNumber: '0001234',
    taxReceiptAllowed: true,
    cancelledOn: '2026-10-02',
    cancelReason: 'Saisie en double',
  });

  it('has the screen’s columns but its buttons, and says why a fee was cancelled', () => {
    const table = exportTable(feeColumns({ season: seasons }), [cash, cheque], t);
    expect(table.header).toEqual(['season', 'tariff', 'amount', 'method', 'paidOn', 'notes']);
    expect(table.rows[0]).toEqual([
      '2026-2027',
      'Adulte',
      { cents: 2150 },
      'especes',
      { date: '2026-09-05' },
      '',
    ]);
    expect(table.rows[1]).toEqual([
      '2026-2027',
      'Famille (viaHousehold)',
      { cents: 2000 },
      'cheque n° 0001234',
      { date: '2025-09-06' },
      'cancelledOn(02/10/2026|Saisie en double) · receipt',
    ]);
  });

  it('names the receipt only for who may read receipts', () => {
    const table = exportTable(
      feeColumns({ season: seasons, receiptNumber: (fee) => (fee.id === 'm1' ? '2026-A-0007' : '') }),
      [cash, cheque],
      t,
    );
    expect(table.header.at(-1)).toBe('receipt');
    expect(table.rows.map((row) => row.at(-1))).toEqual(['2026-A-0007', '']);
  });
});
