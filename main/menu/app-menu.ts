import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/desktop';

export type MenuLanguage = 'fr' | 'en';

/** What a menu item does that is not one of Electron's roles. */
export type MenuAction = MenuCommand | 'openDataFolder';

export interface MenuOptions {
  language: MenuLanguage;
  /** `process.platform`: macOS has its application menu and its own conventions. */
  platform: string;
  /** Development builds only: reload and the developer tools. */
  developer?: boolean;
  onAction: (action: MenuAction) => void;
}

const LABELS = {
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos de Tilleul',
    checkUpdate: 'Rechercher une mise à jour…',
    openDataFolder: 'Ouvrir le dossier des données',
    members: 'Rechercher un membre',
    lock: 'Verrouiller',
    services: 'Services',
    hide: 'Masquer Tilleul',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    quit: 'Quitter Tilleul',
    close: 'Fermer la fenêtre',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    pasteAndMatchStyle: 'Coller et adapter le style',
    delete: 'Supprimer',
    selectAll: 'Tout sélectionner',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
    reload: 'Recharger',
    devTools: 'Outils de développement',
    minimize: 'Placer dans le Dock',
    minimizeOther: 'Réduire',
    zoom: 'Zoom',
    front: 'Tout ramener au premier plan',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Tilleul',
    checkUpdate: 'Check for updates…',
    openDataFolder: 'Open the data folder',
    members: 'Find a member',
    lock: 'Lock',
    services: 'Services',
    hide: 'Hide Tilleul',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Tilleul',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    minimize: 'Minimize',
    minimizeOther: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu (issue 20), French unless the app is in English: Fichier, Édition,
 * Affichage, Fenêtre, Aide, with Electron's roles for what the system does (so copy and paste
 * work in every field, and macOS finds its Services and Window menus), and the app's own items.
 *
 * The app's shortcuts (Ctrl+K, Ctrl+Maj+L) are shown but not registered on Windows and Linux,
 * where the page already handles them; on macOS the menu takes the key first, so the item sends
 * the same command to the page.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const l = LABELS[options.language];
  const mac = options.platform === 'darwin';
  const act = (action: MenuAction) => () => options.onAction(action);
  const appShortcut = (accelerator: string) => ({ accelerator, registerAccelerator: mac });
  const about: MenuItemConstructorOptions = { id: 'about', label: l.about, click: act('about') };
  const checkUpdate: MenuItemConstructorOptions = {
    id: 'checkUpdate',
    label: l.checkUpdate,
    click: act('checkUpdate'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Tilleul',
    submenu: [
      about,
      checkUpdate,
      separator,
      { role: 'services', label: l.services },
      separator,
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      separator,
      { role: 'quit', label: l.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      { id: 'openDataFolder', label: l.openDataFolder, click: act('openDataFolder') },
      { id: 'members', label: l.members, click: act('members'), ...appShortcut('CmdOrCtrl+K') },
      { id: 'lock', label: l.lock, click: act('lock'), ...appShortcut('CmdOrCtrl+Shift+L') },
      separator,
      mac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit, accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      separator,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      ...(mac ? [{ role: 'pasteAndMatchStyle', label: l.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: l.delete },
      separator,
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      separator,
      { role: 'togglefullscreen', label: l.fullScreen },
      ...(options.developer
        ? [
            separator,
            { role: 'reload', label: l.reload } as const,
            { role: 'toggleDevTools', label: l.devTools } as const,
          ]
        : []),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: l.window,
    ...(mac ? { role: 'windowMenu' } : {}),
    submenu: mac
      ? [
          { role: 'minimize', label: l.minimize },
          { role: 'zoom', label: l.zoom },
          separator,
          { role: 'front', label: l.front },
        ]
      : [
          { role: 'minimize', label: l.minimizeOther },
          { role: 'close', label: l.close },
        ],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    ...(mac ? { role: 'help' } : {}),
    // On macOS « À propos » and the update check live in the application menu; Aide keeps the
    // system's search field.
    submenu: mac ? [] : [checkUpdate, separator, about],
  };
  return mac ? [appMenu, file, edit, view, window, help] : [file, edit, view, window, help];
}
