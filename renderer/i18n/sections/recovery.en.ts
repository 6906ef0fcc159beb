import type { recoveryFr } from '@renderer/i18n/sections/recovery.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const recoveryEn: TranslationShape<typeof recoveryFr> = {
  errors: {
    codeFormat:
      'A recovery code has 20 characters (letters and digits, in 4 groups of 5). Copy it from the printed sheet; case, spaces and dashes do not matter.',
    adminOnly: 'Only an administrator account has a recovery code.',
  },
  audit: {
    signedIn: 'Signed in with the recovery code',
    wrongCode: 'Wrong recovery code',
    resetAdmin: 'Temporary password set by the server (reset-admin)',
  },
  notice: {
    title: 'Your recovery code',
    body: 'If you forget your password, this code lets you back into Tilleul, once. It will never be shown again: print it or copy it, and keep it somewhere safe (not next to the PC).',
    codeLabel: 'Recovery code of {{name}}',
    print: 'Print',
    printed: 'Recovery code sheet saved: print it, then delete the file.',
    printFailed: 'The sheet could not be made ({{message}}). Copy the code by hand.',
    noted: 'I have noted it',
    continue: 'Continue',
  },
  pdf: {
    title: 'Tilleul — recovery code',
    account: 'Administrator account: {{name}}',
    made: 'Code made on {{date}}',
    howTo:
      'Forgot your password? On Tilleul’s lock screen, choose your account, then “Forgot your password?”, and type this code. It works once; Tilleul then gives you a new one.',
    keep: 'Keep this sheet somewhere safe, away from the PC. Whoever finds it can act as the administrator.',
    fileName: 'tilleul-recovery-code',
    fileFilter: 'PDF document',
  },
  forgot: {
    link: 'Forgot your password?',
    title: 'Back in with the recovery code',
    body: 'Type the recovery code noted when the account was made (or last renewed). Case, spaces and dashes do not matter.',
    code: 'Recovery code',
    submit: 'Continue',
    back: 'Back to the password',
    wrongCode:
      'This is not this account’s recovery code. Check the printed sheet: a replaced code no longer works.',
    noCode:
      'This account has no recovery code. Whoever runs the association’s server can give a temporary password: the “tilleul-server reset-admin” command (see the README).',
  },
  choose: {
    title: 'Choose a new password',
    temporary:
      'You signed in with a temporary password. Choose your own to go on: nothing else opens before.',
    recovering:
      'Recovery code accepted. Choose a new password; the code is then used up, and Tilleul gives you a new one to note.',
    secret: 'New password (8 characters or more)',
    confirm: 'Confirm the password',
    submit: 'Save the password',
    done: 'New password saved.',
    signOut: 'Lock without changing',
  },
  renew: {
    button: 'New recovery code',
    title: 'New recovery code',
    body: 'A new code replaces the old one, which will no longer work. Do it if the sheet is lost, or if someone else may have seen it.',
    confirm: 'Make a new code',
    cancel: 'Cancel',
    none: 'Your account has no recovery code yet: make one.',
  },
};
