import type { MenuCommand } from '@shared/ipc/desktop';

/** The page a command goes to (a `WebContents`, reduced to what the relay needs). */
export interface MenuTarget {
  readonly id: number;
  isDestroyed(): boolean;
}

/**
 * Hands the menu's commands to the page only once the page listens.
 *
 * On macOS the menu stays when every window is closed: its item reopens the window, and the
 * command must then wait for the new page to start and subscribe — sent at once, it is lost
 * (nothing listens yet). The same holds while a page reloads. The relay keeps the latest
 * command until the page says it listens (`listening`), then delivers it; an older one is
 * dropped, since only the last thing asked for still makes sense.
 */
export interface MenuCommandRelay {
  /** A menu item was chosen; `target` is the window's page, if there is one. */
  deliver(command: MenuCommand, target: MenuTarget | null): void;
  /** The page subscribed to the menu (true) or stopped listening, is reloading or closed (false). */
  listening(target: MenuTarget, listens: boolean): void;
}

export function createMenuCommandRelay(
  send: (target: MenuTarget, command: MenuCommand) => void,
): MenuCommandRelay {
  let listener: MenuTarget | null = null;
  let pending: MenuCommand | null = null;
  const live = (target: MenuTarget | null): target is MenuTarget =>
    target !== null && !target.isDestroyed() && listener?.id === target.id;
  return {
    deliver(command, target) {
      if (live(target)) send(target, command);
      else pending = command;
    },
    listening(target, listens) {
      if (!listens) {
        if (listener?.id === target.id) listener = null;
        return;
      }
      listener = target;
      if (pending !== null && !target.isDestroyed()) {
        const command = pending;
        pending = null;
        send(target, command);
      }
    },
  };
}
