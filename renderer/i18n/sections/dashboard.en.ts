import type { TranslationShape } from '@renderer/i18n/shape';
import type { dashboardFr } from '@renderer/i18n/sections/dashboard.fr';

export const dashboardEn: TranslationShape<typeof dashboardFr> = {
  figuresTitle: 'Memberships at a glance',
  noSeasons:
    'No season is defined: create the current season in Settings → Seasons and fees to see who is up to date.',
  noSeasonsAsk:
    'No season is defined: ask an administrator to create the current season (Settings → Seasons and fees) to see who is up to date.',
  noSeasonsAction: 'Define the seasons',
  noCurrentSeason: 'No season contains today’s date: add the new season in Settings → Seasons and fees.',
  noCurrentSeasonAsk:
    'No season contains today’s date: ask an administrator to add the new season (Settings → Seasons and fees).',
  upToDate: 'Up to date this season',
  upToDateDetail: 'Season {{season}}',
  lastSeason: 'Last season',
  lastSeasonDetail: 'Up to date in {{season}}',
  compared: '{{difference}} more than last season',
  comparedLess: '{{difference}} fewer than last season',
  comparedSame: 'As many as last season',
  renewals: 'Renewals expected',
  renewalsDetail: 'People or households up to date last season, not yet this season',
  renewalsAction: 'See the list',
  newThisMonth: 'New members this month',
  newThisMonthDetail: 'First fee paid in {{month}}',
  noPreviousSeason: 'No previous season',
  chartTitle: 'Members up to date per season',
  chartSeries: 'Members up to date',
  chartEmpty: 'The chart will appear once fees are recorded.',
  demo: {
    title: 'Try it with a demo association',
    body: 'Load an imaginary association (families, two seasons of fees, tariffs) to discover Tilleul without typing your members. Your own data is not touched, and you can remove it all in one click.',
    size: 'Size of the association',
    sizeSmall: '{{people}} people',
    sizeLarge: '{{people}} people (slower)',
    load: 'Try it with a demo association',
    loading: 'Loading the demo…',
    progress: '{{done}} of {{total}} records',
    progressLabel: 'Progress',
    loaded: 'Demo association loaded: {{people}} people.',
    loadedTitle: 'Demo data present',
    loadedBody:
      'Demo people and households are imaginary; their member numbers start with DEM-. Remove them before typing your real members, or whenever you like.',
    remove: 'Remove the demo data',
    removing: 'Removing the demo…',
    confirmTitle: 'Remove the demo?',
    confirmBody:
      'Every demo person, household and fee will be removed, along with its seasons, tariffs and custom fields. Your own data stays as it is.',
    confirm: 'Remove',
    cancel: 'Cancel',
    removed: 'Demo data removed.',
    keptSeasons:
      'Demo seasons kept because your fees use them: {{seasons}}. Rename them if needed in Settings → Seasons and fees.',
    failed: 'The operation did not complete: {{message}}',
    seasonsTakenTitle: 'The demo needs seasons of its own',
    seasonsTaken:
      'The demo brings three seasons of its own, up to the current one, and never mixes its tariffs or fees with yours. Your season {{seasons}} already covers those dates: try the demo on a device without seasons (a new installation or another browser).',
    settingsDamaged:
      'The stored seasons or custom fields are damaged: fix them in Settings before loading the demo.',
  },
};
