import type { TFunction } from 'i18next';
import type { DepositDocument } from '@shared/deposits/deposit';
import { formatDate } from '@shared/format/intl';
import type { SaveFileResult } from '@shared/ipc/contract';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { DepositSlipLabels } from '@shared/pdf/deposit-slip';
import { depositSlipDocument } from '@shared/pdf/deposit-slip';
import { pdfFileName } from '@shared/pdf/member-cards';
import type { Platform } from '@renderer/platform/platform';
import { renderPdf } from '@renderer/pdf/render-pdf';

function labelsOf(t: TFunction, slip: DepositDocument, locale: string): DepositSlipLabels {
  const column = (name: keyof DepositSlipLabels['columns']) => t(`deposits.pdf.columns.${name}`);
  return {
    heading: t('deposits.pdf.heading', { number: slip.number }),
    documentTitle: t('deposits.pdf.documentTitle', { number: slip.number }),
    date: t('deposits.pdf.date', { date: formatDate(slip.date, locale) }),
    account: slip.account ? t('deposits.pdf.account', { account: slip.account }) : '',
    preparedBy: t('deposits.pdf.preparedBy', { name: slip.preparedByName }),
    deposited: slip.depositedOn
      ? t('deposits.pdf.deposited', { date: formatDate(slip.depositedOn, locale) })
      : '',
    columns: {
      line: column('line'),
      payer: column('payer'),
      bank: column('bank'),
      number: column('number'),
      receivedOn: column('receivedOn'),
      amount: column('amount'),
    },
    count: t('deposits.pdf.count', { count: slip.count }),
    chequesTotal: t('deposits.pdf.chequesTotal'),
    cash: t('deposits.pdf.cash'),
    total: t('deposits.pdf.total'),
    signature: t('deposits.pdf.signature'),
    bankStamp: t('deposits.pdf.bankStamp'),
  };
}

/** The slip as pdfmake data, in the app's language (the bank reads French: the default). */
export function depositSlipPdfDocument(
  t: TFunction,
  slip: DepositDocument,
  organisation: string,
  locale: string,
): PdfDocDefinition {
  return depositSlipDocument(slip, organisation, labelsOf(t, slip, locale), locale);
}

/** Renders the slip and hands it to the platform: a save dialog on the desktop, a download in a browser. */
export async function printDepositSlip(
  platform: Platform,
  t: TFunction,
  slip: DepositDocument,
  organisation: string,
  locale: string,
): Promise<SaveFileResult> {
  const data = await renderPdf(depositSlipPdfDocument(t, slip, organisation, locale));
  return platform.saveFile({
    suggestedName: pdfFileName(t('deposits.pdf.fileName', { number: slip.number }), 'bordereau'),
    filterName: t('deposits.pdf.fileFilter'),
    extensions: ['pdf'],
    mimeType: 'application/pdf',
    data,
  });
}
