import { describe, expect, it } from 'vitest';
import { createNotificationsStore, notifications } from '@mantine/notifications';
import { keepNoticesFlowing, noticesToDrop } from '@renderer/components/notices';

const shown = (store: ReturnType<typeof createNotificationsStore>) =>
  store.getState().notifications.map((n) => n.message);

/** Five notices nobody closed (a merge that failed half-way, a sync notice…), as the office leaves them. */
function leftOpen(store: ReturnType<typeof createNotificationsStore>) {
  for (let i = 1; i <= 5; i += 1)
    notifications.show({ color: 'red', autoClose: false, message: `Ancienne ${i}` }, store);
}

describe('notices', () => {
  it('without the keeper, Mantine queues a new notice behind five left open (the defect)', () => {
    const store = createNotificationsStore();
    leftOpen(store);
    notifications.show({ color: 'green', message: 'Entrée enregistrée' }, store);
    expect(shown(store)).not.toContain('Entrée enregistrée');
    expect(store.getState().queue.map((n) => n.message)).toEqual(['Entrée enregistrée']);
  });

  it('shows a new notice at once, however many were left open, and drops the oldest', () => {
    const store = createNotificationsStore();
    const stop = keepNoticesFlowing(store);
    leftOpen(store);
    notifications.show({ color: 'green', message: 'Entrée enregistrée' }, store);
    expect(shown(store)).toContain('Entrée enregistrée');
    expect(store.getState().queue).toEqual([]);
    expect(shown(store)).toEqual([
      'Ancienne 2',
      'Ancienne 3',
      'Ancienne 4',
      'Ancienne 5',
      'Entrée enregistrée',
    ]);
    stop();
  });

  it('drops notices that close by themselves before those the person must close', () => {
    const store = createNotificationsStore();
    store.updateState((state) => ({ ...state, limit: 3 }));
    const stop = keepNoticesFlowing(store);
    const closed: string[] = [];
    notifications.show({ color: 'red', autoClose: false, message: 'Fusion inachevée' }, store);
    notifications.show(
      { color: 'green', message: 'Un', onClose: (n) => closed.push(String(n.message)) },
      store,
    );
    notifications.show({ color: 'green', message: 'Deux' }, store);
    notifications.show({ color: 'green', message: 'Trois' }, store);
    expect(shown(store)).toEqual(['Fusion inachevée', 'Deux', 'Trois']);
    expect(closed).toEqual(['Un']);
    stop();
  });

  it('replaces the same notice rather than stacking it', () => {
    const store = createNotificationsStore();
    const stop = keepNoticesFlowing(store);
    notifications.show({ color: 'green', message: 'Enregistré.' }, store);
    notifications.show({ color: 'red', message: 'Enregistré.' }, store);
    notifications.show({ color: 'green', message: 'Enregistré.' }, store);
    expect(shown(store)).toEqual(['Enregistré.', 'Enregistré.']);
    expect(store.getState().notifications.map((n) => n.color)).toEqual(['red', 'green']);
    stop();
  });

  it('never drops the newest notice, even when every other must be closed by hand', () => {
    const all = [1, 2, 3].map((i) => ({ id: `${i}`, message: `${i}`, autoClose: false, __sequence: i }));
    expect(noticesToDrop(all, 2).map((n) => n.id)).toEqual(['1']);
  });
});
