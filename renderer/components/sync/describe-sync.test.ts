import { describe, expect, it } from 'vitest';
import { initI18n } from '@renderer/i18n/i18n';
import { describeRefusedField, describeSyncProblem } from '@renderer/components/sync/describe-sync';

describe('refusals in words', () => {
  it('translates the field errors the server names by key, and keeps other texts as they are', async () => {
    const { t } = await initI18n('fr');
    expect(describeRefusedField(t, 'number: errors.sync.numberTaken')).toBe(
      'number : Ce numéro est déjà attribué à un autre reçu de l’association.',
    );
    expect(describeRefusedField(t, 'total: errors.receipts.totalMismatch')).toBe(
      'total : Le total du reçu n’est pas la somme de ses dons.',
    );
    expect(describeRefusedField(t, 'lastName: Invalid input')).toBe('lastName : Invalid input');
    expect(describeRefusedField(t, 'errors.nope.unknown')).toBe('errors.nope.unknown');
    expect(describeSyncProblem(t, { code: 'DUPLICATE_NUMBER' })).toContain('numéro déjà attribué');
  });
});
