import type { TranslationShape } from '@renderer/i18n/shape';
import type { memberCardsFr } from '@renderer/i18n/sections/member-cards.fr';

export const memberCardsEn: TranslationShape<typeof memberCardsFr> = {
  cardTitle: 'Membership card',
  number: 'No.',
  season: 'Season',
  documentTitle: 'Membership cards {{season}}',
  fileName: 'membership-cards-{{season}}',
  fileFilter: 'PDF document',
};
