import {
  cashCountActionsEn,
  cashCountEn,
  cashCountPermissionsEn,
} from '@renderer/i18n/sections/cash-count.en';
import { reportsEn, reportsActionsEn } from '@renderer/i18n/sections/reports.en';
import { desktopEn } from '@renderer/i18n/sections/desktop.en';
import { backupEn, backupActionsEn, backupSettingsTabsEn } from '@renderer/i18n/sections/backup.en';
import {
  erasureEn,
  erasureActionsEn,
  erasureJournalActionsEn,
  erasurePermissionsEn,
  erasureSettingsTabsEn,
  retentionEn,
  retentionErrorsEn,
} from '@renderer/i18n/sections/erasure.en';
import { peopleEn } from '@renderer/i18n/sections/people.en';
import { customFieldsSettingsEn } from '@renderer/i18n/sections/custom-fields-settings.en';
import { dashboardEn } from '@renderer/i18n/sections/dashboard.en';
import { memberCardsEn } from '@renderer/i18n/sections/member-cards.en';
import { seasonsSettingsEn } from '@renderer/i18n/sections/seasons-settings.en';
import type { fr } from '@renderer/i18n/fr';
import type { TranslationShape } from '@renderer/i18n/shape';
import { membersEn } from '@renderer/i18n/sections/members.en';
import { mergeEn } from '@renderer/i18n/sections/merge.en';
import { importEn } from '@renderer/i18n/sections/import.en';
import {
  receiptPermissionsEn,
  recordsCollectionsEn,
  recordsErrorsEn,
} from '@renderer/i18n/sections/records.en';
import { firstSyncEn } from '@renderer/i18n/sections/first-sync.en';
import { syncEn, syncErrorsEn, syncSettingsTabsEn } from '@renderer/i18n/sections/sync.en';
import { dateFieldEn, datesEn } from '@renderer/i18n/sections/dates.en';
import { fieldsEn } from '@renderer/i18n/sections/fields.en';
import { auditReadingEn } from '@renderer/i18n/sections/audit-reading.en';
import { unsavedEn } from '@renderer/i18n/sections/unsaved.en';
import { entranceEn } from '@renderer/i18n/sections/entrance.en';
import { doorCameraEn } from '@renderer/i18n/sections/door-camera.en';
import { cotisationsEn } from '@renderer/i18n/sections/cotisations.en';
import { tablesEn } from '@renderer/i18n/sections/tables.en';
import { personDataEn } from '@renderer/i18n/sections/person-data.en';
import { personFormEn } from '@renderer/i18n/sections/person-form.en';
import { eventsEn } from '@renderer/i18n/sections/events.en';
import {
  doorPaymentEn,
  doorPaymentErrorsEn,
  doorPaymentPermissionsEn,
} from '@renderer/i18n/sections/door-payment.en';
import { eventSheetsEn } from '@renderer/i18n/sections/event-sheets.en';
import {
  closingActionsEn,
  closingEn,
  closingErrorsEn,
  closingPermissionsEn,
} from '@renderer/i18n/sections/closing.en';
import { recoveryEn } from '@renderer/i18n/sections/recovery.en';
import { donationsEn } from '@renderer/i18n/sections/donations.en';
import {
  depositsEn,
  depositsActionsEn,
  depositsCollectionsEn,
  depositsErrorsEn,
  depositsPermissionsEn,
} from '@renderer/i18n/sections/deposits.en';

