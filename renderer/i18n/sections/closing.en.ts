import type { TranslationShape } from '@renderer/i18n/shape';
import type { closingFr } from '@renderer/i18n/sections/closing.fr';
/** Closing an event into its sheet (issue 16): errors, refusals and the event page's texts. */
export const closingErrorsEn = {
  reasonRequired: 'Say why you correct the sheet.',
  part: 'Wrong sheet part: update Tilleul on this device.',
  id: 'Sheet wrongly identified (event or part): update Tilleul on this device.',
  personTwice: 'The same person is twice on the sheet.',
  amendmentTwice: 'The same correction is twice on the sheet.',
  hashMismatch:
    'The sheet’s content does not match its fingerprint: it was altered. Nothing was saved; tell the administrator.',
  autoCloseDays: 'Enter a whole number of days from 0 to 365 (0: never).',
};

/** Spread into `permissions` of en.ts: why a closed event's sheet cannot be changed. */
export const closingPermissionsEn = {
  sheets: {
    immutable: 'A closed event’s sheet no longer changes: add a correction (who, when, why).',
    amendmentsKept: 'A correction already on the sheet can be neither changed nor removed.',
    noDeletion: 'A closed event’s sheet is never deleted: it is the legal record of attendance.',
  },
};

export const closingActionsEn = {
  'events.close': 'close an event',
  'sheets.read': 'see closed events’ sheets',
};

export const closingEn: TranslationShape<typeof closingFr> = {
  close: 'Close the event',
  dialog: {
    title: 'Close “{{event}}”?',
    frozen:
      'The attendance list is frozen into a sheet: the record of the event, like a signed paper sheet, with its fingerprint.',
    amendments: 'A change made afterwards is added to the sheet as a correction: who, when and why are kept.',
    door: 'The entrance can no longer check anyone in for this event.',
    records_one: '{{count, number}} attendance record will be gathered into the sheet, then deleted.',
    records_other: '{{count, number}} attendance records will be gathered into the sheet, then deleted.',
    keep: 'Do not close',
    confirm: 'Close',
    progress: 'Closing: {{done}} / {{total}} records gathered',
    done: 'Event closed: the sheet is saved.',
  },
  closedBadge: 'Closed',
  closedOn: 'Closed on {{date}} at {{time}} by {{name}} ({{device}}). Attendance is read from the sheet.',
  thisDevice: 'This device',
  someone: 'a deleted account',
  correct: 'Correct the sheet',
  amend: {
    title: 'Correct the sheet of “{{event}}”',
    search: 'Person',
    searchDescription: 'Name, first name or member number; ↓ ↑ choose, Enter takes the one in green.',
    none: 'Nobody matches.',
    choose: 'Choose {{name}}',
    chosen: 'Correction for {{name}}',
    change: 'Choose someone else',
    presence: 'On the sheet',
    present: 'Present',
    absent: 'Absent',
    reason: 'Reason for the correction',
    reasonHint: 'Required: it stays on the sheet with your name and the time.',
    choosePerson: 'Choose the person to correct.',
    save: 'Add the correction',
    cancel: 'Cancel',
    done: 'Correction added to the sheet.',
  },
  amendmentsTitle: 'Corrections after closing',
  amendmentLine: '{{date}} at {{time}}, {{by}}: {{person}} {{presence}} — {{reason}}',
  presentWord: 'present',
  absentWord: 'absent',
  pdf: {
    note: 'Sheet closed on {{date}} at {{time}} by {{name}} — SHA-256 fingerprint {{hash}}',
    presentAt: 'Present, in at {{time}}',
    present: 'Present',
    absent: 'Absent',
  },
  person: {
    title: 'Attendance',
    none: 'No registration or attendance.',
    event: 'Event',
    date: 'Date',
    registered: 'Registered',
    present: 'Present',
    presentAt: 'at {{time}}',
    represented: 'Represented',
    closed: 'closed sheet',
    missing: 'Event not on this device',
  },
  settings: {
    title: 'Closing events automatically',
    intro:
      'A past event is closed automatically this many days after it ends: its attendance is frozen into a sheet, which lightens every device.',
    days: 'Days after the event',
    daysHint: 'From 0 to 365; 0: never close automatically.',
    save: 'Confirm the delay',
    saved: 'Automatic closing delay saved.',
    autoClosed_one: '{{count, number}} past event closed automatically.',
    autoClosed_other: '{{count, number}} past events closed automatically.',
    autoCloseFailed:
      'Closing past events automatically failed ({{message}}). Tried again in an hour; you can also close an event from its page.',
  },
};
