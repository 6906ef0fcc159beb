import type { TFunction } from 'i18next';
import type { SaveFileResult } from '@shared/ipc/contract';
import { pdfFileName } from '@shared/pdf/member-cards';
import { recoveryCodeDocument } from '@shared/pdf/recovery-code';
import type { Platform } from '@renderer/platform/platform';
import { renderPdf } from '@renderer/pdf/render-pdf';

/** The recovery code's sheet as a PDF, handed to the platform (save dialog, or a download). */
export async function printRecoveryCode(
  platform: Platform,
  {
    code,
    accountName,
    t,
    language,
    now = new Date(),
  }: { code: string; accountName: string; t: TFunction; language: 'fr' | 'en'; now?: Date },
): Promise<SaveFileResult> {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now);
  const document = recoveryCodeDocument(code, {
    title: t('recovery.pdf.title'),
    account: t('recovery.pdf.account', { name: accountName }),
    made: t('recovery.pdf.made', { date }),
    howTo: t('recovery.pdf.howTo'),
    keep: t('recovery.pdf.keep'),
  });
  return platform.saveFile({
    suggestedName: pdfFileName(t('recovery.pdf.fileName'), 'code-de-secours'),
    filterName: t('recovery.pdf.fileFilter'),
    extensions: ['pdf'],
    mimeType: 'application/pdf',
    data: await renderPdf(document),
  });
}
