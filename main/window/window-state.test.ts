import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  initialWindow,
  loadWindowState,
  saveWindowState,
  windowStateOf,
} from '@main/window/window-state';
import type { Rect, WindowState } from '@main/window/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
// A projector to the right of the laptop, as Windows places a second screen.
const projector: Rect = { x: 1920, y: 0, width: 1024, height: 768 };
const saved = (overrides: Partial<WindowState> = {}): WindowState => ({
  x: 100,
  y: 80,
  width: 1400,
  height: 900,
  maximized: false,
  ...overrides,
});

describe('initialWindow: where the window opens', () => {
  it('opens the default size centred on the primary screen the first time', () => {
    expect(initialWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 320, y: 120, ...DEFAULT_SIZE },
      maximized: false,
    });
  });

  it('reopens where it was, maximised or not, when that place is on a screen', () => {
    expect(initialWindow(saved(), [laptop], laptop)).toEqual({
      bounds: { x: 100, y: 80, width: 1400, height: 900 },
      maximized: false,
    });
    expect(
      initialWindow(
        saved({ x: 2000, width: 900, height: 700, maximized: true }),
        [laptop, projector],
        laptop,
      ),
    ).toEqual({ bounds: { x: 2000, y: 80, width: 900, height: 700 }, maximized: true });
  });

  it('falls back to a centred window when its screen was unplugged, keeping the maximised state', () => {
    const onProjector = saved({ x: 2000, width: 900, height: 700, maximized: true });
    expect(initialWindow(onProjector, [laptop], laptop)).toEqual({
      bounds: { x: 320, y: 120, ...DEFAULT_SIZE },
      maximized: true,
    });
    // Only a sliver left on the laptop (its title bar cannot be grabbed): centred too.
    expect(initialWindow(saved({ x: 1880 }), [laptop], laptop).bounds).toEqual({
      x: 320,
      y: 120,
      ...DEFAULT_SIZE,
    });
    // Above every screen.
    expect(initialWindow(saved({ y: -500 }), [laptop], laptop).bounds.y).toBe(120);
  });

  it('shrinks a window larger than its screen now (a lower resolution) and keeps it on that screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    expect(initialWindow(saved({ x: 200, y: 100, width: 1900, height: 1000 }), [small], small)).toEqual({
      bounds: { x: 200, y: 100, width: 1366, height: 728 },
      maximized: false,
    });
    // The default size too, on a screen smaller than it.
    expect(initialWindow(null, [small], small).bounds).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });
});

describe('windowStateOf', () => {
  it('saves the normal bounds, rounded, with the maximised state', () => {
    expect(
      windowStateOf({
        getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1300.2, height: 850 }),
        isMaximized: () => true,
      }),
    ).toEqual({ x: 10, y: 21, width: 1300, height: 850, maximized: true });
  });
});

describe('window.json', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tilleul-window-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('round-trips the state through an atomic write, leaving no temporary file', async () => {
    const path = join(folder, 'window.json');
    expect(await loadWindowState(path)).toBeNull();
    await saveWindowState(path, saved({ maximized: true }));
    expect(await loadWindowState(path)).toEqual(saved({ maximized: true }));
    expect(await readdir(folder)).toEqual(['window.json']);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(saved({ maximized: true }));
  });

  it('reads nothing from a damaged or foreign file, and refuses to save a bad state', async () => {
    const path = join(folder, 'window.json');
    for (const text of [
      '{"x":1',
      '[]',
      JSON.stringify({ ...saved(), width: 'large' }),
      JSON.stringify({ ...saved(), width: 20 }),
      JSON.stringify({ ...saved(), extra: 1 }),
      JSON.stringify({ ...saved(), x: 1e12 }),
    ]) {
      await writeFile(path, text);
      expect(await loadWindowState(path), text).toBeNull();
    }
    await writeFile(path, 'keep');
    await expect(saveWindowState(path, { ...saved(), width: Number.NaN })).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('keep');
  });
});
