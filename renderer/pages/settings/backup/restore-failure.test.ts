import { describe, expect, it } from 'vitest';
import { BackupError } from '@shared/backup/errors';
import { initI18n } from '@renderer/i18n/i18n';
import { describeRestoreFailure } from '@renderer/pages/settings/backup/backup-error';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('describeRestoreFailure', () => {
  it('says nothing was restored when the restore stopped before applying anything', async () => {
    const { t } = await initI18n('fr');
    expect(plain(describeRestoreFailure(t, new BackupError('truncated'), null))).toMatch(
      /^Rien n’a été restauré : La sauvegarde est incomplète/,
    );
    expect(plain(describeRestoreFailure(t, new Error('disque plein'), 'staging'))).toMatch(
      /^Rien n’a été restauré : /,
    );
  });

  it('says what was put back stays, and that the next start finishes it, once applying had begun', async () => {
    const { t } = await initI18n('fr');
    const text = plain(describeRestoreFailure(t, new Error('QuotaExceededError'), 'applying'));
    expect(text).toMatch(
      /^La restauration s’est arrêtée en cours de route\. Ce qui était déjà remis reste en place, et rien n’est perdu : redémarrez Tilleul, il terminera la restauration au démarrage\. Cause : /,
    );
    expect(text).toMatch(/QuotaExceededError$/);
    expect(text).not.toContain('Rien n’a été restauré');
  });

  it('keeps « another restore is under way » as it is: that one was not begun here', async () => {
    const { t } = await initI18n('fr');
    expect(plain(describeRestoreFailure(t, new BackupError('restoreInProgress'), 'applying'))).toMatch(
      /^Rien n’a été restauré : Une restauration est déjà en cours/,
    );
  });
});
