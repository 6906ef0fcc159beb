import { notifications, notificationsStore } from '@mantine/notifications';
import type { NotificationData, NotificationsStore } from '@mantine/notifications';
import type { ReactNode } from 'react';

/** How many notices stand at once (below the header, at the right): more would cover the page. */
export const NOTICE_LIMIT = 3;

/**
 * A notice's width on a desktop: a large dialog (620 px, centred) on a 1280 px screen ends 330 px
 * from the right edge, so a notice of 300 px and its margin never covers the dialog's buttons.
 */
export const NOTICE_WIDTH = 300;
/**
 * On a phone, at the bottom: the screen's width but its margins. At 300 px the door's « Annuler »
 * (a thumb's size) ran past the notice's edge beside « Entrée de Gaëlle Rousseau enregistrée. ».
 */
export const PHONE_NOTICE_WIDTH = 'min(440px, calc(100vw - 32px))';

/** How long a notice that closes by itself stays: a success is read at a glance, an error not. */
export const NOTICE_DELAYS = { success: 4000, other: 8000 } as const;

type Sequenced = NotificationData & { __sequence?: number };

const sameNotice = (a: NotificationData, b: NotificationData) =>
  typeof a.message === 'string' && a.message === b.message && a.color === b.color;

/** A notice the person must close (a half-done merge…) goes last, when nothing else can. */
const sticky = (notice: NotificationData) => notice.autoClose === false;

/**
 * What to take away so that the newest notices show now: the older copies of the same notice
 * (one « Enregistré. » is enough), then the oldest notices beyond the limit, those that would
 * close by themselves first.
 */
export function noticesToDrop(all: readonly NotificationData[], limit: number): NotificationData[] {
  const byAge = [...all].sort(
    (a, b) => ((a as Sequenced).__sequence ?? 0) - ((b as Sequenced).__sequence ?? 0),
  );
  const drop = byAge.filter((notice, index) => byAge.slice(index + 1).some((n) => sameNotice(n, notice)));
  const kept = byAge.filter((notice) => !drop.includes(notice));
  let excess = kept.length - limit;
  for (const candidates of [kept.filter((n) => !sticky(n)), kept.filter(sticky)]) {
    for (const notice of candidates) {
      if (excess <= 0) break;
      // The newest one is never dropped: it is the reason for making room.
      if (notice === kept.at(-1)) continue;
      drop.push(notice);
      excess -= 1;
    }
  }
  return drop;
}

/**
 * Mantine shows `limit` notices and queues the others: a notice nobody closed would hold a new
 * one back for seconds, anywhere in the app. Watching the store, this makes room at once for
 * whatever shows a notice (the helpers below or `notifications.show` itself). Returns the undo.
 */
export function keepNoticesFlowing(store: NotificationsStore = notificationsStore): () => void {
  return store.subscribe((state) => {
    const all = [...state.notifications, ...state.queue];
    const drop = noticesToDrop(all, state.limit);
    if (drop.length === 0) return;
    notifications.updateState(store, (current) => current.filter((notice) => !drop.includes(notice)));
    for (const notice of drop) notice.onClose?.(notice);
  });
}

/** A green notice after a success: it closes by itself. */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', autoClose: NOTICE_DELAYS.success, message });
}

/** A notice to read (a refusal, an error, a warning): it stays longer, or until closed if `sticky`. */
export function notify(
  color: 'red' | 'orange' | 'blue',
  message: ReactNode,
  options: { sticky?: boolean } = {},
): void {
  notifications.show({ color, autoClose: options.sticky ? false : NOTICE_DELAYS.other, message });
}

/** Takes every notice away at once (the session that showed them ends). */
export function clearNotices(): void {
  notifications.clean();
}
