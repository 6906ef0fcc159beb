import type { TFunction } from 'i18next';
import type { SaveFileResult } from '@shared/ipc/contract';
import type { MemberCardPerson, MemberCardsPerPage } from '@shared/pdf/member-cards';
import { memberCardsDocument, pdfFileName } from '@shared/pdf/member-cards';
import type { Organisation } from '@shared/schema/organisation';
import type { Season } from '@shared/members/season';
import { memberCardsFr } from '@renderer/i18n/sections/member-cards.fr';
import type { Platform } from '@renderer/platform/platform';
import { renderPdf } from '@renderer/pdf/render-pdf';

export interface PrintMemberCardsOptions {
  /** In print order; people without a member number get a card without number or QR code. */
  people: readonly MemberCardPerson[];
  organisation: Pick<Organisation, 'name' | 'logo'>;
  season: Pick<Season, 'label'>;
  perPage: MemberCardsPerPage;
  /** The caller's `t` (useTranslation), so cards print in the app's language; French without it. */
  t?: TFunction;
  /** The file's name (safe for every system), instead of the season's « cartes-adherent-… ». */
  fileName?: string;
}

/** French labels, for a caller without `t`: a card is for the association's members. */
function frenchLabels(season: string) {
  const texts = memberCardsFr;
  return {
    cardTitle: texts.cardTitle,
    number: texts.number,
    season: texts.season,
    documentTitle: texts.documentTitle.replace('{{season}}', season),
    fileName: texts.fileName.replace('{{season}}', season),
    fileFilter: texts.fileFilter,
  };
}

/**
 * Renders the cards to PDF and hands them to the platform: a save dialog on the desktop, a
 * download in a browser. Resolves with what happened (`saved: false` when the dialog was closed).
 */
export async function printMemberCards(
  platform: Platform,
  { people, organisation, season, perPage, t, fileName }: PrintMemberCardsOptions,
): Promise<SaveFileResult> {
  const labels = t
    ? {
        cardTitle: t('memberCards.cardTitle'),
        number: t('memberCards.number'),
        season: t('memberCards.season'),
        documentTitle: t('memberCards.documentTitle', { season: season.label }),
        fileName: t('memberCards.fileName', { season: season.label }),
        fileFilter: t('memberCards.fileFilter'),
      }
    : frenchLabels(season.label);
  const document = memberCardsDocument({ people, organisation, season, perPage, labels });
  const data = await renderPdf(document);
  return platform.saveFile({
    suggestedName: fileName ?? pdfFileName(labels.fileName),
    filterName: labels.fileFilter,
    extensions: ['pdf'],
    mimeType: 'application/pdf',
    data,
  });
}
