/** Closing an event into its sheet (issue 16): errors, refusals and the event page's texts. */
export const closingErrorsEn = {
  reasonRequired: 'Say why you correct the sheet.',
  part: 'Wrong sheet part: update Tilleul on this device.',
  id: 'Sheet wrongly identified (event or part): update Tilleul on this device.',
  personTwice: 'The same person is twice on the sheet.',
  amendmentTwice: 'The same correction is twice on the sheet.',
  hashMismatch:
    'The sheet’s content does not match its fingerprint: it was altered. Nothing was saved; tell the administrator.',
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
