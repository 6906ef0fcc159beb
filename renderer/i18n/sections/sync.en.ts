import type { syncErrorsFr, syncFr, syncSettingsTabsFr } from '@renderer/i18n/sections/sync.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const syncEn: TranslationShape<typeof syncFr> = {
  status: {
    label: 'Sync status: {{status}}',
    standalone: 'No server',
    connecting: 'Connecting…',
    offline: 'Offline',
    syncing: 'Syncing…',
    upToDate: 'Up to date',
    upToDateAt: 'Up to date · {{time}}',
    refused: 'Device refused',
    otherTab: 'Synced by another tab',
    appOutdated: 'Update Tilleul',
    serverOutdated: 'Server needs an update',
    pending: 'Changes not yet sent: {{count, number}}',
    andJournal_one: '(and {{count, number}} journal entry)',
    andJournal_other: '(and {{count, number}} journal entries)',
    journalPending_one: 'Only the journal waits to be sent: {{count, number}} entry.',
    journalPending_other: 'Only the journal waits to be sent: {{count, number}} entries.',
    nothingPending: 'Every change made on this device has been sent.',
    lastSynced: 'Last complete sync: {{time}}',
    neverSynced: 'Not yet synced with the server.',
    standaloneHelp:
      'This device works on its own, without a server: its data stay here. To share them with the association’s other devices, enrol it in Settings → Sync.',
    standaloneHelpAsk:
      'This device works on its own, without a server: its data stay here. To share them with the association’s other devices, an administrator can enrol it (Settings → Sync).',
    offlineHelp:
      'The server cannot be reached. Your changes are saved on this device and will be sent by themselves when the network is back.',
    refusedHelp:
      'The server no longer accepts this device. Ask an administrator for a new enrolment code, then leave this server and enrol the device again.',
    appOutdatedHelp:
      'The association’s server has a newer version of Tilleul than this device: nothing is exchanged any more, so that nothing is damaged. Your changes stay here. Update Tilleul (Settings → About); sync resumes after the restart.',
    serverOutdatedHelp:
      'This device has a newer version of Tilleul than the association’s server: nothing is exchanged any more, so that nothing is damaged. Your changes stay here. Ask whoever runs the server to update it, then restart Tilleul.',
    otherTabHelp:
      'Tilleul is open in another tab of this browser: that tab exchanges data with the server, including the changes made here. If you close it, this tab takes over.',
    problems: 'Latest errors',
    noProblems: 'No recent errors.',
    openSettings: 'Sync settings',
  },
  certificate: {
    title: 'Check the server’s certificate',
    why: 'The server {{host}} uses a certificate it made itself: no authority vouches for it. Its fingerprint (SHA-256):',
    fingerprint: 'Certificate fingerprint',
    compare:
      'Compare it, character by character, with the one the server prints when it starts (or in Settings → Synchronisation on a device already enrolled). If they differ, stop and tell the administrator.',
    refuse: 'They differ: cancel',
    trust: 'They are identical: trust it',
  },
  panel: {
    title: 'Sync',
    intro:
      'Enrol this device on the association’s server to share members, check-ins and receipts with the other devices. An administrator gives you the server address and a single-use enrolment code.',
    address: 'Server address',
    addressPlaceholder: '192.168.1.20:8787',
    addressHelp: 'For example 192.168.1.20:8787 on the association’s Wi-Fi, or https://tilleul.my-club.org.',
    code: 'Enrolment code',
    codeHelp: 'The code the administrator gave you (dashes and spaces do not matter).',
    deviceName: 'Name of this device',
    deviceNameHelp: 'To recognise it in the device list: “Office PC”, “Door 1”…',
    required: 'This field is required.',
    enrol: 'Enrol this device',
    enrolled:
      'Device enrolled with “{{org}}”. Tilleul restarts to take its new identity; sign in again afterwards.',
    association: 'Association',
    device: 'This device',
    scope: 'Device role',
    series: 'Receipt series',
    server: 'Server',
    enrolledAt: 'Enrolled on',
    certificate: 'Server certificate (SHA-256)',
    certificateHint:
      'Compare it with the fingerprint the server prints when it starts: if they differ, stop and tell the administrator.',
    noCertificate: 'None (http): start the server with --https',
    certificateUnknown: 'Unknown: the server does not answer',
    status: 'Status',
    leave: 'Leave this server',
    leaveTitle: 'Leave this server?',
    leaveBody:
      'This device will stop exchanging data with the server. Its data stay here and it goes on working on its own. Changes not yet sent ({{count, number}}) will not be sent. Coming back needs a new enrolment code.',
    leaveConfirm: 'Leave the server',
    cancel: 'Cancel',
    left: 'This device has left the server. It now works on its own.',
    scopes: {
      office: 'Office device (all data)',
      door: 'Door device (check-ins and memberships at the door)',
    },
  },
  problems: {
    NETWORK: 'Server unreachable: check the network (Wi-Fi) and that the server is on.',
    BAD_RESPONSE: 'The server’s answer made no sense: check that the address is the Tilleul server’s.',
    INVALID_ADDRESS: 'Wrong address: type for example 192.168.1.20:8787 or https://tilleul.my-club.org.',
    BAD_REQUEST: 'The server did not understand the request. Update Tilleul on this device.',
    UNAUTHENTICATED:
      'The server does not know this device. Leave this server, then enrol the device with a new code.',
    DEVICE_REVOKED:
      'This device was removed from the association. Ask an administrator for a new enrolment code.',
    SCOPE_FORBIDDEN:
      'This device’s role does not allow this change on the server. Make it from an office device.',
    ENROLMENT_CODE_UNKNOWN: 'Unknown enrolment code. Check it, or ask for a new one.',
    ENROLMENT_CODE_USED: 'This code has already been used: each code enrols one device. Ask for a new one.',
    ENROLMENT_CODE_EXPIRED: 'This code has expired. Ask an administrator for a new one.',
    NOT_FOUND: 'This address does not answer like a Tilleul server. Check it.',
    UNKNOWN_COLLECTION: 'The server does not know some data of this version yet: update the server.',
    PAYLOAD_TOO_LARGE: 'A document is too large for the server (image too heavy?): make it smaller.',
    UNSUPPORTED_MEDIA_TYPE: 'The server refused the format of the upload. Update Tilleul.',
    INVALID_DOCUMENT: 'The server refused incorrect data. Correct the record concerned.',
    DUPLICATE_NUMBER:
      'A receipt on this device has a number already used on the server (device restored from an old backup?): it was not sent. Tell the treasurer.',
    HELD_ELSEWHERE:
      'A cheque on this slip is already on another slip: this one was not sent. Take this cheque off the slip or undo the other slip.',
    QUOTA_EXCEEDED:
      'The space on the server is full (the association’s, or this device’s share of it): changes stay on this device. Tell whoever runs the server.',
    APP_OUTDATED:
      'The server has a newer version of Tilleul: update Tilleul on this device. Nothing was exchanged.',
    SERVER_OUTDATED:
      'The server has an older version of Tilleul than this device: update Tilleul on the server. Nothing was exchanged.',
    RATE_LIMITED: 'Too many attempts: wait a minute before trying again.',
    SERVICE_UNAVAILABLE: 'The server is restarting: sync will resume by itself.',
    HELLOASSO_FAILED:
      'HelloAsso refused or did not answer: the message says what to do; nothing was imported.',
    INTERNAL: 'Error on the server. Sync retries by itself; if it lasts, tell whoever runs the server.',
    DOCUMENT_SKIPPED:
      'Data received from the server ({{collection}}) were incorrect and have been ignored. Tell whoever runs the server.',
    WRITE_REFUSED: 'A change ({{collection}}) was refused by the server: it stays on this device only.',
    AUDIT_FAILED:
      'A merge of changes could not be written to the journal ({{collection}}). The data are up to date.',
    MEMBER_RENUMBERED: 'Number {{taken}} was already taken on another device: {{name}} was given {{given}}.',
    REDIRECT_FAILED:
      'Some data of a merged record could not be moved to the record kept: tried again at the next synchronisation.',
    LATE_FOLD_FAILED:
      'An entry received for a closed event could not be added to its sheet: it is kept, tried again at the next synchronisation.',
    unexpected: 'Unexpected error: {{message}}',
  },
  scope: {
    doorEvent: 'An entrance device changes an event only to add its cash count.',
    doorPerson: 'An entrance device changes a record only to renumber a person it registered at the door.',
    appendOnly: 'The journal can only grow: its entries are never changed.',
  },
  replaced: {
    badge_one: '{{count, number}} change replaced',
    badge_other: '{{count, number}} changes replaced',
    title: 'Changes replaced by the sync',
    intro:
      'These values were changed at the same time on two devices: the most recent was kept. Check each one; if the other was right, put it back.',
    empty: 'No change replaced.',
    lost: 'Replaced: {{value}}',
    kept: 'Kept: {{value}}',
    by: 'by {{user}}, on {{date}}, on {{device}}',
    thisDevice: 'this device',
    otherDevice: 'another device',
    unknownUser: 'someone unknown here',
    restore: 'Put this value back',
    dismiss: 'Keep the current value',
    restored: 'The value {{value}} is back. It syncs like any change.',
    gone: 'This record no longer exists: the value cannot be put back.',
    invalid: 'This value no longer fits the record as it is now: edit the record by hand.',
    close: 'Close',
  },
  audit: {
    conflictMerged:
      'Changed at the same time on two devices: the most recent change was kept, the other value is recorded here.',
  },
};

export const syncErrorsEn: TranslationShape<typeof syncErrorsFr> = {
  sync: {
    deletedFlag: 'Malformed data (deletion flag missing). Update Tilleul.',
    serverField: 'Only the server fills this field: a device cannot send it.',
    nulCharacter: 'A text contains a forbidden invisible character: type it again.',
    illFormedText: 'A text contains an incomplete character (half an emoji, for instance): type it again.',
    controlCharacters: 'This name contains invisible control characters: type it again.',
    documentTooLarge:
      'Record too large for the server ({{max}} bytes at most): make it lighter (smaller images, shorter texts).',
    settingUnbounded: 'Setting from a newer Tilleul version too large for this server: update the server.',
    assumedStateMismatch: 'Inconsistent upload refused by the server. Sync will try again.',
    memberNumberTaken: 'This member number is already used by another person of the association.',
    numberTaken: 'This number is already used by another receipt of the association.',
    chequeOnAnotherSlip: 'A cheque on this slip is already on another slip.',
  },
};

export const syncSettingsTabsEn: TranslationShape<typeof syncSettingsTabsFr> = { sync: 'Sync' };
