import type { TranslationShape } from '@renderer/i18n/shape';
import type { memberCardsFr } from '@renderer/i18n/sections/member-cards.fr';

export const memberCardsEn: TranslationShape<typeof memberCardsFr> = {
  cardTitle: 'Membership card',
  number: 'No.',
  season: 'Season',
  documentTitle: 'Membership cards {{season}}',
  fileName: 'membership-cards-{{season}}',
  fileFilter: 'PDF document',
  refusedOne: 'No card for {{name}}: {{reason}}',
  refusal: {
    'not-covered':
      '“{{status}}”, no membership fee for the {{season}} season. Cards are only printed for members who are up to date.',
    'no-number': 'this record has no member number (the card carries it).',
  },
  noneCovered:
    'None of the people shown is up to date for the {{season}} season: no card to print. Choose another season in the “Season” filter.',
  printed_one: '{{count, number}} card of the {{season}} season saved.',
  printed_other: '{{count, number}} cards of the {{season}} season saved.',
  leftOut_one:
    '{{count, number}} person shown is not up to date for the {{season}} season (or has no number): no card for them.',
  leftOut_other:
    '{{count, number}} people shown are not up to date for the {{season}} season (or have no number): no card for them.',
  capped: 'Only the first 500 cards were made: narrow the list for the next ones.',
};
