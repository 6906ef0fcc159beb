import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FormDraft } from '@renderer/components/unsaved/use-form-draft';
import { useFormDraft } from '@renderer/components/unsaved/use-form-draft';
import { useClearOnLeave } from '@renderer/components/unsaved/use-kept-draft';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import type { PersonFormValues } from '@renderer/pages/members/person-form/person-form-values';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft as this form keeps it: what was typed, over which values of the record. */
function readDraft(draft: FormDraft | null, initial: PersonFormValues) {
  if (!draft || !isRecord(draft.values.typed)) return null;
  const base = isRecord(draft.values.base) ? draft.values.base : {};
  return {
    typed: { ...initial, ...draft.values.typed } as PersonFormValues,
    base: { ...initial, ...base } as PersonFormValues,
  };
}

/**
 * What is typed in the person form outlives a lock (Ctrl+Shift+L, the automatic lock) or a
 * crash: it comes back, to the same user only, when the form opens again. `base` is what the
 * typing started from (the record as it was then), so that saving a draft later still writes
 * only what was typed. Saving, abandoning or leaving the form ends the draft.
 */
export function usePersonDraft(form: PersonForm, key: string, initial: PersonFormValues, dirty: boolean) {
  const [base, setBase] = useState(initial);
  const values = useMemo(() => ({ typed: form.values, base }), [form.values, base]);
  const { restored, clear: clearOnce } = useFormDraft(key, { values, dirty });
  // A draft save still on its way when the draft is removed makes the removal fail (a conflict
  // on the local document): once more, on the version that arrived. Never thrown: the form's
  // own work (saving, leaving) must not stop there.
  const clear = useCallback(() => clearOnce().catch(() => clearOnce().catch(() => undefined)), [clearOnce]);
  const draft = useMemo(() => readDraft(restored, initial), [restored, initial]);

  // The draft read (or cleared) decides what the typing started from.
  const [baseOf, setBaseOf] = useState(draft);
  if (draft !== baseOf) {
    setBaseOf(draft);
    setBase(draft ? draft.base : initial);
  }

  const applied = useRef(false);
  useEffect(() => {
    if (!draft || applied.current) return;
    applied.current = true;
    // Typed before the draft was read (a fast hand after Alt+N): that typing wins.
    if (form.isDirty()) void clear();
    else form.setValues(draft.typed);
  }, [draft, form, clear]);

  useClearOnLeave(clear);

  const startAgain = useCallback(async () => {
    await clear();
    form.setValues(initial);
  }, [clear, form, initial]);

  return { restoredAt: draft ? restored?.savedAt : undefined, base, clear, startAgain };
}
