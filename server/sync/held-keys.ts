import type { FieldError } from '@shared/sync/protocol';
import { deName } from '@shared/format/french-elision';
import { ApiError } from '@server/http/api-error';
import type { HeldKey } from '@server/storage/store';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

type Plain = Readonly<Record<string, unknown>>;

/** The cheque of `key` on the slip that holds it, as the sentence names it. */
function chequeOn(holder: Plain, key: string): string {
  const cheques = Array.isArray(holder.cheques) ? (holder.cheques as Plain[]) : [];
  const cheque = cheques.find((line) => line.key === key);
  if (!cheque) return 'Un chèque de ce bordereau';
  const number = typeof cheque.number === 'string' && cheque.number !== '' ? ` n° ${cheque.number}` : '';
  const payer = typeof cheque.payer === 'string' ? ` ${deName(cheque.payer)}` : '';
  const amount = typeof cheque.amount === 'number' ? ` (${euros.format(cheque.amount / 100)})` : '';
  return `Le chèque${number}${payer}${amount}`;
}

/**
 * A push refused because a document coming to life holds a value another live document holds
 * (a cheque already on another slip that is not undone): 409, nothing written. The sentence
 * names the other slip only to a device that may read the collection (deposits.read).
 */
export function heldElsewhereError(collection: string, held: readonly HeldKey[], mayRead: boolean): ApiError {
  const rows = [...new Map(held.map((entry) => [entry.row, entry])).values()];
  const errors: FieldError[] = rows.map((entry) => ({
    row: entry.row,
    documentId: entry.documentId,
    path: 'cheques',
    message: 'errors.sync.chequeOnAnotherSlip',
  }));
  const [first] = held;
  const slip = first && typeof first.holder.number === 'string' ? first.holder.number : '';
  const message =
    collection === 'deposits' && first && mayRead
      ? `${chequeOn(first.holder, first.key)} est déjà sur le bordereau ${slip}, fait sur un autre poste. Retirez ce chèque du bordereau ou annulez l’autre bordereau. Rien de cet envoi n’a été enregistré.`
      : `Une valeur de ce document est déjà prise par un autre document de « ${collection} ». Rien de cet envoi n’a été enregistré.`;
  return new ApiError(409, 'HELD_ELSEWHERE', message, errors);
}
