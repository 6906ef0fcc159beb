import type { autoBackupsFr } from '@renderer/i18n/sections/auto-backups.fr';

/** English texts of the desktop's automatic backups (`backup.auto.*`). */
export const autoBackupsEn: typeof autoBackupsFr = {
  title: 'Automatic backups',
  intro:
    'On this PC, Tilleul backs everything up every day into its data folder, and makes a whole copy before each update that changes the shape of the data. It keeps 7 daily, 4 weekly and 12 monthly backups.',
  last: 'Last automatic backup: {{date}} ({{size}}).',
  none: 'No automatic backup yet: the first one is made at start-up.',
  failedTitle: 'The last automatic backup failed',
  failed: 'On {{date}}: {{message}} Check the free space on the disk, then click “Back up now”.',
  beforeUpdateFailed:
    'The copy of the data before the update could not be made. It will be tried again at the next start; meanwhile, make a backup with “Export a backup”.',
  listFailed: 'The list of automatic backups could not be read: {{message}}',
  now: 'Back up now',
  listLabel: 'Automatic backups',
  date: 'Date',
  kind: 'Kind',
  size: 'Size',
  file: 'File',
  action: 'Action',
  kinds: {
    daily: 'Daily',
    weekly: 'Weekly',
    monthly: 'Monthly',
    beforeUpdate: 'Before update',
  },
  restore: 'Restore…',
  restoreOne: 'Restore the backup of {{date}}',
  wholeCopy: 'Whole copy, in the backups folder',
  revert: 'Go back to this copy…',
  revertOne: 'Go back to the copy of {{date}}',
  revertTitle: 'Go back to the copy from before the update?',
  revertText:
    'Tilleul will restart and put this PC’s data back as they were on {{date}}, just before the update. The current data are not deleted: they are set aside in the data folder, in an « IndexedDB-remplacee-… » folder. What was typed on this PC since and not synchronised will no longer be visible; if this PC is synchronised, the server will then send it what changed since.',
  revertConfirm: 'Go back to this copy and restart',
  revertCancel: 'Change nothing',
  reverting: 'Tilleul is restarting to put the copy back…',
  revertFailed: 'The copy could not be chosen: {{message}}',
  secretLabel: 'Administrator password or recovery code',
  secretHelp:
    'Automatic backups are encrypted for the administrators of this PC: type your password (or that of an administrator on the day of the backup), or your recovery code.',
  restoreCopyFailed:
    'The chosen copy from before the update could not be put back: the data were left as they were. Check the free disk space, then try again.',
};
