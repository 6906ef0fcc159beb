import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '@main/fs/atomic-write';

/**
 * The main window's size and position, remembered across runs (issue 20) in `window.json` in
 * the data folder. A missing or damaged file, or a position on a screen that is no longer there
 * (the projector unplugged after the AG), gives a centred window instead: never one out of sight.
 */
/** `mainWindowOptions`'s minimum size: a smaller saved size is not one the window can have. */
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
export const windowStateSchema = z
  .object({
    x: coordinate,
    y: coordinate,
    width: z.number().int().min(MIN_WIDTH).max(100_000),
    height: z.number().int().min(MIN_HEIGHT).max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What `new BrowserWindow` is given, and whether to maximise it once shown. */
export interface InitialWindow {
  bounds: Rect;
  maximized: boolean;
}

/** How much of the window's top strip (its title bar) must be on a screen to be reachable. */
const GRIP = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** A window of `size` (no larger than the work area) in the middle of `workArea`. */
function centred(size: { width: number; height: number }, workArea: Rect): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens, given what was saved and the screens' work areas now. The saved
 * bounds are kept when the window's title bar is on one of today's screens (its size shrunk to
 * that screen if the resolution went down); otherwise the default size, centred on the primary
 * screen. The maximised state is kept either way.
 */
export function initialWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): InitialWindow {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary), maximized: false };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: GRIP.height };
  const screen = workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= Math.min(GRIP.width, saved.width) && shared.height >= GRIP.height;
  });
  if (!screen) return { bounds: centred(DEFAULT_SIZE, primary), maximized: saved.maximized };
  const width = Math.min(saved.width, screen.width);
  const height = Math.min(saved.height, screen.height);
  return {
    bounds: {
      // Pulled back inside the screen only as far as the shrunk size requires.
      x: Math.min(Math.max(saved.x, screen.x - width + GRIP.width), screen.x + screen.width - GRIP.width),
      y: Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - GRIP.height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}

/** The state to save from a window: its bounds when not maximised (`getNormalBounds`). */
export function windowStateOf(window: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}): WindowState | null {
  const bounds = window.getNormalBounds();
  const parsed = windowStateSchema.safeParse({
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_WIDTH, Math.round(bounds.width)),
    height: Math.max(MIN_HEIGHT, Math.round(bounds.height)),
    maximized: window.isMaximized(),
  });
  return parsed.success ? parsed.data : null;
}

/** The saved state, or `null` when there is none or it is not one (never throws). */
export async function loadWindowState(path: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the state atomically: a crash mid-write leaves the previous file whole. */
export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await writeFileAtomic(
    path,
    new TextEncoder().encode(`${JSON.stringify(windowStateSchema.parse(state))}\n`),
  );
}
