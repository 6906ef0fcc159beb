import type { TFunction } from 'i18next';
import type { DoorPaymentLine } from '@shared/events/door-payment-lines';
import { formatMoney } from '@shared/format/intl';

/** « 5,00 € Chèque n° 12 (Porte 1) ; 5,00 € Espèces (Porte 2) »: each payment taken at the door. */
export function describeDoorPayments(
  t: TFunction,
  lines: readonly DoorPaymentLine[],
  locale: string,
): string {
  return lines
    .map((payment) => {
      const amount = formatMoney(payment.amount, locale);
      const method = payment.method ? t(`people.membership.methods.${payment.method}`) : '';
      const line = payment.chequeNumber
        ? t('doorPayment.lineCheque', { amount, method, number: payment.chequeNumber })
        : t('doorPayment.line', { amount, method });
      return payment.device ? t('doorPayment.lineDoor', { line, device: payment.device }) : line;
    })
    .join(' ; ');
}