export const en: TranslationShape<typeof fr> = {
  app: {
    name: 'Tilleul',
    tagline: 'The back office for associations, even offline',
    labelValue: '{{label}}: {{value}}',
    listSeparator: '; ',
    close: 'Close',
    loadingPage: 'Opening the page…',
    loadingDirectory: 'Reading the members file… (an event’s entrance is already usable)',
    pageFailed: {
      title: 'This page could not open',
      offline:
        'Tilleul could not load this page: the connection with the association’s server is down. Your data is untouched. Go back home, or try again when the network is back.',
      body: 'An unexpected error stopped this page from showing. Your data is untouched. Go back home or try again.',
      retry: 'Try again',
      home: 'Back to home',
    },
    startFailed: {
      title: 'Tilleul could not open its database',
      reload: 'Reload',
      details: 'Technical detail, for whoever helps you',
      cause: {
        'no-storage':
          'This browser does not let Tilleul keep data: private browsing does that, and so does blocking site data. Open Tilleul in a normal window, or allow this site to store data, then reload.',
        'storage-full':
          'This device’s storage is full. Your data is intact. Free some space (photos, videos, downloads, other apps), then reload the page.',
        'newer-version':
          'Another window or tab is using a newer version of Tilleul, or is updating the database right now. Close the other Tilleul windows, wait a few seconds, then reload.',
        'insecure-origin':
          'This address is not secure (http) and this browser withholds there what Tilleul needs. Open Tilleul through the association server’s https address, or ask the administrator to turn it on (serve --https).',
        unknown:
          'Your data has not been changed. Close other Tilleul windows, then reload the page. If the problem persists, write down the technical detail for whoever helps you.',
      },
    },
    toggleSecretVisibility: 'Show or hide what you typed',
    skipToContent: 'Skip to content',
    toggleNavigation: 'Show or hide the menu',
  },
  webUpdate: {
    badge: 'New version',
    title: 'A new version of Tilleul is ready',
    body: 'It is already on this device, and works without a network too. It opens when the page reloads: you will have to sign in again. Finish what you are typing first.',
    later: 'Later',
    apply: 'Reload now',
    locked: 'It is already on this device. Nobody is signed in: nothing is lost by reloading.',
  },
  offline: {
    door: {
      noReload:
        'Without a connection, do not reload this page: this browser does not keep Tilleul for offline use at this address.',
    },
    admin: {
      title: 'This browser does not keep everything needed to work without network',
      appShell: {
        'insecure-origin':
          'The address is not secure (http): the browser refuses to keep the app there, and a page reloaded without network no longer opens. Start the server with “tilleul-server serve --https” (or behind Caddy or nginx with a certificate), then open its https address.',
        unsupported:
          'This browser cannot keep the app for offline use. Use a recent browser (Chrome, Firefox, Safari, Edge) at the door.',
        failed:
          'The browser refused to keep the app for offline use (unrecognised certificate, or blocked storage). Use a certificate this device trusts, then reload this page with the network on.',
      },
      storageMayBeCleared:
        'The browser did not grant lasting storage: it may clear Tilleul’s data when space runs out (Safari on iPhone also clears sites unused for a week). Sync often, and add Tilleul to the home screen.',
    },
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    members: 'Members',
    events: 'Events',
    entrance: 'Entrance',
    donations: 'Donations & receipts',
    reports: 'Reports',
    settings: 'Settings',
    shortcutHint: 'Alt+{{key}}',
  },
  pages: {
    home: {
      title: 'Home',
      setupTitle: 'Getting started',
      setupBody: 'Enter your association’s identity: it will be printed on tax receipts and member cards.',
      setupAction: 'Enter the association',
      setupAsk: 'Ask an administrator to do it (Settings → Association).',
      setupDone: 'Association identity entered: {{name}}.',
    },
    donations: {
      title: 'Donations & receipts',
    },
    notFound: {
      title: 'Page not found',
      body: 'This address does not match any Tilleul page.',
      back: 'Back to home',
    },
  },
  settings: {
    title: 'Settings',
    tabs: {
      ...syncSettingsTabsEn,
      ...backupSettingsTabsEn,
      ...erasureSettingsTabsEn,
      organisation: 'Association',
      seasons: 'Seasons and fees',
      customFields: 'Custom fields',
      users: 'Accounts',
      security: 'Security',
      journal: 'Journal',
      general: 'Language',
      about: 'About',
    },
    general: {
      languageLabel: 'Application language',
      languageDescription: 'Applies to this device.',
      saved: 'Language saved.',
    },
    about: {
      version: 'Version',
      platform: 'Platform',
      desktop: 'Desktop application (Electron {{version}})',
      web: 'Web browser',
      dataDir: 'Data folder',
      dataDirWeb: 'In this browser’s storage',
      deviceId: 'This device’s identifier',
      series: 'This device’s receipt series',
      openDataDir: 'Open the folder',
      updates: 'Updates',
      checkUpdate: 'Check for an update',
      update: {
        idle: 'Not checked since start-up.',
        noFeed:
          'No source of updates: enrol this device on the association’s server (Settings → Sync), which distributes them, or ask an administrator to set a public source below.',
        checking: 'Checking…',
        upToDate: 'Tilleul is up to date (checked at {{time}}).',
        downloading: 'Version {{version}} is downloading in the background.',
        ready:
          'Version {{version}} is ready: it will be installed when you quit Tilleul. Nothing is interrupted until then.',
        refused:
          'Version {{version}} refused: it is not signed by the Tilleul team. Nothing was installed; tell whoever runs the server.',
        error: 'The check failed: {{message}}. Check the network, then try again.',
      },
    },
  },
  organisation: {
    intro:
      'This information is printed on tax receipts (Cerfa 11580) and member cards. Fields marked with an asterisk are required.',
    sections: {
      identity: 'Identity',
      address: 'Registered office address',
      category: 'Type of organisation',
      signatory: 'Receipt signatory',
      images: 'Logo and signature (optional)',
    },
    fields: {
      name: 'Association name',
      rna: 'RNA number',
      rnaDescription: 'W followed by 9 characters, for example W751234567.',
      siren: 'SIREN number',
      sirenDescription: '9 digits, if the association has one.',
      line1: 'Address',
      line2: 'Address line 2',
      postalCode: 'Postal code',
      city: 'Town',
      object: 'Purpose of the association',
      objectDescription: 'As written in the statutes.',
      category: 'Type',
      categoryPlaceholder: 'Choose the type',
      categoryOther: 'Specify the type',
      rupDecreeDate: 'Date of the public-utility recognition decree',
      signatoryName: 'Signatory name',
      signatoryTitle: 'Signatory position',
      signatoryTitlePlaceholder: 'Chair, treasurer…',
      logo: 'Logo',
      signature: 'Scanned signature',
      imagePlaceholder: 'Choose a PNG or JPEG image',
      imageRemove: 'Remove',
    },
    categories: {
      rup: 'Association or foundation recognised as of public utility',
      'fondation-universitaire': 'University or partnership foundation',
      'fondation-entreprise': 'Corporate foundation',
      'interet-general': 'Organisation of general interest',
      'musee-de-france': 'Musée de France',
      enseignement: 'Non-profit higher or artistic education institution of general interest',
      'creation-entreprises': 'Organisation whose sole purpose is to help create businesses',
      'cultuelle-alsace-moselle':
        'Religious or charitable association, public religious body of Alsace-Moselle',
      festivals: 'Organisation whose main activity is running festivals',
      'aide-personnes-en-difficulte': 'Association giving free help to people in need (meals, care, housing)',
      'fondation-patrimoine': 'Fondation du patrimoine, or an organisation passing donations on to it',
      recherche: 'Non-profit research institution of general interest',
      insertion: 'Work-integration company, association or workshop, adapted company',
      autre: 'Other organisation',
    },
    save: 'Save',
    saveShortcut: 'Ctrl+S',
    cancel: 'Discard changes',
    saved: 'Association identity saved.',
    saveFailed: 'Saving failed: {{message}}',
    invalid: 'Some fields need correcting: see the messages in red.',
    lastSaved: 'Last changed: {{date}}',
    damaged: 'The stored information is incomplete or damaged. It is shown as it is: correct it, then save.',
    export: 'Export (JSON)',
    exported: 'File saved.',
    exportedTo: 'File saved: {{path}}',
    exportFailed: 'Export failed: {{message}}',
  },
  dateField: dateFieldEn,
  fields: fieldsEn,
  unsaved: unsavedEn,
  desktop: desktopEn,
  entrance: entranceEn,
  tables: tablesEn,
  personData: personDataEn,
  personForm: personFormEn,
  auditReading: auditReadingEn,
  errors: {
    date: datesEn,
    ...syncErrorsEn,
    doorPayment: doorPaymentErrorsEn,
    retention: retentionErrorsEn,
    sheets: closingErrorsEn,
    ...recordsErrorsEn,
    ...depositsErrorsEn,
    common: {
      invalid: 'Invalid value.',
      tooLong: 'This text is too long: {{max}} characters at most.',
      isoDate: 'This date does not exist: enter it as DD/MM/YYYY.',
      isoDateTime: 'Invalid date and time.',
      unexpected:
        'Something unexpected went wrong. Try again; if it happens again, note this message: {{message}}',
    },
    organisation: {
      nameRequired: 'Enter the association’s name.',
      rnaFormat: 'The RNA number starts with W followed by 9 characters (for example W751234567).',
      sirenFormat: 'The SIREN number has 9 digits.',
      sirenChecksum: 'This SIREN number is not valid: check the digits.',
      rnaOrSirenRequired: 'Enter the association’s RNA number or SIREN number (at least one of them).',
      addressRequired: 'Enter the registered office address.',
      postalCodeFormat: 'The postal code has 5 digits.',
      cityRequired: 'Enter the town.',
      objectRequired: 'Enter the association’s purpose.',
      categoryRequired: 'Choose the type of organisation.',
      categoryOtherRequired: 'Specify the type of organisation.',
      rupDecreeDateRequired: 'Enter the date of the public-utility recognition decree.',
      signatoryNameRequired: 'Enter the name of the person who signs receipts.',
      signatoryTitleRequired: 'Enter the signatory’s position (for example: chair).',
      imageFormat: 'Choose a PNG or JPEG image.',
      imageTooLarge: 'This image is larger than 300 KB: make it smaller and try again.',
      imageUnreadable: 'This image could not be read. Try another file.',
    },
    members: membersEn,
    users: {
      nameRequired: 'Enter the person’s name.',
      roleRequired: 'Choose a role.',
      pinFormat: 'The PIN must be at least 6 digits long (digits only).',
      passwordTooShort: 'The password must be at least 8 characters long.',
      confirmMismatch: 'The two entries are not the same.',
      secretKindMismatch: 'Entrance volunteers have a PIN, other roles a password.',
    },
    security: {
      autoLockRange: 'Choose a delay between 0.25 and 1,440 minutes.',
    },
    ipc: {
      badFileName: 'This file name is not allowed.',
      fileTooLarge: 'This file is too large to be saved.',
      badSender: 'Request refused: it does not come from Tilleul.',
      badPayload: 'Request refused: invalid data.',
      unknownChannel: 'This action does not exist in this version of Tilleul.',
      writeFailed:
        'The file could not be written. Check that the folder exists and that you can write to it, then try again.',
      internal: 'An internal error occurred. Try again.',
      badAddress: 'Type the full address of the server, starting with https://.',
      unreachable:
        'The server does not answer at this address. Check the address and the network (Wi-Fi, cable), then try again.',
      pinFailed: 'This certificate could not be saved on this device. Try again.',
      openFolderFailed: 'The folder could not be opened. Open it from the file manager, at the path shown.',
      badFeedUrl:
        'Type the full address of the source, starting with https:// (http:// only for localhost), with no user name or password.',
      backupNotFound:
        'This backup is no longer in the backups folder. Refresh the list and choose another one.',
    },
  },
  roles: {
    admin: 'Administrator',
    secretary: 'Secretary',
    treasurer: 'Treasurer',
    door: 'Entrance volunteer',
  },
  auth: {
    firstRun: {
      title: 'Welcome to Tilleul',
      body: 'Create this installation’s administrator account. You can then add accounts for secretaries, treasurers and volunteers, and enter the association’s identity.',
      name: 'Your name',
      submit: 'Create the administrator account',
      create: 'Start the association on this PC',
      join: 'Join the association’s server',
      restore: 'Restore a backup onto this PC',
      restoreBody:
        'On a new PC, or after a failure: choose a backup of the association (a .tilleul file). Everything comes back as it was on the day of the backup, accounts and passwords included. If the association has a server, join it instead: everything comes from there.',
      restored: 'The backup’s accounts are back: sign in with yours, as before.',
      toSignIn: 'Continue to sign in',
      how: 'How to start on this PC',
      autoFound: 'This PC keeps automatic backups of Tilleul',
      autoFoundBody:
        'The latest is from {{date}}. If Tilleul’s data has vanished from this PC, restore it rather than typing everything again: the accounts come back with it.',
      autoFoundAction: 'Restore an automatic backup',
      autoList: 'Automatic backups of this PC',
      orFile: 'Or a backup file (a USB key, another PC):',
      fileInstead: 'Choose a file instead',
      waitingForAccounts:
        'This device has joined “{{org}}”. The accounts are coming from the server: the list of people will appear as soon as they arrive.',
      emptyServer:
        'The server of “{{org}}” has no account yet: this PC is the association’s first. Create the administrator account here; it will be sent to the server, and the other devices will receive it.',
      noDoorAccount:
        'This device has joined “{{org}}”, but the server has no “Entrance volunteer” account yet. An administrator creates one on the office PC (Settings → Accounts): it will arrive here by itself, with nothing more to do.',
      done: 'Administrator account created. Welcome, {{name}}!',
    },
    lock: {
      title: 'Tilleul is locked',
      whoAreYou: 'Who is using Tilleul?',
      noUsers: 'No active account on this device. Ask an administrator.',
      back: 'Choose another account',
      submit: 'Sign in',
      pin: 'PIN',
      password: 'Password',
      wrongSecret: 'Wrong PIN or password. Check that this is your account.',
      locked: 'Too many attempts for this account: try again in {{seconds}} s.',
      disabled: 'This account is disabled. Ask an administrator.',
      unknownUser: 'This account no longer exists. Choose another one.',
    },
    lockNow: 'Lock',
    lockShortcut: 'Ctrl+Shift+L',
    signedInAs: '{{name}} · {{role}}',
    locked: 'Tilleul has been locked.',
  },
  users: {
    title: 'Accounts',
    intro:
      'Each person who uses this PC has their own account. Entrance volunteers sign in with a PIN of at least 6 digits; others with a password of at least 8 characters.',
    add: 'Add an account',
    name: 'Name',
    role: 'Role',
    secretPassword: 'Password',
    secretPin: 'PIN (6 digits or more)',
    confirm: 'Confirm',
    create: 'Create the account',
    created: 'Account “{{name}}” created.',
    reset: 'New password or PIN',
    resetTitle: 'New secret for {{name}}',
    resetDone: 'The password or PIN of “{{name}}” has been changed.',
    disable: 'Disable',
    enable: 'Enable',
    disabledBadge: 'Disabled',
    active: 'Active',
    state: 'State',
    you: 'you',
    cannotDisableSelf: 'You cannot disable your own account.',
    save: 'Save',
    cancel: 'Cancel',
  },
  security: {
    autoLock: 'Lock automatically after (minutes of inactivity)',
    autoLockDescription:
      'On a shared PC, Tilleul locks itself when nobody uses it. From 0.25 (15 seconds) to 1,440 minutes.',
    save: 'Save',
    saved: 'Security settings saved.',
  },
  journal: {
    title: 'Journal',
    intro:
      'Everything done in Tilleul, by whom, when and on which device. The journal can be neither changed nor erased.',
    filterUser: 'Person',
    filterAction: 'Action',
    filterAll: 'All',
    when: 'When',
    time: 'Time',
    who: 'Who',
    what: 'Action',
    target: 'On',
    details: 'Details',
    device: 'Device',
    empty: 'No matching entry.',
    count: '{{count, number}} entries (the 500 most recent at most)',
    actions: {
      create: 'Created',
      update: 'Changed',
      delete: 'Deleted',
      'check-in': 'Check-in',
      'receipt-issue': 'Receipt issued',
      'receipt-cancel': 'Receipt cancelled',
      import: 'Import',
      export: 'Export',
      login: 'Sign-in',
      'login-failed': 'Failed sign-in',
      logout: 'Sign-out',
      lock: 'Lock',
      'permission-denied': 'Refused action',
      'conflict-merged': 'Conflict merged',
      ...erasureJournalActionsEn,
    },
    collections: {
      ...recordsCollectionsEn,
      ...depositsCollectionsEn,
      settings: 'Settings',
      users: 'Accounts',
      audit: 'Journal',
      backups: 'Backups',
    },
  },
  permissions: {
    ...receiptPermissionsEn,
    ...closingPermissionsEn,
    ...erasurePermissionsEn,
    ...doorPaymentPermissionsEn,
    ...cashCountPermissionsEn,
    ...depositsPermissionsEn,
    denied: 'Your role ({{role}}) does not allow this: {{action}}. It is reserved for: {{roles}}.',
    systemOnly: 'Only Tilleul itself changes this data.',
    notLoggedIn: 'Tilleul is locked: sign in first.',
    auditAppendOnly: 'The journal can be neither changed nor erased.',
    pageTitle: 'Restricted',
    actions: {
      'people.search': 'search people',
      'people.readDetails': 'see contact details and notes',
      'people.create': 'create a record',
      'people.registerWalkIn': 'register someone at the entrance',
      'people.update': 'change a record',
      'people.delete': 'delete a record',
      'people.merge': 'merge two records',
      'memberships.read': 'see membership fees',
      'memberships.create': 'record a membership fee',
      'memberships.takeAtDoor': 'take payment at the entrance',
      'memberships.update': 'change a membership fee',
      'memberships.delete': 'delete a membership fee',
      'events.read': 'see events',
      'events.manage': 'manage events',
      'attendance.checkIn': 'check someone in',
      'attendance.manage': 'manage attendance',
      ...closingActionsEn,
      ...cashCountActionsEn,
      'donations.read': 'see donations',
      'donations.manage': 'manage donations',
      'receipts.read': 'see tax receipts',
      'receipts.issue': 'issue a tax receipt',
      'receipts.cancel': 'cancel a tax receipt',
      'settings.read': 'see the association’s settings',
      'settings.manage': 'change the association’s settings',
      'users.manage': 'manage accounts',
      'audit.read': 'read the journal',
      'data.import': 'import data',
      'data.export': 'export data',
      'data.exportPerson': 'export a person’s data',
      ...backupActionsEn,
      ...erasureActionsEn,
      ...depositsActionsEn,
      ...reportsActionsEn,
    },
  },
  people: peopleEn,
  sync: syncEn,
  firstSync: firstSyncEn,
  backup: backupEn,
  memberCards: memberCardsEn,
  dashboard: dashboardEn,
  seasonsSettings: seasonsSettingsEn,
  customFieldsSettings: customFieldsSettingsEn,
  merge: mergeEn,
  erasure: erasureEn,
  retention: retentionEn,
  imports: importEn,
  cotisations: cotisationsEn,
  events: eventsEn,
  doorPayment: doorPaymentEn,
  doorCamera: doorCameraEn,
  eventSheets: eventSheetsEn,
  closing: closingEn,
  cashCount: cashCountEn,
  recovery: recoveryEn,
  donations: donationsEn,
  deposits: depositsEn,
  reports: reportsEn,
  language: {
    fr: 'Français',
    en: 'English',
  },
};
