import { useCallback, useState } from 'react';
import { useKeptDraft } from '@renderer/components/unsaved/use-kept-draft';
import type { DonationFormValues } from '@renderer/pages/donations/form/donation-form-values';
import type { DonationFormState } from '@renderer/pages/donations/form/use-donation-form';

/**
 * A donation half typed (an amount, a cheque's number) when the PC locks, by hand or by itself,
 * is kept on this device for the same user and comes back when this same form opens again
 * (`key`: the donation's id, or `new-<donor>` for a new gift); saving or leaving the form signed
 * in ends it. `startAgain` drops it and puts back what the form opened with.
 */
export function useDonationDraft(form: DonationFormState, dirty: boolean, key: string) {
  // What the form opened with, before a draft went over it (Mantine keeps no copy of its own
  // once `setValues` has run, and resetting must go back there).
  const [initial] = useState<DonationFormValues>(() => form.getInitialValues());
  const apply = useCallback((values: DonationFormValues) => form.setValues(values), [form]);
  const draft = useKeptDraft(`donation-${key}`, { values: form.values, initial, dirty, apply });
  const startAgain = useCallback(() => {
    void draft.clear();
    form.setValues(initial);
    form.resetDirty(initial);
  }, [draft, form, initial]);
  return { restoredAt: draft.restoredAt, clear: draft.clear, startAgain };
}
