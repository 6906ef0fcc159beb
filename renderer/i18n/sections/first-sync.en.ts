import type { firstSyncFr } from '@renderer/i18n/sections/first-sync.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

/** English texts of the first sync's progress (`firstSync.*`, issue 19). */
export const firstSyncEn: TranslationShape<typeof firstSyncFr> = {
  title: 'First synchronisation',
  intro:
    'This device is receiving the association’s data: each screen works as soon as its data is in (the member list and the door search first).',
  remaining_one: '{{count, number}} document to go · about {{time}}',
  remaining_other: '{{count, number}} documents to go · about {{time}}',
  remainingUnknown_one: '{{count, number}} document to go',
  remainingUnknown_other: '{{count, number}} documents to go',
  finishing: 'Saving the last data…',
  minutes: '{{count, number}} min',
  seconds: '{{count, number}} s',
  offline:
    'Offline: the network is down. Nothing received is lost; the synchronisation will resume by itself, where it stopped.',
  resumed: 'The network is back: the synchronisation resumed where it had stopped.',
  searchable_one: 'The door search is ready: {{shown}} person (received from the server in one answer).',
  searchable_other: 'The door search is ready: {{shown}} people (received from the server in one answer).',
  waiting: 'waiting',
  done: 'received',
  nothing: '{{what}}: nothing to receive',
  line: '{{received}} of {{expected}} {{what}}',
  lineUnknown: '{{received}} {{what}} received',
  megabytes: '{{value}} MB',
  collections: {
    people: 'people',
    households: 'households',
    settings: 'settings',
    users: 'accounts',
    events: 'events',
    attendance: 'attendance records',
    memberships: 'memberships',
    sheets: 'attendance sheets',
    donations: 'donations',
    receipts: 'tax receipts',
    audit: 'journal entries',
    deposits: 'cheque deposits',
  },
};
