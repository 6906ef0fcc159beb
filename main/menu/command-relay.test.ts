import { describe, expect, it } from 'vitest';
import { createMenuCommandRelay } from '@main/menu/command-relay';
import type { MenuTarget } from '@main/menu/command-relay';
import type { MenuCommand } from '@shared/ipc/desktop';

function page(id: number): MenuTarget & { destroyed: boolean } {
  return {
    id,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
  };
}

function relay() {
  const sent: Array<[number, MenuCommand]> = [];
  return { sent, relay: createMenuCommandRelay((target, command) => sent.push([target.id, command])) };
}

describe('the menu command relay', () => {
  it('sends at once to a page that listens', () => {
    const { sent, relay: menu } = relay();
    const window = page(1);
    menu.listening(window, true);
    menu.deliver('about', window);
    expect(sent).toEqual([[1, 'about']]);
  });

  it('keeps the command of a window reopened on macOS until its new page listens', () => {
    const { sent, relay: menu } = relay();
    const closed = page(1);
    menu.listening(closed, true);
    closed.destroyed = true;
    menu.listening(closed, false);
    const reopened = page(2);
    menu.deliver('checkUpdate', reopened);
    expect(sent).toEqual([]);
    menu.listening(reopened, true);
    expect(sent).toEqual([[2, 'checkUpdate']]);
    // Delivered once: listening again (a re-render) sends nothing more.
    menu.listening(reopened, true);
    expect(sent).toHaveLength(1);
  });

  it('keeps only the latest command chosen while the page reloads', () => {
    const { sent, relay: menu } = relay();
    const window = page(1);
    menu.listening(window, true);
    menu.listening(window, false);
    menu.deliver('members', window);
    menu.deliver('lock', window);
    menu.listening(window, true);
    expect(sent).toEqual([[1, 'lock']]);
  });

  it('never sends to a destroyed page, nor to a page other than the one that listens', () => {
    const { sent, relay: menu } = relay();
    const listening = page(1);
    menu.listening(listening, true);
    menu.deliver('about', page(2));
    expect(sent).toEqual([]);
    const gone = page(3);
    gone.destroyed = true;
    menu.listening(gone, true);
    expect(sent).toEqual([]);
  });

  it('a stop from an older page does not silence the newer one', () => {
    const { sent, relay: menu } = relay();
    const older = page(1);
    const newer = page(2);
    menu.listening(older, true);
    menu.listening(newer, true);
    menu.listening(older, false);
    menu.deliver('about', newer);
    expect(sent).toEqual([[2, 'about']]);
  });
});
