import { formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';

/**
 * An amount as a PDF prints it. French `Intl` separates thousands with a narrow no-break space
 * (U+202F), which the PDFs' font (pdfmake's Roboto) does not have: « 1 250,00 € » printed with
 * a box in place of the space. The plain no-break space keeps the figure together just as well.
 */
export function pdfMoney(amount: Cents, locale = 'fr-FR'): string {
  return formatMoney(amount, locale).replace(/\u202f/g, '\u00a0');
}
