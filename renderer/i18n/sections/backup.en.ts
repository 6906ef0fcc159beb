import { autoBackupsEn } from '@renderer/i18n/sections/auto-backups.en';
import type { backupFr } from '@renderer/i18n/sections/backup.fr';

export const backupSettingsTabsEn = { backup: 'Backups' };
export const backupActionsEn = { 'data.backup': 'back up and restore all data' };

export const backupEn: typeof backupFr = {
  export: {
    title: 'Export a backup',
    intro:
      'One file with all of the association’s data: people, memberships, events, donations, receipts, settings, accounts and journal. Keep it somewhere safe, away from this PC.',
    password: 'Password (optional)',
    passwordHelp:
      'With a password the file is encrypted: nobody can read or restore it without the password, which cannot be recovered if lost.',
    confirm: 'Password, once more',
    mismatch: 'The two passwords differ: type the same one twice.',
    confirmMissing: 'Type the password a second time here, to be sure it has no typo.',
    tooShort: 'At least 8 characters, or none for an unencrypted file.',
    button: 'Export a backup',
    progress: 'Backing up: {{written, number}} of {{total, number}} documents',
    done: 'Backup saved: {{name}}',
    failed: 'The backup could not be made: {{message}}',
  },
  restore: {
    title: 'Restore a backup',
    intro:
      'Puts every document of the file back as it was when backed up. What was created since is kept. The changes then go to the server like any others.',
    file: 'Backup file (.tilleul)',
    filePlaceholder: 'Choose a file',
    password: 'Backup password',
    check: 'Open the backup',
    checking: 'Checking the file: {{read, number}} documents read',
    preview: 'What the backup holds',
    association: 'Association',
    noName: '(no name)',
    createdAt: 'Made on',
    appVersion: 'By Tilleul',
    encrypted: 'Encrypted',
    yes: 'Yes',
    no: 'No',
    collection: 'Data',
    count: 'Count',
    confirmWord: 'RESTORE',
    confirmLabel: 'To confirm, type RESTORE',
    button: 'Restore',
    staging: 'Preparing: {{done, number}} of {{total, number}} documents',
    applying: 'Restoring: {{done, number}} of {{total, number}} batches',
    done: 'Restore finished: {{restored, number}} documents put back, {{unchanged, number}} already up to date, {{kept, number}} kept as they are.',
    keptHelp:
      'Kept as they are: documents the rules protect (a receipt cancelled since stays cancelled; the journal is never rewritten).',
    failed: 'Nothing was restored: {{message}}',
    failedHalfway:
      'The restore stopped halfway. What was already put back stays, and nothing is lost: restart Tilleul, it will finish the restore at start-up. Cause: {{message}}',
    firstRunActor: 'Restore at first start',
    resumed: 'An interrupted restore (backup of {{date}}) was finished at start-up.',
  },
  auto: autoBackupsEn,
  errors: {
    notABackup: 'This file is not a Tilleul backup. Choose a .tilleul file made with « Export a backup ».',
    newerFormat: 'This backup was made by a newer Tilleul. Update Tilleul, then try again.',
    newerSchema:
      'This backup comes from a newer Tilleul (« {{collection}} »). Update Tilleul, then try again.',
    unknownCollection:
      'This backup holds data this Tilleul does not know (« {{collection}} »). Update Tilleul, then try again.',
    badHeader: 'The backup’s header is damaged: the file cannot be restored. Try another backup.',
    badDocument:
      'Line {{line}} of the backup ({{collection}}) is invalid: the file was changed or damaged. Try another backup.',
    badTrailer: 'The end of the backup is damaged (line {{line}}). Try another backup.',
    countMismatch:
      'Documents are missing from the backup ({{collection}}): the file is incomplete. Try another backup.',
    checksumMismatch:
      'The backup was changed or damaged since it was made (different fingerprint). Try another copy.',
    truncated: 'The backup is incomplete: the file was cut off (interrupted copy?). Try another copy.',
    notUtf8: 'This file is not a Tilleul backup (unreadable text). Choose a .tilleul file.',
    lineTooLong: 'This file is not a Tilleul backup. Choose a .tilleul file.',
    passwordRequired: 'This backup is encrypted: type its password.',
    wrongPassword: 'Wrong password for this backup. Check it (capitals, accents) and try again.',
    noWebCrypto:
      'Encryption is not available at this address (insecure connection). Open Tilleul on the office PC or over https.',
    duplicateDocument:
      'The backup holds the same document twice (line {{line}}, {{collection}}): it was changed. Try another backup.',
    restoreInProgress:
      'A restore is already running on this device. Wait for it to finish, or restart Tilleul so that it finishes it.',
    wrongAdminSecret:
      'This password does not open this automatic backup. Type the password of an administrator as it was on the day of the backup, or their recovery code.',
    noAdminKey:
      'Automatic backup not made: no administrator has signed in on this PC yet, and it must not be written unencrypted. Sign in once as an administrator, then click “Back up now”.',
  },
};
