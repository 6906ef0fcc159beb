import { z } from 'zod';
import { serverUrlSchema } from '@shared/ipc/updates';

/**
 * Desktop integration (issue 20) between main and the renderer: what main needs to know of the
 * app (its language, for the menu; the association's server, for the update feed), and the
 * commands the application menu sends to the page.
 */
export const desktopContextSchema = z
  .object({
    language: z.enum(['fr', 'en']),
    /** The association's sync server this device is enrolled with, `null` when alone. */
    serverUrl: serverUrlSchema,
  })
  .strict();
export type DesktopContext = z.infer<typeof desktopContextSchema>;

/** What a menu item asks the page to do; main sends it on `MENU_CHANNEL`. */
export const MENU_COMMANDS = ['about', 'checkUpdate', 'members', 'lock'] as const;
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;
export const MENU_CHANNEL = 'tilleul-menu';
/**
 * The page tells main on this channel that it listens to `MENU_CHANNEL` (true) or stopped
 * (false): a command chosen before the page listens (macOS reopening a closed window, a reload)
 * waits for it instead of being lost.
 */
export const MENU_LISTENING_CHANNEL = 'tilleul-menu-listening';
