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
  const { db, session } = useData();
  const user = useCurrentUser();
  const id = `draft-${user.id}-${key}`;
  const [restored, setRestored] = useState<FormDraft | null>(null);
  const cleared = useRef(false);
  // Writes and removals of one draft, one at a time: a removal never races a late write.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback((step: () => Promise<unknown>) => {
    const next = queue.current.catch(() => undefined).then(step);
    queue.current = next;
    return next;
  }, []);
  const write = useCallback(
    (values: Record<string, unknown>) =>
      enqueue(() => db.upsertLocal(id, { savedAt: new Date().toISOString(), values })),
    [db, id, enqueue],
  );

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
  const latest = useRef({ values, dirty });
  useEffect(() => {
    latest.current = { values, dirty };
    if (!dirty) return;
    cleared.current = false;
    const timer = setTimeout(() => {
      if (!cleared.current) void write(values);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, write]);

  // A lock unmounts the form at once (the session is already gone): what was typed in the last
  // moments, not saved as a draft yet, is written now. Leaving the form otherwise (a discard,
  // a save) writes nothing.
  useEffect(
    () => () => {
      if (session.get() === null && latest.current.dirty && !cleared.current)
        void write(latest.current.values);
    },
    [session, write],
  );

  const clear = useCallback(async () => {
    cleared.current = true;
    setRestored(null);
    await enqueue(async () => {
      const doc = await db.getLocal(id);
      await doc?.remove();
    });
  }, [db, id, enqueue]);

  return { restored, clear };
}
