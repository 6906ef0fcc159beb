import { describe, expect, it } from 'vitest';
import { mergeDraft } from '@renderer/components/unsaved/use-kept-draft';

describe('a kept draft laid over the form', () => {
  const initial = { tariffId: null as string | null, amount: '', chequeNumber: '', address: { city: '' } };

  it('takes what was typed, field by field', () => {
    expect(
      mergeDraft(initial, { tariffId: 'adulte', amount: '20,00 €', address: { city: 'Sarlat' } }),
    ).toEqual({
      tariffId: 'adulte',
      amount: '20,00 €',
      chequeNumber: '',
      address: { city: 'Sarlat' },
    });
  });

  it('ignores fields the form no longer has and values of another kind (a draft from an older version)', () => {
    expect(mergeDraft(initial, { amount: 2000, gone: 'x', chequeNumber: ['0001'] })).toEqual(initial);
  });
});
