import type { DepositDocument } from '@shared/deposits/deposit';
import { pdfMoney } from '@shared/pdf/money';
import type { PdfCell, PdfDocDefinition } from '@shared/pdf/doc-definition';
import { MM } from '@shared/pdf/doc-definition';

/**
 * The cheque deposit slip (bordereau de remise de chèques) as a pdfmake document definition: the
 * association and the account credited, the slip's number and date, one numbered line per cheque
 * (payer, bank, cheque number, amount) with the count and the total, the cash if any, and room
 * for the depositor's signature and the bank's stamp. Built from the slip alone: a reprint reads
 * as the first print.
 */

export interface DepositSlipLabels {
  /** « Bordereau de remise de chèques n° {{number}} », already filled. */
  heading: string;
  documentTitle: string;
  /** « Date : 05/03/2026 », « Compte crédité : … », « Préparé par : … », already filled. */
  date: string;
  account: string;
  preparedBy: string;
  /** « Remis à la banque le … » once deposited, `''` otherwise. */
  deposited: string;
  columns: { line: string; payer: string; bank: string; number: string; receivedOn: string; amount: string };
  /** « Nombre de chèques : {{count}} », filled. */
  count: string;
  chequesTotal: string;
  cash: string;
  total: string;
  signature: string;
  bankStamp: string;
}

const cell = (text: string, extra: Partial<PdfCell> = {}): PdfCell => ({ text, ...extra });

export function depositSlipDocument(
  slip: DepositDocument,
  organisation: string,
  labels: DepositSlipLabels,
  locale = 'fr-FR',
): PdfDocDefinition {
  const money = (cents: number) => pdfMoney(cents as DepositDocument['total'], locale);
  const { columns } = labels;
  const header = [
    columns.line,
    columns.payer,
    columns.bank,
    columns.number,
    columns.receivedOn,
    columns.amount,
  ].map((text, index) =>
    cell(text, { bold: true, fillColor: '#eeeeee', alignment: index === 5 ? 'right' : 'left' }),
  );
  const lines = slip.cheques.map((cheque, index) => [
    cell(String(index + 1)),
    cell(cheque.payer),
    cell(cheque.bank),
    cell(cheque.number),
    cell(cheque.receivedOn.split('-').reverse().join('/')),
    cell(money(cheque.amount), { alignment: 'right' }),
  ]);
  const chequesTotal = slip.total - slip.cash;
  const sums: PdfCell[][] = [
    [
      cell(labels.count, { bold: true }),
      cell(labels.chequesTotal, { alignment: 'right' }),
      cell(money(chequesTotal), { alignment: 'right' }),
    ],
    ...(slip.cash > 0
      ? [
          [
            cell(''),
            cell(labels.cash, { alignment: 'right' }),
            cell(money(slip.cash), { alignment: 'right' }),
          ],
        ]
      : []),
    [
      cell(''),
      cell(labels.total, { bold: true, alignment: 'right' }),
      cell(money(slip.total), { bold: true, alignment: 'right' }),
    ],
  ];
  return {
    pageSize: 'A4',
    pageMargins: [15 * MM, 15 * MM, 15 * MM, 15 * MM],
    info: { title: labels.documentTitle, creator: 'Tilleul' },
    defaultStyle: { fontSize: 10 },
    content: [
      { text: organisation, fontSize: 12, bold: true },
      { text: labels.heading, fontSize: 16, bold: true, margin: [0, 6, 0, 6] },
      {
        stack: [labels.date, labels.account, labels.preparedBy, labels.deposited]
          .filter((text) => text !== '')
          .map((text) => ({ text })),
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [22, '*', 110, 70, 60, 75],
          body: [header, ...lines],
        },
      },
      {
        table: { widths: ['*', 120, 80], body: sums },
        layout: { hLineWidth: () => 0, vLineWidth: () => 0 },
        margin: [0, 6, 0, 0],
      },
      {
        columns: [
          { width: '*', stack: [{ text: labels.signature }], margin: [0, 30, 0, 0] },
          { width: '*', stack: [{ text: labels.bankStamp }], margin: [0, 30, 0, 0] },
        ],
      },
    ],
  };
}
