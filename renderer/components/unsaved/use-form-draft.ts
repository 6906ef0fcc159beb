import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { useCurrentUser, useData } from '@renderer/data/context';

const draftSchema = z.object({ savedAt: z.string(), values: z.record(z.string(), z.unknown()) });
export type FormDraft = z.infer<typeof draftSchema>;

/** Typing is saved as a draft this long after the last key: often enough, not at every key. */
const SAVE_DELAY_MS = 400;

/**
 * What a form holds, kept as a draft on this device (an RxDB local document, never synced) while
 * it is not saved, so that a lock, an automatic lock or a crash loses nothing. A draft comes back
 * only to the user who typed it, on the same form (`key`: e.g. `person-<id>`), and is removed by
 * `clear()` once the form is saved or abandoned.
 */
export function useFormDraft(
  key: string,
  state: { values: Record<string, unknown>; dirty: boolean },
): { restored: FormDraft | null; clear: () => Promise<void> } {
  const { db } = useData();
  const user = useCurrentUser();
  const id = `draft-${user.id}-${key}`;
  const [restored, setRestored] = useState<FormDraft | null>(null);
  const cleared = useRef(false);

  useEffect(() => {
    let live = true;
    void db.getLocal(id).then((doc) => {
      const parsed = draftSchema.safeParse(doc?.toJSON().data);
      if (live && parsed.success) setRestored(parsed.data);
    });
    return () => {
      live = false;
    };
  }, [db, id]);

  const { values, dirty } = state;
  useEffect(() => {
    if (!dirty) return;
    cleared.current = false;
    const timer = setTimeout(() => {
      if (cleared.current) return;
      void db.upsertLocal(id, { savedAt: new Date().toISOString(), values });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, id, values, dirty]);

  const clear = useCallback(async () => {
    cleared.current = true;
    setRestored(null);
    const doc = await db.getLocal(id);
    await doc?.remove();
  }, [db, id]);

  return { restored, clear };
}
