import { formatFrenchDate } from '@shared/dates/parse-date';
import type { ListColumn, Translate } from '@shared/export/list-export';
import type { MembershipDocument } from '@shared/members/membership';

/** What a fee's line names that the fee does not hold: its season's label, its receipt's number. */
export interface FeeLookups {
  season: (seasonId: string) => string;
  /** The number of the issued receipt covering the fee; absent for who may not read receipts. */
  receiptNumber?: (fee: MembershipDocument) => string;
}

/** « Annulée le 05/03/2026 : chèque refusé » and « Reçu fiscal possible », as the line says them. */
function feeNotes(fee: MembershipDocument, t: Translate): string {
  const notes: string[] = [];
  if (fee.cancelledOn !== '') {
    notes.push(
      t('cotisations.cancelledOn', {
        date: formatFrenchDate(fee.cancelledOn),
        reason: fee.cancelReason || '—',
      }),
    );
  }
  if (fee.taxReceiptAllowed) notes.push(t('people.membership.receipt'));
  return notes.join(' · ');
}

/**
 * The person page's « Adhésions » table (MembershipsTable.tsx) as a file: the same columns but
 * its buttons, the receipt's number only for who may read receipts. A cancelled fee keeps its
 * amount (struck through on screen) and says so in « Remarques ».
 */
export function feeColumns(lookups: FeeLookups): ListColumn<MembershipDocument>[] {
  const columns: ListColumn<MembershipDocument>[] = [
    { id: 'season', label: 'cotisations.columns.season', cell: (fee) => lookups.season(fee.seasonId) },
    {
      id: 'tariff',
      label: 'cotisations.columns.tariff',
      cell: (fee, t) =>
        fee.holderKind === 'household'
          ? `${fee.tariffLabel} (${t('people.membership.viaHousehold')})`
          : fee.tariffLabel,
    },
    { id: 'amount', label: 'cotisations.columns.amount', cell: (fee) => ({ cents: fee.amount }) },
    {
      id: 'method',
      label: 'cotisations.columns.method',
      cell: (fee, t) =>
        [
          t(`people.membership.methods.${fee.paymentMethod}`),
          fee.chequeNumber ? `n° ${fee.chequeNumber}` : '',
        ]
          .filter(Boolean)
          .join(' '),
    },
    { id: 'paidOn', label: 'cotisations.columns.paidOn', cell: (fee) => ({ date: fee.paidOn }) },
    { id: 'notes', label: 'cotisations.columns.notes', cell: feeNotes },
  ];
  const { receiptNumber } = lookups;
  if (receiptNumber)
    columns.push({ id: 'receipt', label: 'cotisations.columns.receipt', cell: receiptNumber });
  return columns;
}
