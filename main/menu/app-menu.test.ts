import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '@main/menu/app-menu';
import type { MenuAction, MenuOptions } from '@main/menu/app-menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate({
    language: 'fr',
    platform: 'win32',
    onAction: (action) => actions.push(action),
    ...overrides,
  });
  return { template, actions };
}

const items = (menu: MenuItemConstructorOptions | undefined) =>
  (menu?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
const labels = (menu: MenuItemConstructorOptions | undefined) =>
  items(menu).map((item) => (item.type === 'separator' ? '—' : item.label));
function find(template: MenuItemConstructorOptions[], id: string) {
  for (const menu of template) for (const item of items(menu)) if (item.id === id) return item;
  throw new Error(`no menu item ${id}`);
}
function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('is French on Windows and Linux: Fichier, Édition, Affichage, Fenêtre, Aide', () => {
    const { template } = build();
    expect(template.map((menu) => menu.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    expect(labels(template[0])).toEqual([
      'Ouvrir le dossier des données',
      'Rechercher un membre',
      'Verrouiller',
      '—',
      'Quitter Tilleul',
    ]);
    expect(items(template[0]).at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    expect(items(template[1]).map((item) => item.role ?? '—')).toEqual([
      'undo',
      'redo',
      '—',
      'cut',
      'copy',
      'paste',
      'delete',
      '—',
      'selectAll',
    ]);
    expect(labels(template[1])).toContain('Tout sélectionner');
    expect(labels(template[2])).toEqual(['Taille réelle', 'Zoom avant', 'Zoom arrière', '—', 'Plein écran']);
    expect(labels(template[3])).toEqual(['Réduire', 'Fermer la fenêtre']);
    expect(labels(template[4])).toEqual(['Rechercher une mise à jour…', '—', 'À propos de Tilleul']);
  });

  it('is English when the app is', () => {
    const { template } = build({ language: 'en' });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(template[4])).toEqual(['Check for updates…', '—', 'About Tilleul']);
    expect(labels(template[0])).toContain('Open the data folder');
    // Every labelled item has a label in both languages (none falls back to a role's default).
    const french = build().template.flatMap((menu) => [menu.label, ...labels(menu)]);
    const english = template.flatMap((menu) => [menu.label, ...labels(menu)]);
    expect(english).toHaveLength(french.length);
    expect(english.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
  });

  it('sends each of its own items to the app, and to nothing else', () => {
    const { template, actions } = build();
    for (const id of ['about', 'checkUpdate', 'openDataFolder', 'members', 'lock']) click(find(template, id));
    expect(actions).toEqual(['about', 'checkUpdate', 'openDataFolder', 'members', 'lock']);
  });

  it("shows the app's shortcuts, registered only on macOS where the menu takes the key first", () => {
    const windows = build().template;
    expect(find(windows, 'members')).toMatchObject({
      accelerator: 'CmdOrCtrl+K',
      registerAccelerator: false,
    });
    expect(find(windows, 'lock')).toMatchObject({
      accelerator: 'CmdOrCtrl+Shift+L',
      registerAccelerator: false,
    });
    const mac = build({ platform: 'darwin' }).template;
    expect(find(mac, 'members')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: true });
  });

  it('follows macOS conventions: the application menu first, Services, Window and Help roles', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((menu) => menu.label)).toEqual([
      'Tilleul',
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    expect(labels(template[0])).toEqual([
      'À propos de Tilleul',
      'Rechercher une mise à jour…',
      '—',
      'Services',
      '—',
      'Masquer Tilleul',
      'Masquer les autres',
      'Tout afficher',
      '—',
      'Quitter Tilleul',
    ]);
    expect(
      items(template[0])
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    // Fichier closes the window (the app stays, as on every Mac); quitting is in Tilleul.
    expect(items(template[1]).at(-1)).toMatchObject({ role: 'close' });
    expect(items(template[2]).map((item) => item.role)).toContain('pasteAndMatchStyle');
    expect(template[4]).toMatchObject({ role: 'windowMenu' });
    expect(items(template[4]).map((item) => item.role)).toEqual(['minimize', 'zoom', undefined, 'front']);
    expect(template[5]).toMatchObject({ role: 'help', submenu: [] });
  });

  it('offers reload and the developer tools in development only', () => {
    expect(labels(build().template[2])).not.toContain('Outils de développement');
    const view = items(build({ developer: true }).template[2]);
    expect(view.map((item) => item.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
