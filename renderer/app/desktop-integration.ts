import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '@shared/ipc/desktop';
import type { Language } from '@renderer/i18n/i18n';
import type { Platform } from '@renderer/platform/platform';
import type { SyncService } from '@renderer/sync/sync-service';

export const ABOUT_PATH = '/parametres/a-propos';

/**
 * Tells the desktop app's main process the language (its menu follows it) and the association's
 * server (its update checks ask that server first), now and whenever either changes. In a
 * browser there is nothing to tell.
 */
export function useDesktopContext(platform: Platform, sync: SyncService, language: Language): void {
  const enrolment = useSyncExternalStore(sync.subscribeEnrolment, sync.getEnrolment);
  const serverUrl = enrolment?.serverUrl ?? null;
  useEffect(() => {
    // Not told, main keeps a French menu and checks the public feed alone a minute later.
    platform.setDesktopContext?.({ language, serverUrl }).catch((error: unknown) => {
      console.warn('[tilleul] the desktop app was not told the language and server', error);
    });
  }, [platform, language, serverUrl]);
}

/** What the screens do for each command of the application menu. */
export interface MenuCommandActions {
  members: () => void;
  lock: () => void;
}

/**
 * The application menu's commands (desktop): « À propos de Tilleul » opens Paramètres → À
 * propos, « Rechercher une mise à jour » opens it and checks (UpdateSection reads the state).
 */
export function useMenuCommands(platform: Platform, actions: MenuCommandActions): void {
  const navigate = useNavigate();
  // The latest actions, without subscribing again at every render.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!platform.onMenuCommand) return;
    const handlers: Record<MenuCommand, () => void> = {
      about: () => void navigate(ABOUT_PATH),
      checkUpdate: () => void navigate(ABOUT_PATH, { state: { checkUpdate: Date.now() } }),
      members: () => latest.current.members(),
      lock: () => latest.current.lock(),
    };
    return platform.onMenuCommand((command) => handlers[command]());
  }, [platform, navigate]);
}
